package vn.cityhall.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.cityhall.shared.Texts;

/**
 * One line of {@code COPY feedback_item} per item. {@link #plan} draws each item's status and time of receipt
 * (waiting items from the last week, items being handled from the last 40 days, the others over 24 months,
 * recent months busier) and sorts them, so that ids and tracking codes follow the time of receipt;
 * {@link #append} then writes the item: commune (wards three times as busy as rural communes), category,
 * text, sender, screening, the handling unit as CityHall's routing suggests it, deadline of its level,
 * answer (85 % on time), publication, rating. Units that coordinate are collected for
 * {@code feedback_coordinator}.
 */
final class FeedbackRows {

    /** Statuses in the order of their codes in a plan key, with their share of the items in percent. */
    static final List<String> STATUSES = List.of("RECEIVED", "ASSIGNED", "ANSWERED", "CLOSED", "REJECTED", "DUPLICATE");
    private static final int[] STATUS_SHARE = { 2, 10, 20, 50, 12, 6 };

    private static final String BASE_COLUMNS = "id, code, access_token, channel, text, category_id, commune_id, address, "
            + "latitude, longitude, sender_name, sender_phone, sender_email, consent_processing, consent_publishing, "
            + "offensive, status, level, received_at, screening_due_at, source_address, search_text, version, "
            + "screened_at, screened_by, reject_reason, reject_note, duplicate_of, handling_unit_id, assigned_at, due_at, "
            + "answer_text, answered_at, answered_by, on_time, published_at, published_text, published_answer, rating, "
            + "rating_comment, rated_at, reopen_count, closed_at, assignment_round";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] CHANNELS = { "PORTAL", "ZALO", "OPERATOR", "API", "OPEN311" };
    private static final int[] CHANNEL_SHARE = { 35, 35, 15, 10, 5 };
    private static final String[] REJECT_REASONS = { "INSUFFICIENT", "OUT_OF_SCOPE", "OFFENSIVE" };
    private static final int[] REJECT_SHARE = { 55, 35, 10 };

    /** A category as stored, with its share of the items. */
    record Category(long id, String code, boolean department, String handlerUnitCode, String communeDivision,
            double weight) {
    }

    private record Commune(Org.Unit unit, boolean ward, double latitude, double longitude) {
    }

    private final Org org;
    private final Weighted<Commune> communes;
    private final Weighted<Category> categories;
    private final List<Long> operators;
    private final boolean publishedSearch;
    private final Instant now;
    private final SplittableRandom random;
    private final Map<Long, Long> lastHandledInCommune = new HashMap<>();
    private final List<long[]> coordinators = new ArrayList<>();

    FeedbackRows(Org org, List<Category> categories, List<Long> operators, boolean publishedSearch, Instant now,
            SplittableRandom random) {
        this.org = org;
        this.categories = Weighted.of(categories, Category::weight);
        this.operators = operators.isEmpty() ? Arrays.asList((Long) null) : operators;
        this.publishedSearch = publishedSearch;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.random = random;
        List<Commune> places = new ArrayList<>();
        SplittableRandom centres = new SplittableRandom(126);
        for (Org.Unit unit : org.units.values()) {
            if (unit.is("COMMUNE")) {
                places.add(new Commune(unit, unit.name.startsWith("Phường"), 20.90 + 0.25 * centres.nextDouble(),
                        105.70 + 0.25 * centres.nextDouble()));
            }
        }
        this.communes = Weighted.of(places, commune -> commune.ward() ? 3 : 1);
        if (this.communes.isEmpty() || this.categories.isEmpty()) {
            throw new IllegalStateException("No communes or no categories: start CityHall once to create them");
        }
    }

    /** The columns, in the order {@link #append} writes them. */
    String columns() {
        return BASE_COLUMNS + (publishedSearch ? ", published_search" : "");
    }

    /**
     * Each item's time of receipt (epoch second) shifted left by three bits, its status in the low bits;
     * sorted, so ids follow the time of receipt.
     */
    long[] plan(int count) {
        long[] keys = new long[count];
        long twoYears = Duration.ofDays(730).getSeconds();
        for (int i = 0; i < count; i++) {
            int status = pick(STATUS_SHARE);
            long age = switch (status) {
                case 0 -> (long) (Math.pow(random.nextDouble(), 2) * 7 * 86_400);
                case 1 -> (long) (random.nextDouble() * 40 * 86_400);
                default -> 3 * 86_400 + (long) ((1 - busier(random.nextDouble())) * (twoYears - 3 * 86_400));
            };
            keys[i] = (now.getEpochSecond() - 60 - age) << 3 | status;
        }
        Arrays.sort(keys);
        return keys;
    }

    /** Units that coordinate (item id, unit id), collected while appending. */
    List<long[]> coordinators() {
        return coordinators;
    }

    void append(long id, long key, StringBuilder out) {
        Instant received = Instant.ofEpochSecond(key >> 3);
        String status = STATUSES.get((int) (key & 7));
        Commune commune = communes.pick(random);
        Category category = status.equals("RECEIVED") && random.nextInt(10) == 0 ? null : categories.pick(random);
        FeedbackTexts.Text text = FeedbackTexts.text(category == null ? "KHAC" : category.code(), commune.unit().name,
                commune.ward(), random);
        String channel = CHANNELS[pick(CHANNEL_SHARE)];
        String code = "PA-" + received.atZone(OfficeHours.ZONE).getYear() + "-" + padded(id, 6);
        boolean consentPublishing = random.nextInt(10) < 7;
        boolean located = random.nextInt(10) < 7;
        Instant screeningDue = OfficeHours.addWorkingTime(received, Duration.ofHours(8));

        Item item = new Item();
        if (!status.equals("RECEIVED")) {
            item.screenedAt = min(received.plusSeconds(600 + random.nextInt(8 * 3600)), now);
            item.screenedBy = FeedbackTexts.pick(operators, random);
        }
        Long master = lastHandledInCommune.get(commune.unit().id);
        if (status.equals("DUPLICATE") && master == null) {
            status = "REJECTED";
        }
        switch (status) {
            case "REJECTED" -> reject(item);
            case "DUPLICATE" -> {
                item.duplicateOf = master;
                item.closedAt = item.screenedAt;
            }
            case "ASSIGNED", "ANSWERED", "CLOSED" -> handle(id, item, status, category, commune);
            default -> {
            }
        }
        if (item.handlingUnitId != null) {
            lastHandledInCommune.put(commune.unit().id, id);
        }
        if (item.answeredAt != null && consentPublishing && random.nextBoolean()) {
            item.publishedAt = min(item.answeredAt.plusSeconds(86_400 + random.nextInt(2 * 86_400)), now);
            item.publishedText = text.published();
        }

        field(out, id);
        field(out, code);
        field(out, token());
        field(out, channel);
        field(out, text.sent());
        field(out, category == null ? null : category.id());
        field(out, commune.unit().id);
        field(out, text.address());
        field(out, located ? round(commune.latitude() + (random.nextDouble() - 0.5) * 0.02) : null);
        field(out, located ? round(commune.longitude() + (random.nextDouble() - 0.5) * 0.02) : null);
        field(out, VietNames.fullName(random));
        field(out, "0" + "35789".charAt(random.nextInt(5)) + padded(random.nextInt(100_000_000), 8));
        field(out, random.nextInt(4) == 0 ? "nguoidan%d@example.vn".formatted(id) : null);
        field(out, true);
        field(out, consentPublishing);
        field(out, random.nextInt(200) == 0);
        field(out, status);
        field(out, item.level);
        field(out, received);
        field(out, screeningDue);
        field(out, channel.equals("PORTAL") ? "113.%d.%d.%d".formatted(160 + random.nextInt(30), random.nextInt(256),
                1 + random.nextInt(254)) : null);
        field(out, Texts.searchKey(code + " " + text.sent() + " " + text.address()));
        field(out, 0);
        field(out, item.screenedAt);
        field(out, item.screenedBy);
        field(out, item.rejectReason);
        field(out, item.rejectNote);
        field(out, item.duplicateOf);
        field(out, item.handlingUnitId);
        field(out, item.assignedAt);
        field(out, item.dueAt);
        field(out, item.answerText);
        field(out, item.answeredAt);
        field(out, item.answeredBy);
        field(out, item.onTime);
        field(out, item.publishedAt);
        field(out, item.publishedText);
        field(out, item.publishedAt == null ? null : item.answerText);
        field(out, item.rating);
        field(out, item.ratingComment);
        field(out, item.ratedAt);
        field(out, item.reopenCount);
        field(out, item.closedAt);
        if (publishedSearch) {
            field(out, item.assignmentRound);
            last(out, item.publishedAt == null ? null
                    : Texts.searchKey(item.publishedText + " " + item.answerText));
        } else {
            last(out, item.assignmentRound);
        }
    }

    /** What happened to an item after its receipt; {@code null} where it did not happen. */
    private static final class Item {
        Instant screenedAt;
        Long screenedBy;
        String rejectReason;
        String rejectNote;
        Long duplicateOf;
        String level;
        Long handlingUnitId;
        Instant assignedAt;
        Instant dueAt;
        String answerText;
        Instant answeredAt;
        Long answeredBy;
        Boolean onTime;
        Instant publishedAt;
        String publishedText;
        Integer rating;
        String ratingComment;
        Instant ratedAt;
        int reopenCount;
        Instant closedAt;
        int assignmentRound;
    }

    private void reject(Item item) {
        item.rejectReason = REJECT_REASONS[pick(REJECT_SHARE)];
        item.rejectNote = random.nextInt(3) == 0 ? "Đề nghị bổ sung địa điểm cụ thể và hình ảnh." : null;
        item.closedAt = item.screenedAt;
    }

    private void handle(long id, Item item, String status, Category category, Commune commune) {
        int dice = random.nextInt(100);
        item.level = dice < 85 ? "NORMAL" : dice < 95 ? "COMPLEX" : "URGENT";
        Org.Unit unit = handlingUnit(category, commune.unit());
        item.handlingUnitId = unit.id;
        item.assignedAt = min(item.screenedAt.plusSeconds(60 + random.nextInt(1800)), now);
        item.dueAt = switch (item.level) {
            case "URGENT" -> OfficeHours.addWorkingTime(item.assignedAt, Duration.ofHours(4));
            case "COMPLEX" -> OfficeHours.endOfWorkingDay(item.assignedAt, 15);
            default -> OfficeHours.endOfWorkingDay(item.assignedAt, 10);
        };
        item.assignmentRound = 1;
        if (random.nextInt(20) == 0) {
            Org.Unit coordinator = coordinator(category, commune.unit(), unit);
            if (coordinator != null) {
                coordinators.add(new long[] { id, coordinator.id });
            }
        }
        if (status.equals("ASSIGNED")) {
            return;
        }
        Instant answered = random.nextInt(100) < 85
                ? between(item.assignedAt.plus(Duration.between(item.assignedAt, item.dueAt).dividedBy(3)), item.dueAt)
                : item.dueAt.plusSeconds(3600 + random.nextInt(14 * 86_400));
        item.answeredAt = min(answered, now.minusSeconds(3600));
        if (item.answeredAt.isBefore(item.assignedAt)) {
            item.answeredAt = item.assignedAt.plusSeconds(600);
        }
        item.onTime = !item.answeredAt.isAfter(item.dueAt);
        item.answerText = FeedbackTexts.answer(unitName(unit), DAY.format(item.answeredAt.atZone(OfficeHours.ZONE)),
                random);
        item.answeredBy = approver(unit);
        if (status.equals("CLOSED")) {
            int stars = new int[] { 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 3, 3, 3, 2, 2, 1 }[random.nextInt(20)];
            item.rating = stars;
            item.ratingComment = random.nextInt(10) < 4 ? FeedbackTexts.ratingComment(stars) : null;
            item.ratedAt = min(item.answeredAt.plusSeconds(3600 + random.nextInt(7 * 86_400)), now);
            item.closedAt = item.ratedAt;
            item.reopenCount = random.nextInt(50) == 0 ? 1 : 0;
            item.assignmentRound += item.reopenCount;
        }
    }

    /** As CityHall's routing suggests: the category's department, else the commune's division for it, else the commune. */
    private Org.Unit handlingUnit(Category category, Org.Unit commune) {
        if (category != null && category.department() && org.byCode.containsKey(category.handlerUnitCode())) {
            return org.byCode.get(category.handlerUnitCode());
        }
        if (category != null && category.communeDivision() != null) {
            Org.Unit division = org.byCode.get(commune.code + "." + category.communeDivision());
            if (division != null) {
                return division;
            }
        }
        return commune;
    }

    /**
     * Who coordinates: the Department of Construction on streets, traffic and building order, the Department of
     * Agriculture and Environment on environment and land; the commune on what a department handles.
     */
    private Org.Unit coordinator(Category category, Org.Unit commune, Org.Unit handler) {
        if (category == null) {
            return null;
        }
        String code = switch (category.code()) {
            case "HA_TANG", "GIAO_THONG", "TRAT_TU_XAY_DUNG" -> "01.SXD";
            case "MOI_TRUONG", "DAT_DAI" -> "01.SNNMT";
            default -> null;
        };
        Org.Unit unit = category.department() ? commune : code == null ? null : org.byCode.get(code);
        return unit == null || unit.id == handler.id ? null : unit;
    }

    /** A leader of the unit, else of the unit above it, who approved the answer. */
    private Long approver(Org.Unit unit) {
        for (Org.Unit current = unit; current != null; current = org.parent(current)) {
            List<Org.Person> leaders = current.leaders();
            if (!leaders.isEmpty()) {
                return leaders.get(random.nextInt(leaders.size())).id();
            }
        }
        return null;
    }

    private String unitName(Org.Unit unit) {
        Org.Unit top = org.top(unit);
        return top.is("COMMUNE") ? "UBND " + lowerFirst(top.name) : top.name;
    }

    private String token() {
        StringBuilder token = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            String hex = Long.toHexString(random.nextLong());
            token.append("0".repeat(16 - hex.length())).append(hex);
        }
        return token.toString();
    }

    /** More items in recent months: the density grows linearly from 0.6 to 1.4 over the period. */
    private static double busier(double u) {
        return (-0.6 + Math.sqrt(0.36 + 1.6 * u)) / 0.8;
    }

    private int pick(int[] shares) {
        int dice = random.nextInt(Arrays.stream(shares).sum());
        int index = 0;
        while (dice >= shares[index]) {
            dice -= shares[index++];
        }
        return index;
    }

    private Instant between(Instant from, Instant to) {
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return from.plusSeconds((long) (random.nextDouble() * span));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** The number with leading zeros up to the width (never cut). */
    static String padded(long number, int width) {
        String digits = Long.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static void field(StringBuilder out, Object value) {
        out.append(value == null ? "\\N" : TaskRows.escape(value.toString())).append('\t');
    }

    private static void last(StringBuilder out, Object value) {
        out.append(value == null ? "\\N" : TaskRows.escape(value.toString())).append('\n');
    }
}
