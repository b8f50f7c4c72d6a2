package vn.cityhall.zalo.outbound;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers as ZNS wants them: {@code 84} followed by the national number without its
 * leading zero (zalo-oa.md §5.3). Accepts {@code 0912 345 678}, {@code +84912345678} and {@code 84912345678}.
 */
final class ZaloPhones {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()-]");
    private static final Pattern NATIONAL = Pattern.compile("[1-9][0-9]{8,9}");

    private ZaloPhones() {
    }

    static Optional<String> normalize(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(phone.strip()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = digits.substring(1);
        }
        return NATIONAL.matcher(digits).matches() ? Optional.of("84" + digits) : Optional.empty();
    }
}
