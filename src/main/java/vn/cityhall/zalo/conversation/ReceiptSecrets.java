package vn.cityhall.zalo.conversation;

import org.springframework.stereotype.Component;

import vn.cityhall.zalo.ZaloSettings;
import vn.cityhall.zalo.outbound.TokenCipher;

/**
 * Keeps the private-link secret of an item sent through Zalo encrypted with the channel's token key, so that
 * the conversation can track and rate the item the way the portal does (with the secret), for that user only.
 */
@Component
class ReceiptSecrets {

    private static final String PURPOSE = "feedback_secret";

    private final ZaloSettings settings;
    private volatile TokenCipher cipher;

    ReceiptSecrets(ZaloSettings settings) {
        this.settings = settings;
    }

    String seal(String secret) {
        return cipher().encrypt(secret, PURPOSE);
    }

    String open(String sealed) {
        return cipher().decrypt(sealed, PURPOSE);
    }

    private TokenCipher cipher() {
        TokenCipher current = cipher;
        if (current == null) {
            current = new TokenCipher(settings.tokenKey());
            cipher = current;
        }
        return current;
    }
}
