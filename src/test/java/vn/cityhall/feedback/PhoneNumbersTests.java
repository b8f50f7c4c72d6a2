package vn.cityhall.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTests {

    @Test
    void numbersAreStoredInOneFormWhateverTheWayTheyAreTyped() {
        for (String typed : new String[] {"0912345678", "0912 345 678", "0912.345.678", "091-234-5678", "+84 912 345 678",
            "84912345678", " (+84) 912.345.678 "}) {
            assertThat(PhoneNumbers.normalize(typed)).as(typed).contains("0912345678");
        }
        assertThat(PhoneNumbers.normalize("024 3825 3536")).as("Hanoi landline").contains("02438253536");
    }

    @Test
    void whatIsNotAVietnamesePhoneNumberIsRefused() {
        for (String typed : new String[] {null, "", "12345", "0112345678", "09123456789", "091234567", "+1 202 555 0100",
            "0912abc678", "04 3825 3536"}) {
            assertThat(PhoneNumbers.normalize(typed)).as(String.valueOf(typed)).isEmpty();
        }
    }
}
