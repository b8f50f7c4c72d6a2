package vn.cityhall.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Texts;

/**
 * A feedback item (phản ánh, kiến nghị): what the sender wrote, where, who they are and how to reach
 * them, with its tracking code and where it stands. The sender's contact details never leave the
 * module except to operators and the handling unit.
 */
@Entity
@Table(name = "feedback_item")
public class Feedback extends AbstractAggregateRoot<Feedback> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "access_token")
    private String accessToken;

    @Enumerated(EnumType.STRING)
    private FeedbackChannel channel;

    private String text;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "commune_id")
    private Long communeId;

    private String address;

    private Double latitude;

    private Double longitude;

    @Column(name = "sender_name")
    private String senderName;

    @Column(name = "sender_phone")
    private String senderPhone;

    @Column(name = "sender_email")
    private String senderEmail;

    @Column(name = "consent_processing")
    private boolean consentProcessing;

    @Column(name = "consent_publishing")
    private boolean consentPublishing;

    private boolean offensive;

    @Enumerated(EnumType.STRING)
    private FeedbackStatus status;

    @Enumerated(EnumType.STRING)
    private FeedbackLevel level;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "screening_due_at")
    private Instant screeningDueAt;

    @Column(name = "source_address")
    private String sourceAddress;

    @Column(name = "search_text")
    private String searchText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feedback_photo", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Column(name = "file_id")
    private List<Long> photos = new ArrayList<>();

    @Version
    private long version;

    protected Feedback() {
    }

    /** A checked submission, stored as received (waiting for screening). */
    static Feedback receive(String code, String accessToken, CheckedSubmission submission, boolean offensive,
            Instant now, Instant screeningDueAt) {
        Feedback item = new Feedback();
        item.code = code;
        item.accessToken = accessToken;
        item.channel = submission.channel();
        item.text = submission.text();
        item.categoryId = submission.categoryId();
        item.communeId = submission.communeId();
        item.address = submission.address();
        item.latitude = submission.latitude();
        item.longitude = submission.longitude();
        item.senderName = submission.senderName();
        item.senderPhone = submission.senderPhone();
        item.senderEmail = submission.senderEmail();
        item.consentProcessing = true;
        item.consentPublishing = submission.consentPublishing();
        item.offensive = offensive;
        item.status = FeedbackStatus.RECEIVED;
        item.receivedAt = now;
        item.screeningDueAt = screeningDueAt;
        item.sourceAddress = submission.sourceAddress();
        item.searchText = Texts.searchKey(code + " " + submission.text() + " "
                + (submission.address() == null ? "" : submission.address()));
        item.photos.addAll(submission.photos());
        return item;
    }

    Feedback announce(AuditActor actor) {
        registerEvent(new FeedbackReceived(id, code, channel, categoryId, communeId, receivedAt, screeningDueAt, offensive,
                actor));
        return this;
    }

    public long id() {
        return id;
    }

    public String code() {
        return code;
    }

    /** The secret of the sender's private link; compare with {@link FeedbackIntake#tokenMatches}. */
    String accessToken() {
        return accessToken;
    }

    public FeedbackChannel channel() {
        return channel;
    }

    public String text() {
        return text;
    }

    public Long categoryId() {
        return categoryId;
    }

    public Long communeId() {
        return communeId;
    }

    public String address() {
        return address;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public String senderName() {
        return senderName;
    }

    public String senderPhone() {
        return senderPhone;
    }

    public String senderEmail() {
        return senderEmail;
    }

    public boolean consentPublishing() {
        return consentPublishing;
    }

    /** Whether the text contains words of the offensive-word list: a flag for the operator, not a refusal. */
    public boolean offensive() {
        return offensive;
    }

    public FeedbackStatus status() {
        return status;
    }

    public FeedbackLevel level() {
        return level;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant screeningDueAt() {
        return screeningDueAt;
    }

    public List<Long> photos() {
        return List.copyOf(photos);
    }
}
