package vn.cityhall.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who performed an action and from which address, captured at the time of the action.
 *
 * @param username the login name, or {@code system} for scheduled and start-up work
 * @param personId the person's id when the actor is a staff member, else {@code null}
 * @param sourceAddress the client address of the request, or {@code null} outside a request
 */
public record AuditActor(String username, Long personId, String sourceAddress) {

    public static final String SYSTEM = "system";

    public static AuditActor system() {
        return new AuditActor(SYSTEM, null, null);
    }

    /** The current authenticated user and request address, or the system actor. */
    public static AuditActor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String address = currentAddress();
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof StaffIdentity staff)) {
            return new AuditActor(authentication == null ? SYSTEM : authentication.getName(), null, address);
        }
        return new AuditActor(staff.username(), staff.personId(), address);
    }

    /** The remote address of the current request (proxies resolved by the server's forward-headers strategy). */
    public static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
