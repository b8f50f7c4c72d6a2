package vn.cityhall.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationFormatsTests {

    @Test
    void unitCodesAreLettersDigitsDotsAndDashes() {
        assertThat(OrganizationFormats.isUnitCode("01.SXD.HTKT")).isTrue();
        assertThat(OrganizationFormats.isUnitCode("00070")).isTrue();
        assertThat(OrganizationFormats.isUnitCode("A-1.b")).isTrue();
        assertThat(OrganizationFormats.isUnitCode("01 SXD")).isFalse();
        assertThat(OrganizationFormats.isUnitCode("SỞ")).isFalse();
        assertThat(OrganizationFormats.isUnitCode(".01")).isFalse();
        assertThat(OrganizationFormats.isUnitCode("X".repeat(41))).isFalse();
    }

    @Test
    void loginNamesAreLowerCaseAsciiOfThreeToSixtyFourCharacters() {
        assertThat(OrganizationFormats.isUsername("giamdoc.sxd")).isTrue();
        assertThat(OrganizationFormats.isUsername("an_nv-2")).isTrue();
        assertThat(OrganizationFormats.isUsername("ab")).isFalse();
        assertThat(OrganizationFormats.isUsername("An")).isFalse();
        assertThat(OrganizationFormats.isUsername("trường")).isFalse();
        assertThat(OrganizationFormats.isUsername("ends.")).isFalse();
    }

    @Test
    void phoneNumbersAreVietnameseMobilesOrLandlines() {
        assertThat(OrganizationFormats.isPhone(OrganizationFormats.normalizePhone("091 234.5678"))).isTrue();
        assertThat(OrganizationFormats.isPhone(OrganizationFormats.normalizePhone("(024) 3825-1234"))).isTrue();
        assertThat(OrganizationFormats.isPhone("+84912345678")).isTrue();
        assertThat(OrganizationFormats.isPhone("912345678")).isFalse();
        assertThat(OrganizationFormats.isPhone("+8491234567")).isFalse();
        assertThat(OrganizationFormats.isPhone("09123456789")).isFalse();
        assertThat(OrganizationFormats.isPhone("+842438251234")).isTrue();
        assertThat(OrganizationFormats.isPhone("024382512345")).isFalse();
    }

    @Test
    void emailAddressesNeedADomainWithATopLevel() {
        assertThat(OrganizationFormats.isEmail("ten@hanoi.gov.vn")).isTrue();
        assertThat(OrganizationFormats.isEmail("ten@localhost")).isFalse();
        assertThat(OrganizationFormats.isEmail("ten hanoi@gov.vn")).isFalse();
    }
}
