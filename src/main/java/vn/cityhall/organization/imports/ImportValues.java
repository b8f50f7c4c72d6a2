package vn.cityhall.organization.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Parsing of cell values shared by the planners; each returns empty for a value it cannot read. */
final class ImportValues {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final List<String> TRUE = List.of("true", "1", "yes", "y", "x", "có", "co");
    private static final List<String> FALSE = List.of("false", "0", "no", "n", "không", "khong");

    private ImportValues() {
    }

    /** {@code 2025-07-01} or, as Vietnamese spreadsheets write dates, {@code 01/07/2025}. */
    static Optional<LocalDate> date(String value) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    static Optional<Boolean> flag(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return Optional.of(true);
        }
        if (FALSE.contains(lower)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    static Optional<Integer> order(String value) {
        try {
            int order = Integer.parseInt(value);
            return order >= 0 && order <= 1_000_000 ? Optional.of(order) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An enum constant by its code, ignoring case, accents and {@code _} versus space ("Chuyên viên" is {@code CHUYEN_VIEN}). */
    static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        String key = vn.cityhall.shared.Texts.searchKey(value).replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(key)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
