package vn.cityhall.zalo.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZaloPhonesTests {

    @Test
    void writesVietnamesePhonesAs84() {
        assertThat(ZaloPhones.normalize("0912 345 678")).hasValue("84912345678");
        assertThat(ZaloPhones.normalize("+84 912.345.678")).hasValue("84912345678");
        assertThat(ZaloPhones.normalize("84912345678")).hasValue("84912345678");
        assertThat(ZaloPhones.normalize("024-3825-3536")).hasValue("842438253536");
    }

    @Test
    void refusesWhatIsNotAPhone() {
        assertThat(ZaloPhones.normalize(null)).isEmpty();
        assertThat(ZaloPhones.normalize("12345")).isEmpty();
        assertThat(ZaloPhones.normalize("09123abc78")).isEmpty();
    }
}
