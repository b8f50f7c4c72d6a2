package vn.cityhall.feedback.text;

import vn.cityhall.shared.Texts;

/**
 * What is known about the sender of a feedback item, so that {@link PersonalDataMasker} can mask
 * these values wherever they appear in the text, however they were typed. Every field may be
 * {@code null}; values are NFC-normalised and trimmed, blank ones become {@code null}.
 *
 * @param senderName the sender's full name, e.g. "Nguyễn Văn An" (masked to "N.V.A.")
 * @param phone the sender's phone number in any usual form ("0912 345 678", "+84912345678")
 * @param email the sender's e-mail address
 * @param streetAddress the address the sender gave, e.g. "số 12 ngõ 34 phố Hàng Bông, phường Hoàn
 *        Kiếm" (shown as the commune)
 * @param commune the commune-level unit the address lies in, as it should be published, e.g.
 *        "phường Hoàn Kiếm"
 */
public record MaskingContext(String senderName, String phone, String email, String streetAddress, String commune) {

    public MaskingContext {
        senderName = Texts.cleanOrNull(senderName);
        phone = Texts.cleanOrNull(phone);
        email = Texts.cleanOrNull(email);
        streetAddress = Texts.cleanOrNull(streetAddress);
        commune = Texts.cleanOrNull(commune);
    }

    /** Nothing known about the sender: only the patterns that need no context are masked. */
    public static MaskingContext none() {
        return new MaskingContext(null, null, null, null, null);
    }

    /** Says which values are known, never the values: a context must not leak into logs. */
    @Override
    public String toString() {
        return "MaskingContext[senderName=" + known(senderName) + ", phone=" + known(phone) + ", email=" + known(email)
                + ", streetAddress=" + known(streetAddress) + ", commune=" + commune + "]";
    }

    private static String known(String value) {
        return value == null ? "none" : "(given)";
    }
}
