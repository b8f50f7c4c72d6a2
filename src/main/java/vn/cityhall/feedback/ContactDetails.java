package vn.cityhall.feedback;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.AuditActor;

/**
 * The sender's contact details for staff: only operators and the handling unit see them, and every view is
 * recorded in the audit trail ({@link FeedbackContactViewed}).
 */
@Service
public class ContactDetails {

    private final Steps steps;
    private final FeedbackAccess access;
    private final org.springframework.context.ApplicationEventPublisher events;

    ContactDetails(Steps steps, FeedbackAccess access, org.springframework.context.ApplicationEventPublisher events) {
        this.steps = steps;
        this.access = access;
        this.events = events;
    }

    /** How to reach the sender. */
    public record Contact(String name, String phone, String email, String address) {
    }

    @Transactional
    public Contact reveal(String code, StaffUser user) {
        Feedback item = steps.item(code);
        if (!access.maySeeContact(user, item)) {
            throw new AccessDeniedException("Only operators and the handling unit see the sender's contact details");
        }
        events.publishEvent(new FeedbackContactViewed(item.id(), item.code(), AuditActor.current()));
        return new Contact(item.senderName(), item.senderPhone(), item.senderEmail(), item.address());
    }
}
