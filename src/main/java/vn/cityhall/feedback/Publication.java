package vn.cityhall.feedback;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.feedback.text.MaskingContext;
import vn.cityhall.feedback.text.PersonalDataMasker;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Texts;

/**
 * Publication of an answered item on the portal, when the sender consented: the reviewer (an operator) sees
 * the question and the answer with personal data masked ({@link PersonalDataMasker}: names to initials, phone
 * numbers, e-mails and ID numbers removed, the address reduced to the commune, coordinates rounded), may
 * correct them, and chooses the public photos. What they publish is masked once more, so an edit cannot put
 * the sender's details back.
 */
@Service
public class Publication {

    private final Steps steps;
    private final FeedbackAccess access;
    private final OrganizationDirectory directory;

    Publication(Steps steps, FeedbackAccess access, OrganizationDirectory directory) {
        this.steps = steps;
        this.access = access;
        this.directory = directory;
    }

    /** The masked texts the reviewer starts from. */
    public record Draft(String text, String answer) {
    }

    @Transactional(readOnly = true)
    public Draft draft(String code, StaffUser user) {
        access.requireOperator(user);
        Feedback item = steps.item(code);
        MaskingContext context = context(item);
        return new Draft(PersonalDataMasker.mask(item.text(), context),
                PersonalDataMasker.mask(item.answerText(), context));
    }

    @Transactional
    public void publish(String code, String text, String answer, Set<Integer> publicPhotos, StaffUser user) {
        access.requireOperator(user);
        Feedback item = steps.item(code);
        if (!item.consentPublishing()) {
            throw new FeedbackInvalid(List.of(new FeedbackInvalid.FieldError(null, "feedback.error.noPublishingConsent")));
        }
        if (item.status() != FeedbackStatus.ANSWERED && item.status() != FeedbackStatus.CLOSED) {
            throw new FeedbackStateConflict();
        }
        String question = Texts.cleanOrNull(text);
        String reply = Texts.cleanOrNull(answer);
        if (question == null || reply == null) {
            throw new FeedbackInvalid(List.of(new FeedbackInvalid.FieldError(question == null ? "text" : "answer",
                    "feedback.error.publishTextRequired")));
        }
        MaskingContext context = context(item);
        Set<Integer> photos = publicPhotos == null ? Set.of() : publicPhotos;
        item.publish(PersonalDataMasker.mask(question, context), PersonalDataMasker.mask(reply, context), photos,
                steps.now());
        int shown = (int) item.photoEntries().stream().filter(FeedbackPhoto::published).count();
        item.register(new FeedbackPublished(item.id(), item.code(), shown, AuditActor.current()));
        steps.visible(item, FeedbackStep.Kind.PUBLISHED, user, null, null);
        steps.save(item);
    }

    private MaskingContext context(Feedback item) {
        String commune = item.communeId() == null ? null
                : directory.unit(UnitId.of(item.communeId())).map(UnitNode::name).orElse(null);
        return new MaskingContext(item.senderName(), item.senderPhone(), item.senderEmail(), item.address(), commune);
    }
}
