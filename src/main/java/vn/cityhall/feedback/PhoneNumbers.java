package vn.cityhall.feedback;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers as senders type them ("0912 345 678", "+84 912.345.678", "84912345678")
 * in one stored form: ten digits starting with 0 (mobile 03, 05, 07, 08, 09; landline 02 with eleven).
 */
public final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern LANDLINE = Pattern.compile("02\\d{9}");

    private PhoneNumbers() {
    }

    /** The number in stored form, or empty if it is not a Vietnamese mobile or landline number. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(typed.strip()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches() ? Optional.of(digits)
                : Optional.empty();
    }
}
