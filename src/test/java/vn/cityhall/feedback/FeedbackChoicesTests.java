package vn.cityhall.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitTree;
import vn.cityhall.organization.UnitType;

class FeedbackChoicesTests {

    private final OrganizationDirectory directory = mock(OrganizationDirectory.class);
    private final FeedbackChoices choices = new FeedbackChoices(mock(FeedbackCategories.class), directory);

    @Test
    void communesAreInVietnameseOrderWithTheChosenOneSelected() {
        when(directory.units()).thenReturn(tree("Phường Bồ Đề"));

        List<FeedbackChoice> communes = choices.communes("4");

        assertThat(communes).extracting(FeedbackChoice::label)
                .containsExactly("Phường Ba Đình", "Phường Bồ Đề", "Phường Ô Chợ Dừa", "Xã Ba Vì");
        assertThat(communes).filteredOn(FeedbackChoice::selected).extracting(FeedbackChoice::label)
                .containsExactly("Phường Ô Chợ Dừa");
        assertThat(choices.handlingUnits(null)).extracting(FeedbackChoice::label).containsExactly("Sở Xây dựng",
                "Phường Ba Đình", "— Phòng Kinh tế, Hạ tầng và Đô thị phường Ba Đình", "Phường Bồ Đề",
                "Phường Ô Chợ Dừa", "Xã Ba Vì");
    }

    @Test
    void listsAreSortedOncePerTreeAndAgainWhenTheTreeChanges() {
        when(directory.units()).thenReturn(tree("Phường Bồ Đề"));
        List<FeedbackChoice> first = choices.communes(null);

        assertThat(choices.communes("4")).element(0).as("sorted once").isSameAs(first.get(0));

        when(directory.units()).thenReturn(tree("Phường An Khánh"));
        assertThat(choices.communes(null)).extracting(FeedbackChoice::label)
                .containsExactly("Phường An Khánh", "Phường Ba Đình", "Phường Ô Chợ Dừa", "Xã Ba Vì");
    }

    /** A city with a department, four communes (one named as given) and an inactive one, and a ward's division. */
    private static UnitTree tree(String thirdName) {
        return new UnitTree(List.of(unit(1, null, "Thành phố Hà Nội", UnitType.CITY, true),
                unit(2, 1L, "Phường Ba Đình", UnitType.COMMUNE, true),
                unit(3, 1L, thirdName, UnitType.COMMUNE, true),
                unit(4, 1L, "Phường Ô Chợ Dừa", UnitType.COMMUNE, true),
                unit(5, 1L, "Xã Ba Vì", UnitType.COMMUNE, true),
                unit(6, 1L, "Phường Cũ", UnitType.COMMUNE, false),
                unit(7, 1L, "Sở Xây dựng", UnitType.DEPARTMENT, true),
                unit(8, 2L, "Phòng Kinh tế, Hạ tầng và Đô thị", UnitType.DIVISION, true)));
    }

    private static UnitNode unit(long id, Long parent, String name, UnitType type, boolean active) {
        String fullName = type == UnitType.DIVISION ? name + " phường Ba Đình" : name;
        return new UnitNode(UnitId.of(id), parent == null ? null : UnitId.of(parent), "U" + id, name, fullName, name,
                type, active, null, null, 0);
    }
}
