package vn.cityhall.organization.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The formats that administration forms and CSV imports accept, in one place so that both
 * validate the same way.
 */
public final class OrganizationFormats {

    /** Unit codes: letters and digits, separated by dots or dashes, e.g. {@code 01.SXD.HTKT}, {@code 00070}. */
    public static final String UNIT_CODE = "^[A-Za-z0-9]+([.\\-][A-Za-z0-9]+)*$";
    public static final int UNIT_CODE_MAX = 40;
    public static final int NAME_MAX = 255;
    public static final int SHORT_NAME_MAX = 40;

    /** Login names: lower-case letters, digits, dots, dashes and underscores; 3 to 64 characters. */
    public static final String USERNAME = "^[a-z0-9][a-z0-9._\\-]{1,62}[a-z0-9]$";
    public static final int USERNAME_MAX = 64;

    /** A practical e-mail check: something@domain.tld without spaces. */
    public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$";

    /**
     * Vietnamese phone numbers after removing spaces, dots, dashes and parentheses: a mobile number
     * of 10 digits starting with 0 ({@code 0912345678}), a landline of 11 digits starting with 02
     * (area code and 8 digits since 2017, e.g. Hanoi {@code 024 3825 1234}), or either with
     * {@code +84} in place of the leading 0.
     */
    public static final String PHONE = "^(?:0|\\+84)(?:[0-9]{9}|2[0-9]{9})$";
    public static final int ZALO_ID_MAX = 64;

    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.()\\-]");
    private static final Pattern UNIT_CODE_PATTERN = Pattern.compile(UNIT_CODE);
    private static final Pattern USERNAME_PATTERN = Pattern.compile(USERNAME);
    private static final Pattern EMAIL_PATTERN = Pattern.compile(EMAIL);
    private static final Pattern PHONE_PATTERN = Pattern.compile(PHONE);

    private OrganizationFormats() {
    }

    public static boolean isUnitCode(String code) {
        return code != null && code.length() <= UNIT_CODE_MAX && UNIT_CODE_PATTERN.matcher(code).matches();
    }

    public static boolean isUsername(String username) {
        return username != null && USERNAME_PATTERN.matcher(username).matches();
    }

    public static boolean isEmail(String email) {
        return email != null && email.length() <= NAME_MAX && EMAIL_PATTERN.matcher(email).matches();
    }

    public static boolean isPhone(String phone) {
        return phone != null && PHONE_PATTERN.matcher(phone).matches();
    }

    /** {@code 091 234.5678} → {@code 0912345678}; {@code null} stays {@code null}. */
    public static String normalizePhone(String phone) {
        return phone == null ? null : PHONE_SEPARATORS.matcher(phone).replaceAll("");
    }

    /** Login names and e-mail addresses are compared in lower case. */
    public static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
