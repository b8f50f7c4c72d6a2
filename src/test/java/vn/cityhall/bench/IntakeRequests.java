package vn.cityhall.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bodies of {@code POST /api/v1/feedback} as another system would send them: a text of a category in the shares
 * of the generated items (the category itself only when it needs no photo, as the API sends none; otherwise
 * screening decides), a commune by its official code, an address, a map pin seven times in ten, a sender with a
 * phone number of his own (numbers of one run never repeat), consent given.
 */
final class IntakeRequests {

    private record Commune(String code, String name, boolean ward) {
    }

    private final List<Commune> communes;
    private final Weighted<String> categories;
    private final List<String> withoutPhotos;
    private final long firstPhone;
    private final AtomicLong sent = new AtomicLong();

    IntakeRequests(List<String> communeRows, List<String> categories, List<String> withoutPhotos, long firstPhone) {
        this.communes = communeRows.stream().map(row -> row.split("\t"))
                .map(row -> new Commune(row[0], row[1], row[1].startsWith("Phường"))).toList();
        this.categories = Weighted.of(categories, FeedbackDataGenerator::share);
        this.withoutPhotos = List.copyOf(withoutPhotos);
        this.firstPhone = firstPhone;
        if (communes.isEmpty() || this.categories.isEmpty()) {
            throw new IllegalStateException("No communes or no categories in the database");
        }
    }

    /** Reads the active communes and categories, and which of them do not require a photo. */
    static IntakeRequests from(Connection db, long firstPhone) throws SQLException {
        List<String> communes = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<String> withoutPhotos = new ArrayList<>();
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery(
                    "select code, name from organization_unit where type = 'COMMUNE' and active order by code")) {
                while (rs.next()) {
                    communes.add(rs.getString(1) + "\t" + rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "select code, photos_required from feedback_category where active order by sort_order")) {
                while (rs.next()) {
                    categories.add(rs.getString(1));
                    if (!rs.getBoolean(2)) {
                        withoutPhotos.add(rs.getString(1));
                    }
                }
            }
        }
        return new IntakeRequests(communes, categories, withoutPhotos, firstPhone);
    }

    /** A new body; each call gives another phone number. */
    String next(SplittableRandom random) {
        Commune commune = communes.get(random.nextInt(communes.size()));
        String category = categories.pick(random);
        FeedbackTexts.Text text = FeedbackTexts.text(category, commune.name(), commune.ward(), random);
        long phone = (firstPhone + sent.getAndIncrement()) % 100_000_000L;
        StringBuilder json = new StringBuilder(1024).append('{');
        member(json, "text", text.sent()).append(',');
        if (withoutPhotos.contains(category)) {
            member(json, "categoryCode", category).append(',');
        }
        member(json, "communeCode", commune.code()).append(',');
        member(json, "address", text.address()).append(',');
        if (random.nextInt(10) < 7) {
            json.append("\"latitude\":").append(21.0 + random.nextDouble() / 10).append(',');
            json.append("\"longitude\":").append(105.8 + random.nextDouble() / 10).append(',');
        }
        member(json, "senderName", VietNames.fullName(random)).append(',');
        member(json, "senderPhone", "09%08d".formatted(phone)).append(',');
        json.append("\"consentProcessing\":true,\"consentPublishing\":").append(random.nextBoolean()).append('}');
        return json.toString();
    }

    private static StringBuilder member(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u%04x".formatted((int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
