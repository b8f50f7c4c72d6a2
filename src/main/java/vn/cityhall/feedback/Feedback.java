package vn.cityhall.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

import org.hibernate.annotations.BatchSize;

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

    /** The registered API client that sent the item ({@code /api/v1}, Open311), or {@code null}. */
    @Column(name = "api_client_id", updatable = false)
    private Long apiClientId;

    @Column(name = "search_text")
    private String searchText;

    @Column(name = "screened_at")
    private Instant screenedAt;

    @Column(name = "screened_by")
    private Long screenedBy;

    @Column(name = "reject_reason")
    private String rejectReason;

    @Column(name = "reject_note")
    private String rejectNote;

    @Column(name = "duplicate_of")
    private Long duplicateOf;

    @Column(name = "handling_unit_id")
    private Long handlingUnitId;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "answer_text")
    private String answerText;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "on_time")
    private Boolean onTime;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_text")
    private String publishedText;

    @Column(name = "published_answer")
    private String publishedAnswer;

    private Integer rating;

    @Column(name = "rating_comment")
    private String ratingComment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "reopen_count")
    private int reopenCount;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "assignment_round")
    private int assignmentRound;

    // Lists of items (the screening queue's page of 25) load the collections of 25 items in one query each,
    // not one query per item and collection.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 25)
    @CollectionTable(name = "feedback_coordinator", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "unit_id")
    private Set<Long> coordinators = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 25)
    @CollectionTable(name = "feedback_photo", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<FeedbackPhoto> photos = new ArrayList<>();

    @Version
    private long version;

    protected Feedback() {
    }

    /** A checked submission, stored as received (waiting for screening). */
    static Feedback receive(String code, String accessToken, CheckedSubmission submission, Long apiClientId,
            boolean offensive, Instant now, Instant screeningDueAt) {
        Feedback item = new Feedback();
        item.apiClientId = apiClientId;
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
        submission.photos().forEach(file -> item.photos.add(new FeedbackPhoto(file)));
        return item;
    }

    /** What {@link FeedbackReceived} says about the item, once it is stored (it carries the id). */
    FeedbackReceived received(AuditActor actor) {
        return new FeedbackReceived(id, code, channel, categoryId, communeId, receivedAt, screeningDueAt, offensive, actor);
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

    /** The file ids of the photos and documents, in the sender's order. */
    public List<Long> photos() {
        return photos.stream().map(FeedbackPhoto::fileId).toList();
    }

    /** The photos with their publication flags, in the sender's order. */
    public List<FeedbackPhoto> photoEntries() {
        return List.copyOf(photos);
    }

    public Instant screenedAt() {
        return screenedAt;
    }

    public Long screenedBy() {
        return screenedBy;
    }

    /** The code of the reject reason when the item was refused. */
    public String rejectReason() {
        return rejectReason;
    }

    public String rejectNote() {
        return rejectNote;
    }

    /** The id of the item this one duplicates (its master) when it was merged. */
    public Long duplicateOf() {
        return duplicateOf;
    }

    public Long handlingUnitId() {
        return handlingUnitId;
    }

    public Set<Long> coordinators() {
        return Set.copyOf(coordinators);
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    /** The handling deadline (approved, after extensions). */
    public Instant dueAt() {
        return dueAt;
    }

    public String answerText() {
        return answerText;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Long answeredBy() {
        return answeredBy;
    }

    /** Whether the answer was sent by the deadline; {@code null} before the answer. */
    public Boolean onTime() {
        return onTime;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedText() {
        return publishedText;
    }

    public String publishedAnswer() {
        return publishedAnswer;
    }

    public Integer rating() {
        return rating;
    }

    public String ratingComment() {
        return ratingComment;
    }

    public Instant ratedAt() {
        return ratedAt;
    }

    public int reopenCount() {
        return reopenCount;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** Which assignment this is (1 for the first), so that each one is its own task. */
    public int assignmentRound() {
        return assignmentRound;
    }

    /** The obligation id the tasks module knows the current assignment by. */
    public String obligationId() {
        return id + "/" + assignmentRound;
    }

    /** Waiting for an operator: received, or returned by a unit and not yet assigned again. */
    public boolean awaitsScreening() {
        return status == FeedbackStatus.RECEIVED || status == FeedbackStatus.ACCEPTED;
    }

    // ---- workflow transitions (the services check who may do them and record the timeline) ----

    /** Confirms the classification (category, level, commune) the first time an operator screens it. */
    void classify(long categoryId, FeedbackLevel level, Long communeId, long personId, Instant now) {
        requireState(awaitsScreening());
        this.categoryId = categoryId;
        this.level = level;
        this.communeId = communeId;
        if (screenedAt == null) {
            screenedAt = now;
            screenedBy = personId;
        }
        status = FeedbackStatus.ACCEPTED;
    }

    /** Hands the item to a unit (with coordinating units) and starts the handling deadline. */
    void assign(long unitId, Set<Long> coordinatorUnits, Instant now, Instant due) {
        requireState(status == FeedbackStatus.ACCEPTED || status == FeedbackStatus.ASSIGNED);
        handlingUnitId = unitId;
        coordinators.clear();
        coordinatorUnits.stream().filter(unit -> unit != unitId).forEach(coordinators::add);
        assignedAt = now;
        dueAt = due;
        assignmentRound++;
        status = FeedbackStatus.ASSIGNED;
    }

    void reject(String reasonCode, String note, long personId, Instant now) {
        requireState(awaitsScreening());
        if (screenedAt == null) {
            screenedAt = now;
            screenedBy = personId;
        }
        rejectReason = reasonCode;
        rejectNote = note;
        status = FeedbackStatus.REJECTED;
        closedAt = now;
    }

    void mergeInto(Feedback master, long personId, Instant now) {
        requireState(awaitsScreening());
        if (screenedAt == null) {
            screenedAt = now;
            screenedBy = personId;
        }
        duplicateOf = master.id;
        status = FeedbackStatus.DUPLICATE;
        closedAt = now;
    }

    /** The handling unit gives it back to screening (not within its competence). */
    void giveBack() {
        requireState(status == FeedbackStatus.ASSIGNED);
        handlingUnitId = null;
        coordinators.clear();
        dueAt = null;
        status = FeedbackStatus.ACCEPTED;
    }

    /** The approved answer: the item is answered, on time when by the deadline. */
    void answer(String text, long approvedBy, Instant now) {
        requireState(status == FeedbackStatus.ASSIGNED);
        answerText = text;
        answeredAt = now;
        answeredBy = approvedBy;
        onTime = dueAt == null || !now.isAfter(dueAt);
        status = FeedbackStatus.ANSWERED;
    }

    /** Publishes the masked question and answer with the chosen photos (positions in the sender's order). */
    void publish(String maskedText, String maskedAnswer, Set<Integer> publicPhotos, Instant now) {
        requireState(status == FeedbackStatus.ANSWERED || status == FeedbackStatus.CLOSED);
        if (!consentPublishing) {
            throw new IllegalStateException("The sender did not consent to publication");
        }
        publishedText = maskedText;
        publishedAnswer = maskedAnswer;
        publishedAt = now;
        for (int i = 0; i < photos.size(); i++) {
            photos.get(i).publish(publicPhotos.contains(i));
        }
    }

    void unpublish() {
        publishedAt = null;
        publishedText = null;
        publishedAnswer = null;
        photos.forEach(photo -> photo.publish(false));
    }

    void rate(int stars, String comment, Instant now) {
        requireState(status == FeedbackStatus.ANSWERED || status == FeedbackStatus.CLOSED);
        rating = stars;
        ratingComment = comment;
        ratedAt = now;
        status = FeedbackStatus.CLOSED;
        closedAt = now;
    }

    /** The sender is not satisfied: back to the same handling unit with a new deadline. */
    void reopen(Instant now, Instant due) {
        requireState(status == FeedbackStatus.ANSWERED || status == FeedbackStatus.CLOSED);
        reopenCount++;
        answerText = null;
        answeredAt = null;
        answeredBy = null;
        onTime = null;
        rating = null;
        ratingComment = null;
        ratedAt = null;
        closedAt = null;
        unpublish();
        status = FeedbackStatus.ACCEPTED;
        assign(handlingUnitId, Set.copyOf(coordinators), now, due);
    }

    /** An approved extension moved the deadline. */
    void extendTo(Instant due) {
        requireState(status == FeedbackStatus.ASSIGNED);
        dueAt = due;
    }

    void register(Object event) {
        registerEvent(event);
    }

    private static void requireState(boolean allowed) {
        if (!allowed) {
            throw new FeedbackStateConflict();
        }
    }
}
