package vn.cityhall.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

import vn.cityhall.tasks.Task;

/**
 * One line of {@code COPY tasks_task} per task. Assignment times spread over the last 24 months (the
 * recent ones busier) in office hours; deadlines 3 to 20 working days later at 17:00 in Hanoi, shorter
 * when urgent, a few extended. Tasks due in the past are mostly done (most on time), some
 * cancelled, the rest still open and overdue; tasks due in the future are mostly in progress.
 */
final class TaskRows {

    /** The columns, in the order {@link #append} writes them. */
    static final String COLUMNS = "id, title, description, source_module, source_kind, source_id, source_reference, "
            + "source_link, responsible_unit_id, holder_unit_id, holder_person_id, role, urgency, assigned_by, "
            + "assigned_at, original_due_at, due_at, status, progress, result_summary, completed_at, completed_by, "
            + "on_time, created_at, updated_at, version, search_text";

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalTime OFFICE_START = LocalTime.of(8, 0);
    private static final LocalTime CLOSE = LocalTime.of(17, 0);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int[] DEADLINE_DAYS = { 3, 5, 5, 7, 7, 7, 10, 10, 10, 10, 15, 15, 20 };

    private final Assignments assignments;
    private final Instant now;
    private final Instant start;
    private final SplittableRandom random;
    private final long[] sourceNumbers = new long[5];

    TaskRows(Assignments assignments, Instant now, SplittableRandom random) {
        this.assignments = assignments;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.start = this.now.minus(Duration.ofDays(730));
        this.random = random;
    }

    void append(long id, StringBuilder out) {
        Assignments.Who who = assignments.next(random);
        int kindIndex = kindIndex();
        String module = new String[] { "tasks", "feedback", "documents", "meetings", "reporting" }[kindIndex];
        String kind = new String[] { "tasks.standalone", "feedback.handling", "documents.processing",
                "meetings.conclusion", "reporting.submission" }[kindIndex];
        String role = roll(85) ? "LEAD" : roll(80) ? "COORDINATE" : "INFORM";
        String urgency = roll(85) ? "NORMAL" : roll(67) ? "URGENT" : roll(60) ? "VERY_URGENT" : "FLASH";

        Instant assigned = assignedAt();
        LocalDate day = assigned.atZone(ZONE).toLocalDate();
        Instant originalDue = role.equals("INFORM") ? null : deadline(day, deadlineDays(urgency));
        Instant due = originalDue != null && roll(3) ? deadline(originalDue.atZone(ZONE).toLocalDate(),
                5 + random.nextInt(6)) : originalDue;

        String sourceId = null;
        String reference = null;
        String link = null;
        if (kindIndex > 0) {
            long number = ++sourceNumbers[kindIndex];
            sourceId = Long.toString(number);
            reference = TaskTexts.reference(kind, number, day.getYear());
            link = "/" + module + "/" + number;
        }
        String title = TaskTexts.title(kind, who.place(), day.getYear(), random);
        String description = due == null ? null
                : TaskTexts.description(who.responsible().name, DAY.format(due.atZone(ZONE)), random);

        Outcome outcome = role.equals("INFORM") ? informed(assigned) : outcome(assigned, due);
        Long holderPerson = who.holderPerson() == null ? null : who.holderPerson().id();
        Long completedBy = holderPerson;
        if (outcome.completedAt == null) {
            completedBy = null;
        } else if (outcome.status.equals("CANCELLED") && who.assignedBy() != null) {
            completedBy = who.assignedBy().id();
        }

        field(out, id);
        field(out, title);
        field(out, description);
        field(out, module);
        field(out, kind);
        field(out, sourceId);
        field(out, reference);
        field(out, link);
        field(out, who.responsible().id);
        field(out, who.holder().id);
        field(out, holderPerson);
        field(out, role);
        field(out, urgency);
        field(out, who.assignedBy() == null ? null : who.assignedBy().id());
        field(out, assigned);
        field(out, originalDue);
        field(out, due);
        field(out, outcome.status);
        field(out, outcome.progress);
        field(out, outcome.result);
        field(out, outcome.completedAt);
        field(out, completedBy);
        field(out, outcome.onTime);
        field(out, assigned);
        field(out, outcome.updatedAt);
        field(out, 0);
        out.append(escape(Task.searchText(title, reference))).append('\n');
    }

    private record Outcome(String status, int progress, String result, Instant completedAt, Boolean onTime,
            Instant updatedAt) {
    }

