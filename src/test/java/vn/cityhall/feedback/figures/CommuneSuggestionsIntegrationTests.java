package vn.cityhall.feedback.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitNode;

/** The commune a pin suggests, in places of the map no other test uses. */
@SpringBootTest
@DatabaseTest
class CommuneSuggestionsIntegrationTests {

    @Autowired
    CommuneSuggestions suggestions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationDirectory directory;

    @Test
    void theCommuneMostCommonAmongTheNearestScreenedItemsWins() {
        FeedbackRows rows = new FeedbackRows(jdbc);
        long hoanKiem = unit("00070");
        long baDinh = unit("00004");
        long haiBaTrung = unit("00256");
        Instant at = Instant.parse("2025-01-10T02:00:00Z");
        // Around (21.300, 105.300): three screened items of Ba Đình, two of Hoàn Kiếm nearer, and an
        // unscreened one of Hai Bà Trưng right on the pin, which does not count.
        rows.item("ASSIGNED", at).commune(baDinh).at(21.3040, 105.3000).insert();
        rows.item("ANSWERED", at).commune(baDinh).at(21.3000, 105.3050).insert();
        rows.item("CLOSED", at).commune(baDinh).at(21.2960, 105.2990).insert();
        rows.item("ACCEPTED", at).commune(hoanKiem).at(21.3005, 105.3000).insert();
        rows.item("ASSIGNED", at).commune(hoanKiem).at(21.3000, 105.3006).insert();
        rows.item("RECEIVED", at).commune(haiBaTrung).at(21.3000, 105.3000).insert();
        rows.item("RECEIVED", at).commune(haiBaTrung).at(21.3001, 105.3001).insert();
        rows.item("RECEIVED", at).commune(haiBaTrung).at(21.3001, 105.3000).insert();
        // Beyond 1.5 km: ignored.
        rows.item("ASSIGNED", at).commune(haiBaTrung).at(21.3200, 105.3000).insert();
        rows.item("ASSIGNED", at).commune(haiBaTrung).at(21.3200, 105.3001).insert();
        rows.item("ASSIGNED", at).commune(haiBaTrung).at(21.3200, 105.3002).insert();

        assertThat(suggestions.near(21.3000, 105.3000)).map(UnitNode::code).hasValue("00004");
        // Further south one of Ba Đình's items is out of reach: two against two, the nearest item decides.
        assertThat(suggestions.near(21.2900, 105.3010)).map(UnitNode::code).hasValue("00004");
        // Two kilometres west, only a Hoàn Kiếm item is within reach.
        rows.item("ANSWERED", at).commune(hoanKiem).at(21.3000, 105.2830).insert();
        assertThat(suggestions.near(21.3000, 105.2820)).map(UnitNode::code).hasValue("00070");
        assertThat(suggestions.near(21.3000, 105.3000)).map(UnitNode::code).hasValue("00004");
    }

    @Test
    void withoutItemsNearbyTheNearestCommuneCentreWithin10KmOrNothing() {
        long haiBaTrung = unit("00256");
        jdbc.update("delete from feedback_commune_centre where commune_id = ?", haiBaTrung);
        assertThat(suggestions.near(20.6000, 105.6000)).isEmpty();
        jdbc.update("insert into feedback_commune_centre (commune_id, latitude, longitude) values (?, ?, ?)",
                haiBaTrung, 20.6300, 105.6000);
        assertThat(suggestions.near(20.6000, 105.6000)).map(UnitNode::code).hasValue("00256");
        assertThat(suggestions.near(20.4000, 105.6000)).as("22 km away").isEmpty();
        jdbc.update("delete from feedback_commune_centre where commune_id = ?", haiBaTrung);
    }

    @Test
    void distancesAreMetresOnTheGround() {
        assertThat(CommuneSuggestions.metres(21.0, 105.8, 21.01, 105.8)).isBetween(1110.0, 1114.0);
        assertThat(CommuneSuggestions.metres(21.0, 105.8, 21.0, 105.81)).isBetween(1035.0, 1042.0);
    }

    private long unit(String code) {
        return directory.unitByCode(code).orElseThrow().id().value();
    }
}
