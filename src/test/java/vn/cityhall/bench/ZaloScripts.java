package vn.cityhall.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What a citizen writes to the OA to send a feedback item, as the conversation asks for it
 * ({@code ZaloConversationTests}): follow, "1" from the menu, a map pin three times in ten, the description, the
 * category's number in the list the OA shows (0, "not sure", for a category that needs a photo, as no photo is
 * sent), the name and phone typed (in the usual ways) or, one time in five, shared through Zalo's form, yes or no to publishing, and
 * the confirmation. The texts are those of the generated items ({@link FeedbackTexts}, {@link VietNames}).
 */
final class ZaloScripts {

    /** What one message of the script is. */
    enum Kind { FOLLOW, TEXT, LOCATION, SHARE_INFO, CONFIRM }

    /**
     * One message: a text (also the place name of a location, the name shared), the phone shared, a location's
     * coordinates.
     */
    record Step(Kind kind, String text, String phone, double latitude, double longitude) {

        static Step text(String text) {
            return new Step(Kind.TEXT, text, null, 0, 0);
        }
    }

    /** An active category, in the order the OA lists them. */
    record Category(String code, boolean photosRequired) {
    }

    /** A commune or ward, for the address in the description. */
    record Commune(String name, boolean ward) {
    }

    private static final List<String> YES = List.of("1", "1", "Có", "Đồng ý");
    private static final List<String> NO = List.of("2", "2", "Không");
    private static final List<String> CONFIRM = List.of("1", "1", "1", "Xác nhận");

    private final List<Category> categories;
    private final Weighted<Category> byShare;
    private final List<Commune> communes;

    ZaloScripts(List<Category> categories, List<Commune> communes) {
        this.categories = List.copyOf(categories);
        this.byShare = Weighted.of(this.categories, category -> FeedbackDataGenerator.share(category.code()));
        this.communes = List.copyOf(communes);
        if (this.categories.isEmpty() || this.communes.isEmpty()) {
            throw new IllegalStateException("No active categories or no communes in the database");
        }
    }

    /**
     * The active categories as the conversation lists them (by sort order) and the active communes. When two
     * categories share a sort order the list's order is not certain, so every citizen then answers 0.
     */
    static ZaloScripts from(Connection db) throws SQLException {
        List<Category> categories = new ArrayList<>();
        List<Commune> communes = new ArrayList<>();
        Set<Integer> orders = new HashSet<>();
        boolean ambiguous = false;
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("select code, photos_required, sort_order from feedback_category"
                    + " where active order by sort_order, id")) {
                while (rs.next()) {
                    categories.add(new Category(rs.getString(1), rs.getBoolean(2)));
                    ambiguous |= !orders.add(rs.getInt(3));
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "select name from organization_unit where type = 'COMMUNE' and active order by code")) {
                while (rs.next()) {
                    communes.add(new Commune(rs.getString(1), rs.getString(1).startsWith("Phường")));
                }
            }
        }
        if (ambiguous) {
            System.err.println("Zalo: categories share a sort order; every citizen answers 0 (not sure)");
            categories = categories.stream().map(category -> new Category(category.code(), true)).toList();
        }
        return new ZaloScripts(categories, communes);
    }

    /** A citizen's whole conversation, with the phone number {@code 09} followed by the 8 digits given. */
    List<Step> script(SplittableRandom random, long phoneDigits) {
        Commune commune = communes.get(random.nextInt(communes.size()));
        Category category = byShare.pick(random);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Kind.FOLLOW, null, null, 0, 0));
        steps.add(Step.text("1"));
        if (random.nextInt(10) < 3) {
            steps.add(new Step(Kind.LOCATION, "Ngã tư " + FeedbackTexts.pick(FeedbackTexts.STREETS, random), null,
                    21.0 + random.nextDouble() / 12, 105.78 + random.nextDouble() / 10));
        }
        steps.add(Step.text(FeedbackTexts.text(category.code(), commune.name(), commune.ward(), random).sent()));
        steps.add(Step.text(category.photosRequired() ? "0" : Integer.toString(categories.indexOf(category) + 1)));
        String name = VietNames.fullName(random);
        String phone = "09%08d".formatted(phoneDigits % 100_000_000L);
        if (random.nextInt(5) == 0) {
            steps.add(new Step(Kind.SHARE_INFO, name, "84" + phone.substring(1), 0, 0));
        } else {
            steps.add(Step.text(name));
            steps.add(Step.text(typed(phone, random)));
        }
        steps.add(Step.text(FeedbackTexts.pick(random.nextInt(5) < 3 ? YES : NO, random)));
        steps.add(new Step(Kind.CONFIRM, FeedbackTexts.pick(CONFIRM, random), null, 0, 0));
        return steps;
    }

    /** A mobile number as people type it: as one number, in groups, or international. */
    static String typed(String phone, SplittableRandom random) {
        int way = random.nextInt(10);
        if (way < 6) {
            return phone;
        }
        String groups = phone.substring(1, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);
        return way < 9 ? "0" + groups : "+84 " + groups.replace(' ', '.');
    }
}
