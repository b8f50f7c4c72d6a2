package vn.cityhall.organization.imports;

import java.io.Serial;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * Keeps the uploaded file between its preview and its confirmation, in the administrator's session
 * (one at a time: a new upload replaces it). The preview page carries a random token; confirming
 * with any other token (an older preview in another tab, another session) is refused, so what is
 * imported is exactly what the administrator saw.
 */
@Component
class PendingImports {

    private static final String ATTRIBUTE = PendingImports.class.getName();

    private final SecureRandom random = new SecureRandom();

    /** An uploaded file waiting for confirmation. */
    record Pending(String token, ImportKind kind, String fileName, CsvTable table) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    Pending keep(HttpSession session, ImportKind kind, String fileName, CsvTable table) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        Pending pending = new Pending(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), kind, fileName,
                table);
        session.setAttribute(ATTRIBUTE, pending);
        return pending;
    }

    /** The pending import with this token, if it is still the one in the session. */
    Optional<Pending> find(HttpSession session, String token) {
        if (session == null || token == null) {
            return Optional.empty();
        }
        return session.getAttribute(ATTRIBUTE) instanceof Pending pending && pending.token().equals(token)
                ? Optional.of(pending) : Optional.empty();
    }

    void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
