package vn.cityhall.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cityhall.organization.TestUnits.CITY;
import static vn.cityhall.organization.TestUnits.COMMUNE;
import static vn.cityhall.organization.TestUnits.COMMUNE_DIVISION;
import static vn.cityhall.organization.TestUnits.DEPARTMENT;
import static vn.cityhall.organization.TestUnits.DIVISION;
import static vn.cityhall.organization.TestUnits.INACTIVE_COMMUNE;
import static vn.cityhall.organization.TestUnits.INACTIVE_DIVISION;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitTreeTests {

    private final UnitTree tree = TestUnits.tree();

    @Test
    void subtreeListsTheUnitAndEverythingBelowDepthFirstInOrder() {
        assertThat(tree.subtree(CITY)).containsExactly(CITY, DEPARTMENT, DIVISION, INACTIVE_DIVISION, COMMUNE,
                COMMUNE_DIVISION, INACTIVE_COMMUNE);
        assertThat(tree.subtree(DIVISION)).containsExactly(DIVISION);
        assertThat(tree.subtree(UnitId.of(999))).isEmpty();
    }

    @Test
    void isWithinIncludesTheUnitItselfAndNothingOutside() {
        assertThat(tree.isWithin(DIVISION, DEPARTMENT)).isTrue();
        assertThat(tree.isWithin(DEPARTMENT, DEPARTMENT)).isTrue();
        assertThat(tree.isWithin(DEPARTMENT, DIVISION)).isFalse();
        assertThat(tree.isWithin(COMMUNE_DIVISION, DEPARTMENT)).isFalse();
        assertThat(tree.isWithin(UnitId.of(999), CITY)).isFalse();
    }

    @Test
    void ancestorsRunFromTheRootDown() {
        assertThat(tree.ancestors(COMMUNE_DIVISION)).extracting(UnitNode::id).containsExactly(CITY, COMMUNE);
        assertThat(tree.ancestors(CITY)).isEmpty();
        assertThat(tree.depth(DIVISION)).isEqualTo(2);
    }

    @Test
    void childrenAreSortedByOrderThenName() {
        assertThat(tree.children(CITY)).extracting(UnitNode::id).containsExactly(DEPARTMENT, COMMUNE, INACTIVE_COMMUNE);
        assertThat(tree.roots()).extracting(UnitNode::id).containsExactly(CITY);
    }

    @Test
    void aCycleInBrokenDataDoesNotHangTheTree() {
        UnitTree broken = new UnitTree(List.of(
                TestUnits.node(UnitId.of(1), UnitId.of(2), UnitType.DIVISION, true, "A"),
                TestUnits.node(UnitId.of(2), UnitId.of(1), UnitType.DIVISION, true, "B")));
        assertThat(broken.isWithin(UnitId.of(1), UnitId.of(3))).isFalse();
        assertThat(broken.ancestors(UnitId.of(1))).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void unknownUnitIsAClearError() {
        assertThatThrownBy(() -> tree.get(UnitId.of(999))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999");
    }

    @Test
    void unitTypesOnlyNestAsTheTwoLevelGovernmentAllows() {
        assertThat(UnitType.CITY.mayBeChildOf(null)).isTrue();
        assertThat(UnitType.DEPARTMENT.mayBeChildOf(UnitType.CITY)).isTrue();
        assertThat(UnitType.COMMUNE.mayBeChildOf(UnitType.CITY)).isTrue();
        assertThat(UnitType.COMMUNE.mayBeChildOf(UnitType.DEPARTMENT)).isFalse();
        assertThat(UnitType.DIVISION.mayBeChildOf(UnitType.COMMUNE)).isTrue();
        assertThat(UnitType.DIVISION.mayBeChildOf(UnitType.DIVISION)).isTrue();
        assertThat(UnitType.DIVISION.mayBeChildOf(null)).isFalse();
        assertThat(UnitType.CITY.mayBeChildOf(UnitType.CITY)).isFalse();
    }
}
