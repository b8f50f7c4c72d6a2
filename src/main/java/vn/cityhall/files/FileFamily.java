package vn.cityhall.files;

/** The broad kinds of file that a {@link FilePolicy} accepts or refuses. */
public enum FileFamily {
    /** Photos and pictures: JPEG, PNG, GIF, WebP. */
    IMAGES,
    /** PDF, Word, Excel, PowerPoint (current and legacy), OpenDocument, plain text and CSV. */
    DOCUMENTS,
    /** Voice notes and recordings: MP3, M4A, AAC, Ogg, AMR, WAV. */
    AUDIO,
    /** Phone videos: MP4, MOV, 3GP. */
    VIDEO
}
