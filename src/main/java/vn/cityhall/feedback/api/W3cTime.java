package vn.cityhall.feedback.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import vn.cityhall.shared.CityZone;

/**
 * Times as the APIs write and read them: the W3C profile of ISO 8601 with the offset of the city's
 * zone ({@code 2026-03-02T08:30:00+07:00}), as Open311 requires ("must include a timezone").
 */
final class W3cTime {

    private W3cTime() {
    }

    static String format(Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(CityZone.ID)
                        .toOffsetDateTime());
    }

    /** A bind value for a {@code timestamp with time zone} column, the same on H2 and PostgreSQL. */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A time with its offset ({@code Z} or {@code ±hh:mm}); empty when it is missing one or is not a time. */
    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
