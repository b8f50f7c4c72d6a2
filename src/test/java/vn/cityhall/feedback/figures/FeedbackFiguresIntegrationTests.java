package vn.cityhall.feedback.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.organization.OrganizationDirectory;

/** The figures on a small known data set, in months no other test writes to (2019). */
@SpringBootTest
@DatabaseTest
class FeedbackFiguresIntegrationTests {

    @Autowired
    FeedbackFigures figures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    FeedbackCategories categories;

    long hoanKiem;
    long baDinh;
    long traffic;
    long environment;

    @BeforeEach
    void data() {
        hoanKiem = directory.unitByCode("00070").orElseThrow().id().value();
        baDinh = directory.unitByCode("00004").orElseThrow().id().value();
        traffic = category("GIAO_THONG");
        environment = category("MOI_TRUONG");
        jdbc.update("delete from feedback_item where received_at >= ? and received_at < ?",
                FeedbackFigures.utc(Instant.parse("2018-12-01T00:00:00Z")), FeedbackFigures.utc(Instant.parse("2020-01-01T00:00:00Z")));
        FeedbackRows rows = new FeedbackRows(jdbc);
        // March 2019 (Hanoi time): 16:59 UTC on 31 March is 23:59 in Hanoi, still March.
        rows.item("ANSWERED", Instant.parse("2019-03-05T02:00:00Z")).commune(hoanKiem).category(traffic).handledBy(hoanKiem)
                .answered(Instant.parse("2019-03-08T02:00:00Z"), true).rated(5).insert();
        rows.item("CLOSED", Instant.parse("2019-03-31T16:59:00Z")).commune(hoanKiem).category(traffic).handledBy(hoanKiem)
                .answered(Instant.parse("2019-04-20T02:00:00Z"), false).rated(2).insert();
        rows.item("ASSIGNED", Instant.parse("2019-03-10T02:00:00Z")).commune(baDinh).category(environment).handledBy(baDinh)
                .insert();
        rows.item("REJECTED", Instant.parse("2019-03-11T02:00:00Z")).commune(baDinh).insert();
        // April 2019 in Hanoi although still 31 March in UTC (17:30 UTC is 00:30 on 1 April).
        rows.item("RECEIVED", Instant.parse("2019-03-31T17:30:00Z")).insert();
        rows.item("DUPLICATE", Instant.parse("2019-04-02T02:00:00Z")).commune(hoanKiem).category(traffic).insert();
        rows.item("ANSWERED", Instant.parse("2019-04-03T02:00:00Z")).commune(baDinh).category(environment).handledBy(baDinh)
                .answered(Instant.parse("2019-04-05T02:00:00Z"), true).rated(4).insert();
        // Outside the period.
        rows.item("ANSWERED", Instant.parse("2019-02-28T16:00:00Z")).commune(hoanKiem).answered(Instant.parse("2019-03-01T02:00:00Z"), true)
                .insert();
    }

    @Test
    void countsEachStatusGroupOnTimeAnswersAndRatingsByMonthCommuneAndCategory() {
        Figures counted = figures.compute(new FigureFilter(YearMonth.of(2019, 3), YearMonth.of(2019, 4), null, null, null));

        Tally total = counted.total();
        assertThat(total.received()).isEqualTo(7);
        assertThat(total.inProgress()).isEqualTo(2);
        assertThat(total.answered()).isEqualTo(3);
        assertThat(total.notAccepted()).isEqualTo(2);
        assertThat(total.onTime()).isEqualTo(2);
        assertThat(total.late()).isEqualTo(1);
        assertThat(total.onTimeRate()).isCloseTo(66.67, within(0.01));
        assertThat(total.averageRating()).isCloseTo(11 / 3.0, within(0.001));

        assertThat(counted.months()).extracting(Figures.Month::label).containsExactly("3/2019", "4/2019");
        assertThat(counted.month(YearMonth.of(2019, 3)).received()).isEqualTo(4);
        assertThat(counted.month(YearMonth.of(2019, 4)).received()).isEqualTo(3);
        assertThat(counted.month(YearMonth.of(2019, 4)).inProgress()).isEqualTo(1);

        assertThat(counted.communes()).extracting(Breakdown::name).containsExactly("Phường Ba Đình", "Phường Hoàn Kiếm", null);
        assertThat(counted.communes().get(0).tally().received()).isEqualTo(3);
        assertThat(counted.communes().get(1).tally().answered()).isEqualTo(2);
        assertThat(counted.communes().get(1).tally().notAccepted()).isEqualTo(1);
        assertThat(counted.categories()).extracting(Breakdown::nameEn).containsExactly("Traffic", "Environment and sanitation", null);
        assertThat(counted.categories().get(0).tally().onTimeRate()).isEqualTo(50.0);
    }

    @Test
    void filtersByCategoryCommuneAndHandlingUnits() {
        YearMonth march = YearMonth.of(2019, 3);
        YearMonth april = YearMonth.of(2019, 4);
        assertThat(figures.compute(new FigureFilter(march, april, traffic, null, null)).total().received()).isEqualTo(3);
        assertThat(figures.compute(new FigureFilter(march, april, null, baDinh, null)).total().received()).isEqualTo(3);
        Figures handled = figures.compute(new FigureFilter(march, april, null, null, Set.of(hoanKiem)));
        assertThat(handled.total().received()).isEqualTo(2);
        assertThat(handled.total().averageRating()).isEqualTo(3.5);
        Figures nothing = figures.compute(new FigureFilter(march, april, null, null, Set.of()));
        assertThat(nothing.total()).isEqualTo(Tally.ZERO);
        assertThat(nothing.months()).hasSize(2);
    }

    @Test
    void aPeriodIsAtMostThirtySixMonthsAndItsEndsMayComeInAnyOrder() {
        FigureFilter filter = new FigureFilter(YearMonth.of(2019, 4), YearMonth.of(2015, 1), null, null, null);
        assertThat(filter.from()).isEqualTo(YearMonth.of(2016, 5));
        assertThat(filter.to()).isEqualTo(YearMonth.of(2019, 4));
        assertThat(filter.months()).hasSize(36);
    }

    private long category(String code) {
        return categories.findAll().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }
}
