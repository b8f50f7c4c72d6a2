package vn.cityhall.zalo.conversation;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.feedback.FeedbackIntake;
import vn.cityhall.feedback.FeedbackInvalid;
import vn.cityhall.feedback.FeedbackSubmission;

/**
 * The field errors the intake would give a submission, found in a transaction of their own: a refusal thrown
 * inside the conversation's transaction would mark it for rollback, losing the citizen's draft and the reply
 * that explains the error.
 */
@Component
class SubmissionProblems {

    private final FeedbackIntake intake;
    private final TransactionTemplate separate;

    SubmissionProblems(FeedbackIntake intake, PlatformTransactionManager transactions) {
        this.intake = intake;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separate.setReadOnly(true);
    }

    List<FeedbackInvalid.FieldError> of(FeedbackSubmission submission) {
        return separate.execute(status -> {
            try {
                intake.check(submission);
                return List.<FeedbackInvalid.FieldError>of();
            } catch (FeedbackInvalid invalid) {
                status.setRollbackOnly();
                return invalid.errors();
            }
        });
    }
}
