package vn.cityhall.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A photo or document attached to an item (a file of the files module), and whether the reviewer made it public. */
@Embeddable
public class FeedbackPhoto {

    @Column(name = "file_id")
    private long fileId;

    private boolean published;

    protected FeedbackPhoto() {
    }

    FeedbackPhoto(long fileId) {
        this.fileId = fileId;
    }

    public long fileId() {
        return fileId;
    }

    public boolean published() {
        return published;
    }

    void publish(boolean value) {
        this.published = value;
    }
}
