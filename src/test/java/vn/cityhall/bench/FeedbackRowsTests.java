package vn.cityhall.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import vn.cityhall.shared.Texts;

class FeedbackRowsTests {

    private static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");

    private final Org org = org();
    private final List<FeedbackRows.Category> categories = List.of(
            new FeedbackRows.Category(1, "HA_TANG", false, null, "KTHTDT", 50),
            new FeedbackRows.Category(7, "Y_TE", true, "01.SYT", null, 50));

    @Test
    void plansStatusesInTheirSharesAndIdsInTheOrderOfReceipt() {
        long[] plan = rows(false).plan(100_000);

        assertThat(plan).isSorted();
        Map<String, Integer> counted = new HashMap<>();
        for (long key : plan) {
            String status = FeedbackRows.STATUSES.get((int) (key & 7));
            counted.merge(status, 1, Integer::sum);
            long age = NOW.getEpochSecond() - (key >> 3);
            assertThat(age).isPositive().isLessThanOrEqualTo(Duration.ofDays(730).getSeconds());
            if (status.equals("RECEIVED")) {
                assertThat(age).isLessThanOrEqualTo(Duration.ofDays(7).getSeconds() + 60);
            }
        }
        assertThat(counted.get("RECEIVED")).isBetween(1_700, 2_300);
        assertThat(counted.get("ASSIGNED")).isBetween(9_500, 10_500);
        assertThat(counted.get("ANSWERED") + counted.get("CLOSED")).isBetween(69_000, 71_000);
    }

    @Test
    void writesItemsAsCityHallStoresThem() {
        FeedbackRows rows = rows(false);
        long[] plan = rows.plan(5_000);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plan.length; i++) {
            rows.append(i + 1, plan[i], out);
        }
        List<String[]> lines = Arrays.stream(out.toString().split("\n")).map(line -> line.split("\t", -1)).toList();
        String[] columns = rows.columns().split(", ");
        assertThat(lines).hasSize(5_000).allSatisfy(line -> assertThat(line).hasSize(columns.length));

        int answered = 0;
        for (String[] line : lines) {
            Map<String, String> item = new HashMap<>();
            for (int c = 0; c < columns.length; c++) {
                item.put(columns[c], line[c].equals("\\N") ? null : line[c]);
            }
            assertThat(item.get("code")).matches("PA-20\\d\\d-\\d{6}").endsWith("%06d".formatted(
                    Long.parseLong(item.get("id"))));
            assertThat(item.get("access_token")).matches("[0-9a-f]{64}");
            assertThat(item.get("sender_phone")).matches("0[35789]\\d{8}");
            assertThat(item.get("search_text"))
                    .isEqualTo(Texts.searchKey(item.get("code") + " " + item.get("text") + " " + item.get("address")));
            String status = item.get("status");
            if (List.of("ASSIGNED", "ANSWERED", "CLOSED").contains(status)) {
                String expected = item.get("category_id").equals("7") ? "30" : item.get("commune_id").equals("10") ? "11"
                        : item.get("commune_id");
                assertThat(item.get("handling_unit_id")).as("routed as CityHall suggests").isEqualTo(expected);
                assertThat(item.get("level")).isIn("NORMAL", "COMPLEX", "URGENT");
                assertThat(Instant.parse(item.get("due_at"))).isAfter(Instant.parse(item.get("assigned_at")));
            } else {
                assertThat(item.get("handling_unit_id")).isNull();
            }
            if (!status.equals("ASSIGNED") && item.get("answered_at") != null) {
                answered++;
                boolean onTime = !Instant.parse(item.get("answered_at")).isAfter(Instant.parse(item.get("due_at")));
                assertThat(item.get("on_time")).isEqualTo(Boolean.toString(onTime));
                assertThat(Instant.parse(item.get("answered_at"))).isBefore(NOW);
            }
            if (status.equals("CLOSED")) {
                assertThat(Integer.parseInt(item.get("rating"))).isBetween(1, 5);
                assertThat(item.get("closed_at")).isEqualTo(item.get("rated_at"));
            }
            if (status.equals("DUPLICATE")) {
                assertThat(Long.parseLong(item.get("duplicate_of"))).isLessThan(Long.parseLong(item.get("id")));
            }
            if (item.get("published_at") != null) {
                assertThat(item.get("consent_publishing")).isEqualTo("true");
                assertThat(item.get("published_text")).doesNotContainPattern("số \\d+");
            }
        }
        assertThat(answered).isGreaterThan(3_000);
        assertThat(rows.coordinators()).isNotEmpty().allSatisfy(pair -> assertThat(pair[1]).isIn(10L, 20L, 40L));
    }

    @Test
    void fillsThePublishedSearchKeyWhenTheSchemaHasIt() {
        FeedbackRows rows = rows(true);
        long[] plan = rows.plan(2_000);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plan.length; i++) {
            rows.append(i + 1, plan[i], out);
        }
        String[] columns = rows.columns().split(", ");
        assertThat(columns[columns.length - 1]).isEqualTo("published_search");
        long published = Arrays.stream(out.toString().split("\n")).map(line -> line.split("\t", -1))
                .filter(line -> !line[columns.length - 1].equals("\\N")).count();
        assertThat(published).isGreaterThan(100);
    }

    @Test
    void sameSeedSameData() {
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        FeedbackRows one = rows(false);
        FeedbackRows two = rows(false);
        long[] planOne = one.plan(500);
        long[] planTwo = two.plan(500);
        for (int i = 0; i < 500; i++) {
            one.append(i + 1, planOne[i], first);
            two.append(i + 1, planTwo[i], second);
        }
        assertThat(first.toString()).isEqualTo(second.toString());
    }

    private FeedbackRows rows(boolean publishedSearch) {
        return new FeedbackRows(org, categories, List.of(99L), publishedSearch, NOW, new SplittableRandom(7));
    }

    /** A city with a ward (and its division for infrastructure), a rural commune and two departments. */
    private static Org org() {
        Org org = new Org();
        add(org, new Org.Unit(1, "01", "CITY", null, "Thành phố Hà Nội"));
        add(org, new Org.Unit(10, "00070", "COMMUNE", 1L, "Phường Hoàn Kiếm"));
        add(org, new Org.Unit(11, "00070.KTHTDT", "DIVISION", 10L, "Phòng Kinh tế, Hạ tầng và Đô thị"));
        add(org, new Org.Unit(20, "09999", "COMMUNE", 1L, "Xã Sóc Sơn"));
        add(org, new Org.Unit(30, "01.SYT", "DEPARTMENT", 1L, "Sở Y tế"));
        add(org, new Org.Unit(40, "01.SXD", "DEPARTMENT", 1L, "Sở Xây dựng"));
        org.units.values().forEach(unit -> {
            if (unit.parentId != null) {
                org.units.get(unit.parentId).children.add(unit);
            }
        });
        org.units.get(10L).people.add(new Org.Person(5, "chutich.hoankiem", 10, "CHU_TICH", true, false));
        return org;
    }

    private static void add(Org org, Org.Unit unit) {
        org.units.put(unit.id, unit);
        org.byCode.put(unit.code, unit);
    }
}