    private Outcome outcome(Instant assigned, Instant due) {
        if (due.isAfter(now)) {
            if (roll(8)) {
                return done(between(assigned, now), due);
            }
            double elapsed = (double) (now.getEpochSecond() - assigned.getEpochSecond())
                    / Math.max(1, due.getEpochSecond() - assigned.getEpochSecond());
            if (random.nextDouble() > elapsed + 0.2) {
                return new Outcome("NEW", 0, null, null, null, assigned);
            }
            int progress = Math.max(5, Math.min(90, (int) (elapsed * 100) / 5 * 5 + 5 * (random.nextInt(5) - 2)));
            return new Outcome("IN_PROGRESS", progress, null, null, null, between(assigned, now));
        }
        int dice = random.nextInt(100);
        if (dice < 88) {
            Instant completed = roll(85) ? between(assigned.plus(Duration.between(assigned, due).multipliedBy(3)
                    .dividedBy(10)), due) : late(due);
            return done(completed, due);
        }
        if (dice < 92) {
            Instant cancelled = between(assigned, due);
            return new Outcome("CANCELLED", 5 * random.nextInt(10), TaskTexts.cancelReason(random), cancelled, null,
                    cancelled);
        }
        if (roll(20)) {
            return new Outcome("NEW", 0, null, null, null, assigned);
        }
        return new Outcome("IN_PROGRESS", 20 + 5 * random.nextInt(16), null, null, null, between(assigned, now));
    }

    private Outcome done(Instant completed, Instant due) {
        return new Outcome("DONE", 100, TaskTexts.result(random), completed, !completed.isAfter(due), completed);
    }

    /** Tasks for information carry no deadline; most have been acknowledged. */
    private Outcome informed(Instant assigned) {
        if (roll(90)) {
            Instant seen = min(assigned.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60))), now);
            return new Outcome("DONE", 100, null, seen, true, seen);
        }
        return new Outcome("NEW", 0, null, null, null, assigned);
    }

    /** Late by an hour to two weeks, never in the future. */
    private Instant late(Instant due) {
        long available = Math.max(60, now.getEpochSecond() - due.getEpochSecond());
        long delay = Math.min(3600 + (long) (random.nextDouble() * 14 * 86_400), (long) (available * random.nextDouble()));
        return due.plusSeconds(Math.max(60, Math.min(delay, available - 1)));
    }

    /** More tasks in recent months: the density grows linearly from 0.6 to 1.4 over the two years. */
    private Instant assignedAt() {
        double u = random.nextDouble();
        double x = (-0.6 + Math.sqrt(0.36 + 1.6 * u)) / 0.8;
        LocalDate day = start.plusSeconds((long) (x * Duration.between(start, now).getSeconds())).atZone(ZONE)
                .toLocalDate();
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            day = day.minusDays(1);
        } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        Instant at = day.atTime(OFFICE_START).plusMinutes(random.nextInt(9 * 60)).atZone(ZONE).toInstant();
        return at.isAfter(now) ? now.minusSeconds(60 + random.nextInt(7200)) : at;
    }

    private int deadlineDays(String urgency) {
        return switch (urgency) {
            case "FLASH" -> 1;
            case "VERY_URGENT" -> 1 + random.nextInt(3);
            case "URGENT" -> 2 + random.nextInt(4);
            default -> DEADLINE_DAYS[random.nextInt(DEADLINE_DAYS.length)];
        };
    }

    /** 17:00 in Hanoi after this many working days (Monday to Friday; holidays ignored). */
    private static Instant deadline(LocalDate from, int workingDays) {
        LocalDate day = from;
        for (int left = workingDays; left > 0;) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day.atTime(CLOSE).atZone(ZONE).toInstant();
    }

    private int kindIndex() {
        int dice = random.nextInt(100);
        return dice < 58 ? 0 : dice < 82 ? 1 : dice < 94 ? 2 : dice < 97 ? 3 : 4;
    }

    private boolean roll(int percent) {
        return random.nextInt(100) < percent;
    }

    private Instant between(Instant from, Instant to) {
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return from.plusSeconds((long) (random.nextDouble() * span));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static void field(StringBuilder out, Object value) {
        out.append(value == null ? "\\N" : escape(value.toString())).append('\t');
    }

    /** COPY text format: backslash, tab and line breaks escaped. */
    static String escape(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
