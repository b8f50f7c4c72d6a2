package vn.cityhall.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitType;
import vn.cityhall.shared.Texts;

/**
 * Cleans a submission (NFC, trimmed, control characters removed, phone in stored form) and checks
 * every field, collecting all errors at once so the sender fixes them in one go.
 */
@Component
class SubmissionCheck {

    static final int MIN_TEXT_LENGTH = 10;
    static final int MAX_NAME_LENGTH = 120;
    static final int MAX_ADDRESS_LENGTH = 300;
    static final int MAX_EMAIL_LENGTH = 200;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*");

    private final FeedbackCategories categories;
    private final OrganizationDirectory directory;
    private final FeedbackSettings settings;

    SubmissionCheck(FeedbackCategories categories, OrganizationDirectory directory, FeedbackSettings settings) {
        this.categories = categories;
        this.directory = directory;
        this.settings = settings;
    }

    CheckedSubmission check(FeedbackSubmission submission) {
        List<FeedbackInvalid.FieldError> errors = new ArrayList<>();
        String text = plain(submission.text());
        if (text == null || text.length() < MIN_TEXT_LENGTH) {
            errors.add(new FeedbackInvalid.FieldError("text", "feedback.error.textRequired", MIN_TEXT_LENGTH));
        } else if (text.length() > settings.maxTextLength()) {
            errors.add(new FeedbackInvalid.FieldError("text", "feedback.error.textTooLong", settings.maxTextLength()));
        }
        Optional<FeedbackCategory> category = Optional.empty();
        if (submission.categoryId() != null) {
            category = categories.findById(submission.categoryId()).filter(FeedbackCategory::isActive);
            if (category.isEmpty()) {
                errors.add(new FeedbackInvalid.FieldError("categoryId", "feedback.error.category"));
            }
        }
        if (submission.communeId() != null && !isCommune(submission.communeId())) {
            errors.add(new FeedbackInvalid.FieldError("communeId", "feedback.error.commune"));
        }
        String address = Texts.cleanOrNull(submission.address());
        if (address != null && address.length() > MAX_ADDRESS_LENGTH) {
            errors.add(new FeedbackInvalid.FieldError("address", "feedback.error.addressTooLong", MAX_ADDRESS_LENGTH));
        }
        checkLocation(submission, errors);
        String name = Texts.cleanOrNull(submission.senderName());
        if (name == null) {
            errors.add(new FeedbackInvalid.FieldError("senderName", "feedback.error.nameRequired"));
        } else if (name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
            errors.add(new FeedbackInvalid.FieldError("senderName", "feedback.error.name", MAX_NAME_LENGTH));
        }
        Optional<String> phone = PhoneNumbers.normalize(submission.senderPhone());
        if (Texts.cleanOrNull(submission.senderPhone()) == null) {
            errors.add(new FeedbackInvalid.FieldError("senderPhone", "feedback.error.phoneRequired"));
        } else if (phone.isEmpty()) {
            errors.add(new FeedbackInvalid.FieldError("senderPhone", "feedback.error.phone"));
        }
        String email = Texts.cleanOrNull(submission.senderEmail());
        if (email != null && (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
            errors.add(new FeedbackInvalid.FieldError("senderEmail", "feedback.error.email"));
        }
        if (!submission.consentProcessing()) {
            errors.add(new FeedbackInvalid.FieldError("consentProcessing", "feedback.error.consent"));
        }
        if (submission.photos().size() > settings.maxPhotos()) {
            errors.add(new FeedbackInvalid.FieldError("photos", "feedback.error.tooManyPhotos", settings.maxPhotos()));
        } else if (category.isPresent() && category.get().photosRequired() && submission.photos().isEmpty()) {
            errors.add(new FeedbackInvalid.FieldError("photos", "feedback.error.photosRequired", category.get().name()));
        }
        if (!errors.isEmpty()) {
            throw new FeedbackInvalid(errors);
        }
        return new CheckedSubmission(submission.channel() == null ? FeedbackChannel.API : submission.channel(), text,
                submission.categoryId(), submission.communeId(), address, submission.latitude(), submission.longitude(),
                name, phone.orElseThrow(), email == null ? null : email.toLowerCase(Locale.ROOT),
                submission.consentPublishing(), submission.photos(), Texts.cleanOrNull(submission.sourceAddress()));
    }

    /** Plain text: NFC, trimmed, without control characters other than line breaks and tabs. */
    static String plain(String text) {
        String cleaned = Texts.cleanOrNull(text);
        return cleaned == null ? null : Texts.cleanOrNull(CONTROL.matcher(cleaned.replace("\r\n", "\n")).replaceAll(""));
    }

    private boolean isCommune(long unitId) {
        Optional<UnitNode> unit = directory.unit(UnitId.of(unitId));
        return unit.isPresent() && unit.get().active() && unit.get().type() == UnitType.COMMUNE;
    }

    /** A map pin has both coordinates, inside Viet Nam's bounding box. */
    private static void checkLocation(FeedbackSubmission submission, List<FeedbackInvalid.FieldError> errors) {
        Double lat = submission.latitude();
        Double lon = submission.longitude();
        if (lat == null && lon == null) {
            return;
        }
        if (lat == null || lon == null || lat.isNaN() || lon.isNaN() || lat < 8 || lat > 23.5 || lon < 102 || lon > 110) {
            errors.add(new FeedbackInvalid.FieldError("location", "feedback.error.location"));
        }
    }
}
