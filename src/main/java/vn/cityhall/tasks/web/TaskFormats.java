package vn.cityhall.tasks.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as Vietnamese officials write them, in the city's zone: 05/01/2026 17:00. */
final class TaskFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ZoneId zone;

    TaskFormats(ZoneId zone) {
        this.zone = zone;
    }

    String dateTime(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(zone));
    }

    String date(Instant instant) {
        return instant == null ? null : DATE.format(instant.atZone(zone));
    }
}
