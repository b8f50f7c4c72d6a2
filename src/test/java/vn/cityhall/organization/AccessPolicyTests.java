package vn.cityhall.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cityhall.organization.TestUnits.CITY;
import static vn.cityhall.organization.TestUnits.COMMUNE;
import static vn.cityhall.organization.TestUnits.COMMUNE_DIVISION;
import static vn.cityhall.organization.TestUnits.DEPARTMENT;
import static vn.cityhall.organization.TestUnits.DIVISION;
import static vn.cityhall.organization.TestUnits.INACTIVE_COMMUNE;
import static vn.cityhall.organization.TestUnits.INACTIVE_DIVISION;
import static vn.cityhall.organization.TestUnits.staff;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessPolicyTests {

    private final AccessPolicy policy = new AccessPolicy(TestUnits::tree);

    @Nested
    class OrdinaryStaff {

        @ParameterizedTest
        @EnumSource(value = Role.class, names = { "CLERK", "OFFICER", "FEEDBACK_OPERATOR", "MEETING_SECRETARY", "REPORTER" })
        void seeAndActOnTheirOwnUnitOnly(Role role) {
            StaffUser officer = staff(DEPARTMENT, role);
            assertThat(policy.maySee(officer, DEPARTMENT)).isTrue();
            assertThat(policy.mayActOn(officer, DEPARTMENT)).isTrue();
            assertThat(policy.maySee(officer, DIVISION)).as("a division below is not theirs").isFalse();
            assertThat(policy.maySee(officer, CITY)).as("the parent is not theirs").isFalse();
            assertThat(policy.maySee(officer, COMMUNE)).as("a sibling is not theirs").isFalse();
            assertThat(policy.visibleUnits(officer)).containsExactly(DEPARTMENT);
        }

        @Test
        void divisionOfficerDoesNotSeeTheParentDepartment() {
            StaffUser officer = staff(DIVISION, Role.OFFICER);
            assertThat(policy.maySee(officer, DIVISION)).isTrue();
            assertThat(policy.maySee(officer, DEPARTMENT)).isFalse();
        }

        @Test
        void personWithoutRolesStillActsForTheirUnit() {
            assertThat(policy.mayActOn(staff(COMMUNE), COMMUNE)).isTrue();
            assertThat(policy.mayActOn(staff(COMMUNE), COMMUNE_DIVISION)).isFalse();
        }
    }

    @Nested
    class Leaders {

        @Test
        void departmentLeaderActsForTheWholeSubtree() {
            StaffUser director = staff(DEPARTMENT, Role.LEADER);
            assertThat(policy.mayActOn(director, DEPARTMENT)).isTrue();
            assertThat(policy.mayActOn(director, DIVISION)).isTrue();
            assertThat(policy.maySee(director, COMMUNE)).isFalse();
            assertThat(policy.maySee(director, CITY)).isFalse();
            assertThat(policy.visibleUnits(director)).containsExactlyInAnyOrder(DEPARTMENT, DIVISION, INACTIVE_DIVISION);
        }

        @Test
        void cityChairmanSeesEveryUnit() {
            StaffUser chairman = staff(CITY, Role.LEADER);
            assertThat(policy.visibleUnits(chairman)).hasSize(7);
            assertThat(policy.mayActOn(chairman, COMMUNE_DIVISION)).isTrue();
        }

        @Test
        void communeLeaderDoesNotReachAnotherCommune() {
            StaffUser communeLeader = staff(COMMUNE, Role.LEADER);
            assertThat(policy.maySee(communeLeader, COMMUNE_DIVISION)).isTrue();
            assertThat(policy.maySee(communeLeader, INACTIVE_COMMUNE)).isFalse();
            assertThat(policy.maySee(communeLeader, DIVISION)).isFalse();
        }
    }

    @Nested
    class InactiveUnitsAndPeople {

        @Test
        void itemsOfAnInactiveUnitStayVisibleButNobodyActsOnThem() {
            StaffUser director = staff(DEPARTMENT, Role.LEADER);
            assertThat(policy.maySee(director, INACTIVE_DIVISION)).isTrue();
            assertThat(policy.mayActOn(director, INACTIVE_DIVISION)).isFalse();
        }

        @Test
        void personOfAnInactiveUnitSeesHistoryButActsOnNothing() {
            StaffUser leftBehind = staff(INACTIVE_COMMUNE, Role.LEADER);
            assertThat(policy.maySee(leftBehind, INACTIVE_COMMUNE)).isTrue();
            assertThat(policy.mayActOn(leftBehind, INACTIVE_COMMUNE)).isFalse();
        }

        @Test
        void inactivePersonSeesNothing() {
            StaffUser gone = staff(CITY, false, Role.LEADER);
            assertThat(policy.maySee(gone, CITY)).isFalse();
            assertThat(policy.mayActOn(gone, COMMUNE)).isFalse();
            assertThat(policy.visibleUnits(gone)).isEmpty();
        }
    }

    @Nested
    class Administrators {

        @Test
        void administerEveryUnitButSeeBusinessDataOnlyForTheirOwnUnit() {
            StaffUser admin = staff(DEPARTMENT, Role.SYSTEM_ADMIN);
            assertThat(policy.mayAdminister(admin, COMMUNE)).isTrue();
            assertThat(policy.mayAdminister(admin, INACTIVE_COMMUNE)).isTrue();
            assertThat(policy.maySee(admin, COMMUNE)).isFalse();
            assertThat(policy.maySee(admin, DEPARTMENT)).isTrue();
        }

        @Test
        void nonAdministratorsAdministerNothing() {
            assertThat(policy.mayAdminister(staff(CITY, Role.LEADER), COMMUNE)).isFalse();
            assertThat(policy.mayAdminister(staff(CITY, false, Role.SYSTEM_ADMIN), COMMUNE)).isFalse();
        }
    }

    @Nested
    class UnknownInput {

        @Test
        void unknownUnitsAndMissingArgumentsAreRefused() {
            StaffUser chairman = staff(CITY, Role.LEADER);
            assertThat(policy.maySee(chairman, UnitId.of(999))).isFalse();
            assertThat(policy.mayActOn(chairman, null)).isFalse();
            assertThat(policy.maySee(null, CITY)).isFalse();
            assertThat(policy.visibleUnits(null)).isEmpty();
            assertThat(policy.mayAdminister(staff(CITY, Role.SYSTEM_ADMIN), UnitId.of(999))).isFalse();
        }

        @Test
        void personWhoseUnitWasRemovedFromTheTreeSeesNothing() {
            StaffUser orphan = staff(UnitId.of(42), Role.LEADER);
            assertThat(policy.maySee(orphan, UnitId.of(42))).isFalse();
            assertThat(policy.visibleUnits(orphan)).isEmpty();
        }
    }
}
