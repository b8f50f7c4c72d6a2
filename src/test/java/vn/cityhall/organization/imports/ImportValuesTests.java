package vn.cityhall.organization.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;

class ImportValuesTests {

    @Test
    void readsIsoAndVietnameseDatesOnly() {
        assertThat(ImportValues.date("2025-07-01")).contains(LocalDate.of(2025, 7, 1));
        assertThat(ImportValues.date("1/7/2025")).contains(LocalDate.of(2025, 7, 1));
        assertThat(ImportValues.date("31/02/2025")).isEmpty();
        assertThat(ImportValues.date("07/01/25")).isEmpty();
    }

    @Test
    void readsPositionsByCodeOrVietnameseName() {
        assertThat(ImportValues.constant(Position.class, "CHUYEN_VIEN")).contains(Position.CHUYEN_VIEN);
        assertThat(ImportValues.constant(Position.class, "Phó Chủ tịch")).contains(Position.PHO_CHU_TICH);
        assertThat(ImportValues.constant(Role.class, "leader")).contains(Role.LEADER);
        assertThat(ImportValues.constant(Role.class, "KING")).isEmpty();
    }

    @Test
    void readsFlagsAndOrders() {
        assertThat(ImportValues.flag("Có")).contains(true);
        assertThat(ImportValues.flag("FALSE")).contains(false);
        assertThat(ImportValues.flag("maybe")).isEmpty();
        assertThat(ImportValues.order("12")).contains(12);
        assertThat(ImportValues.order("-1")).isEmpty();
    }
}
