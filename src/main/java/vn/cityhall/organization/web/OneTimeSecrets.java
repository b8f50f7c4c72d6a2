package vn.cityhall.organization.web;

import java.io.Serial;
import java.io.Serializable;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * Hands a secret (an initial password, a file of initial passwords) from the request that created
 * it to the one page or download that shows it, exactly once, without keeping it in clear anywhere.
 * The session holds only the AES-GCM ciphertext; the key exists only in the ticket, which is put
 * in the redirect URL. Opening the secret removes it from the session, so the ticket works once,
 * and a session stored elsewhere (Spring Session JDBC) never contains the clear text.
 */
@Component
public class OneTimeSecrets {

    private static final String ATTRIBUTE = OneTimeSecrets.class.getName();
    private static final int MAX_PER_SESSION = 20;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecureRandom random = new SecureRandom();

    private record Sealed(byte[] iv, byte[] ciphertext) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** Seals the secret into the session and returns the ticket that alone can open it. */
    public String seal(HttpSession session, byte[] secret) {
        byte[] key = randomBytes(32);
        byte[] iv = randomBytes(12);
        String id = ENCODER.encodeToString(randomBytes(16));
        try {
            Sealed sealed = new Sealed(iv, cipher(Cipher.ENCRYPT_MODE, key, iv).doFinal(secret));
            synchronized (WebUtils.getSessionMutex(session)) {
                LinkedHashMap<String, Sealed> all = secrets(session);
                all.put(id, sealed);
                while (all.size() > MAX_PER_SESSION) {
                    all.remove(all.keySet().iterator().next());
                }
                session.setAttribute(ATTRIBUTE, all);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a secret", e);
        }
        return id + "." + ENCODER.encodeToString(key);
    }

    /** Whether the ticket still opens a secret in this session (without opening it). */
    public boolean isAvailable(HttpSession session, String ticket) {
        String id = idOf(ticket);
        return id != null && session != null && secrets(session).containsKey(id);
    }

    /** Opens the secret and forgets it; empty when the ticket is unknown, used, or forged. */
    public Optional<byte[]> open(HttpSession session, String ticket) {
        String id = idOf(ticket);
        if (id == null || session == null) {
            return Optional.empty();
        }
        Sealed sealed;
        synchronized (WebUtils.getSessionMutex(session)) {
            LinkedHashMap<String, Sealed> all = secrets(session);
            sealed = all.remove(id);
            session.setAttribute(ATTRIBUTE, all);
        }
        if (sealed == null) {
            return Optional.empty();
        }
        try {
            byte[] key = DECODER.decode(ticket.substring(ticket.indexOf('.') + 1));
            return Optional.of(cipher(Cipher.DECRYPT_MODE, key, sealed.iv()).doFinal(sealed.ciphertext()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, Sealed> secrets(HttpSession session) {
        Object stored = session.getAttribute(ATTRIBUTE);
        return stored instanceof LinkedHashMap<?, ?> map ? new LinkedHashMap<>((LinkedHashMap<String, Sealed>) map)
                : new LinkedHashMap<>();
    }

    private static String idOf(String ticket) {
        if (ticket == null) {
            return null;
        }
        int dot = ticket.indexOf('.');
        return dot <= 0 ? null : ticket.substring(0, dot);
    }

    private static Cipher cipher(int mode, byte[] key, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        return cipher;
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
