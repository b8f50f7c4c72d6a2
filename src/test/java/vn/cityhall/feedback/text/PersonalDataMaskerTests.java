package vn.cityhall.feedback.text;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cityhall.feedback.text.PersonalDataMasker.ADDRESS;
import static vn.cityhall.feedback.text.PersonalDataMasker.EMAIL;
import static vn.cityhall.feedback.text.PersonalDataMasker.ID_NUMBER;
import static vn.cityhall.feedback.text.PersonalDataMasker.PHONE;
import static vn.cityhall.feedback.text.PersonalDataMasker.PLATE;
import static vn.cityhall.feedback.text.PersonalDataMasker.mask;

import java.text.Normalizer;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Readable examples of what the public sees of a citizen's feedback. */
class PersonalDataMaskerTests {

    private static final MaskingContext AN = new MaskingContext("Nguyễn Văn An", "0912 345 678",
            "an.nguyen@gmail.com", "số 12 ngõ 34 phố Hàng Bông, phường Hoàn Kiếm", "phường Hoàn Kiếm");

    private static String maskNone(String text) {
        return mask(text, MaskingContext.none());
    }

    @Test
    void masksATypicalFeedbackForPublication() {
        String text = """
                Tôi là Nguyễn Văn An, nhà ở số 12 ngõ 34 phố Hàng Bông, phường Hoàn Kiếm. Từ tuần trước ông \
                Trần Văn Bình hàng xóm đổ phế thải xây dựng ra đầu ngõ, xe tải 29C-123.45 chở đến ban đêm. \
                Liên hệ tôi: 0912.345.678 hoặc an.nguyen@gmail.com.""";

        assertThat(mask(text, AN)).isEqualTo("""
                Tôi là N.V.A., nhà ở phường Hoàn Kiếm. Từ tuần trước ông \
                T.V.B. hàng xóm đổ phế thải xây dựng ra đầu ngõ, xe tải [biển số xe] chở đến ban đêm. \
                Liên hệ tôi: [số điện thoại] hoặc [email].""");
    }

    @Nested
    class KnownValues {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Nguyễn Văn An", "nguyen van an", "NGUYỄN VĂN AN", "Nguyễn  Văn   An", "NguyễnVănAn",
                "nguyễn văn an"})
        void masksTheSendersNameToInitialsHoweverTyped(String written) {
            assertThat(mask("Người gửi: " + written + " (phường Hoàn Kiếm)", AN))
                    .isEqualTo("Người gửi: N.V.A. (phường Hoàn Kiếm)");
        }

        @Test
        void masksTheSendersNameInDecomposedUnicode() {
            String decomposed = Normalizer.normalize("Tôi, Nguyễn Văn An, xin phản ánh", Normalizer.Form.NFD);
            assertThat(mask(decomposed, AN)).isEqualTo("Tôi, N.V.A., xin phản ánh");
        }

        @Test
        void masksOnlyTheWholeName() {
            assertThat(mask("Nguyễn Văn Anh và Nguyễn Văn Ánh, an toàn", AN))
                    .isEqualTo("Nguyễn Văn Anh và Nguyễn Văn Ánh, an toàn");
        }

        @Test
        void doesNotDoubleTheFullStopAfterInitials() {
            assertThat(mask("Người gửi là Nguyễn Văn An.", AN)).isEqualTo("Người gửi là N.V.A.");
        }

        @Test
        void leavesASingleWordNameAlone() {
            MaskingContext an = new MaskingContext("An", null, null, null, null);
            assertThat(mask("Đảm bảo an toàn cho An", an)).isEqualTo("Đảm bảo an toàn cho An");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0912 345 678", "0912.345.678", "0912-345-678", "0912345678", "+84 912345678",
                "84912345678", "+84912 345 678", "+84 (0) 912 345 678", "(+84) 912.345.678", "0084 912 345 678",
                "091 234 5678", "0912 - 345 - 678"})
        void masksTheSendersPhoneInAnyForm(String written) {
            assertThat(mask("Gọi " + written + " nhé", AN)).isEqualTo("Gọi " + PHONE + " nhé");
        }

        @Test
        void masksASendersPhoneThatNoPatternKnows() {
            // An old 11-digit mobile number, retired in 2018 but still given by some.
            MaskingContext old = new MaskingContext(null, "0168 123 4567", null, null, null);
            assertThat(mask("Số cũ 01681234567, số cũ 0168.123.4567", old))
                    .isEqualTo("Số cũ " + PHONE + ", số cũ " + PHONE);
            assertThat(maskNone("Số cũ 01681234567")).isEqualTo("Số cũ 01681234567");
        }

        @Test
        void masksTheSendersEmailInAnyCase() {
            assertThat(mask("Thư: AN.NGUYEN@GMAIL.COM", AN)).isEqualTo("Thư: " + EMAIL);
        }

        @Test
        void showsTheSendersAddressAsTheCommune() {
            assertThat(mask("Nhà tôi ở số 12 ngõ 34 phố Hàng Bông bị nứt", AN))
                    .isEqualTo("Nhà tôi ở phường Hoàn Kiếm bị nứt");
        }

        @Test
        void takesTheCommuneAfterTheAddressWithIt() {
            assertThat(mask("Địa chỉ: số 12, ngõ 34, phố Hàng Bông, P. Hoàn Kiếm, Hà Nội", AN))
                    .isEqualTo("Địa chỉ: phường Hoàn Kiếm, Hà Nội");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"so 12 ngo 34 pho hang bong", "SỐ 12 NGÕ 34 PHỐ HÀNG BÔNG", "12 ngõ 34 Hàng Bông",
                "số 12 ngõ 34 Hàng Bông", "12 ngõ 34 phố Hàng Bông"})
        void findsTheSendersAddressHoweverTyped(String written) {
            assertThat(mask("Tôi ở " + written + ".", AN)).isEqualTo("Tôi ở phường Hoàn Kiếm.");
        }

        @Test
        void masksTheAddressAsSuchWhenTheCommuneIsUnknown() {
            MaskingContext noCommune = new MaskingContext(null, null, null, "Số 7 Lý Thường Kiệt", null);
            assertThat(mask("Tôi ở số 7 Lý Thường Kiệt", noCommune)).isEqualTo("Tôi ở " + ADDRESS);
        }

        @Test
        void keepsTheStreetWhereTheProblemIs() {
            // The sender lives in Hàng Bông; the street alone is a public place.
            assertThat(mask("Phố Hàng Bông ngập sau mưa", AN)).isEqualTo("Phố Hàng Bông ngập sau mưa");
        }

        @Test
        void keepsTheContextOutOfLogs() {
            assertThat(AN.toString()).doesNotContain("Nguyễn", "0912", "gmail", "Hàng Bông").contains("phường Hoàn Kiếm");
        }

        @Test
        void acceptsAnEmptyOrMissingContext() {
            assertThat(mask("Gọi 0912345678", null)).isEqualTo("Gọi " + PHONE);
            assertThat(mask("Nguyễn Văn An", new MaskingContext(" ", "", null, "  ", null))).isEqualTo("Nguyễn Văn An");
        }
    }

    @Nested
    class Patterns {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0321234567", "0561234567", "0781234567", "0861234567", "0987654321",
                "098 765 4321", "098.765.4321", "+84 98 765 43 21", "84987654321", "(024) 3825 1234",
                "024.3825.1234", "02838 123 456", "+84 24 3825 1234", "0236 3822 123"})
        void masksVietnamesePhoneNumbers(String phone) {
            assertThat(maskNone("SĐT: " + phone + ".")).isEqualTo("SĐT: " + PHONE + ".");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"năm 2025", "lúc 09:30", "ngày 09/12/2025", "giá 150.000.000 đồng",
                "Km 12+500", "0123456789", "0412345678", "mất 3 tiếng", "cột điện số 0915", "09123456789"})
        void leavesOtherNumbers(String text) {
            assertThat(maskNone(text)).isEqualTo(text);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"an.nguyen@gmail.com", "tran_binh+pakn@yahoo.com.vn", "Le.Hoa@hanoi.gov.vn",
                "lê.hoà@ví-dụ.vn"})
        void masksEmails(String email) {
            assertThat(maskNone("Gửi " + email + ", cảm ơn")).isEqualTo("Gửi " + EMAIL + ", cảm ơn");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"001203004567", "001 203 004 567", "001.203.004.567", "079095001234", "012345678",
                "C1234567", "N9876543"})
        void masksIdentityAndPassportNumbers(String number) {
            assertThat(maskNone("Giấy tờ: " + number + ".")).isEqualTo("Giấy tờ: " + ID_NUMBER + ".");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"500000000 đồng", "500000000đ", "123456789 VNĐ", "300000000 vnd"})
        void leavesAmountsOfMoney(String amount) {
            assertThat(maskNone("Tiền phạt " + amount)).isEqualTo("Tiền phạt " + amount);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"29A-123.45", "30E-12345", "29-B1 123.45", "29B1-12345", "51LD-123.45",
                "29A12345", "59-X1 234.56", "30A 123.45", "29-MĐ1 123.45", "29A-1234"})
        void masksVehiclePlates(String plate) {
            assertThat(maskNone("Xe " + plate + " đỗ trên vỉa hè")).isEqualTo("Xe " + PLATE + " đỗ trên vỉa hè");
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', value = {
                "số nhà 5 bị nứt | [địa chỉ] bị nứt",
                "Số nhà 12A, ngõ 5 | [địa chỉ]",
                "nhà số 7 đầu ngõ | [địa chỉ] đầu ngõ",
                "số 12 ngõ 34 phố Hàng Bông | [địa chỉ] phố Hàng Bông",
                "số 12 ngõ 34 ngách 5 Kim Mã | [địa chỉ] Kim Mã",
                "số 5 Hàng Bông | [địa chỉ] Hàng Bông",
                "số 5 đường Láng bị ngập | [địa chỉ] đường Láng bị ngập",
                "ở 12 ngõ 34 Kim Mã | ở [địa chỉ] Kim Mã",
                "123/45 Nguyễn Trãi | [địa chỉ] Nguyễn Trãi",
                "12/3 phố Huế | [địa chỉ] phố Huế",
                "số 45/2 hẻm 10 Lê Lợi | [địa chỉ] Lê Lợi",
                "căn hộ 1203 tòa A | [địa chỉ] tòa A",
                "kiệt 12 Lê Duẩn | kiệt 12 Lê Duẩn",
                "ngõ 34 phố Hàng Bông ngập | ngõ 34 phố Hàng Bông ngập",
                "có 2 ngõ bị ngập | có 2 ngõ bị ngập",
                "số 12 người dân ký tên | số 12 người dân ký tên",
                "ngày 12/3/2025 Phường có mưa | ngày 12/3/2025 Phường có mưa",
                "Quyết định số 12/QĐ-UBND | Quyết định số 12/QĐ-UBND",
                "tọa độ 105.8542 ngõ 6 | tọa độ 105.8542 ngõ 6",
                "nhà số 105.85 | nhà số 105.85"})
        void masksHouseNumbersButKeepsStreets(String text, String masked) {
            assertThat(maskNone(text)).isEqualTo(masked);
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', value = {
                "ông Trần Văn Bình | ông T.V.B.",
                "bà Lê Thị Hoa | bà L.T.H.",
                "anh Minh | anh M.",
                "chị Lan | chị L.",
                "Ông Trần Văn Bình | Ông T.V.B.",
                "ÔNG Trần Bình | ÔNG T.B.",
                "cô Đặng Thu Thảo | cô Đ.T.T.",
                "bác Tư | bác T.",
                "em Ánh | em Á.",
                "chị Thanh Trà | chị T.T.",
                "chị Ý bán hàng | chị Ý. bán hàng",
                "Hàng xóm là ông Nguyễn Hữu Phước. | Hàng xóm là ông N.H.P.",
                "Kính gửi Anh Chị Lan | Kính gửi Anh Chị L.",
                "chị Anh bán rau | chị A. bán rau",
                "anh Minh Phường Hoàn Kiếm | anh M. Phường Hoàn Kiếm",
                "ông Bình Bà Hoa | ông B. Bà H.",
                "chị Hồ ông Lan | chị H. ông L.",
                "Chị Lan Hồ ông Bình | Chị L.H. ông B.",
                "ngập. Bà Lan nói | ngập. Bà L. nói"})
        void masksNamesAfterAnHonorific(String text, String masked) {
            assertThat(maskNone(text)).isEqualTo(masked);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"phố Bà Triệu ngập", "đường Ông Ích Khiêm", "cầu Ông Lãnh", "xã Bà Điểm",
                "chợ Bà Chiểu", "đường Cô Giang", "P. Bà Triệu", "ông Chủ tịch UBND phường", "bà Phó Chủ tịch",
                "anh Công an phường", "chị Tổ trưởng dân phố", "ông Giám đốc Sở", "Bác Hồ", "anh ấy nói",
                "chị em tiểu thương", "các cháu học sinh", "Kính gửi Ông Bà, Anh Chị", "ông bà tôi",
                "ở Phố Bà Triệu", "Phố Bà Triệu ngập", "Ngập ở\nPhố Bà Triệu", "hồ Ông Lãnh"})
        void keepsPlacesTitlesAndPronouns(String text) {
            assertThat(maskNone(text)).isEqualTo(text);
        }

        @Test
        void roundsCoordinatesWrittenInTheText() {
            assertThat(maskNone("Vị trí: 21.028511, 105.854167 (Hồ Gươm); 10.776889 106.700806"))
                    .isEqualTo("Vị trí: 21.029, 105.854 (Hồ Gươm); 10.777 106.701");
            assertThat(maskNone("Tỷ lệ 0.5, 1.25")).isEqualTo("Tỷ lệ 0.5, 1.25");
        }
    }

    @Nested
    class Rounding {

        @ParameterizedTest(name = "{0}, {1} → {2}, {3}")
        @CsvSource({"21.028511, 105.854167, 21.029, 105.854", "21.0285, 105.8545, 21.029, 105.855",
                "10.7768889, 106.7008056, 10.777, 106.701", "-33.8688, 151.2093, -33.869, 151.209",
                "21.0, 105.0, 21.0, 105.0", "-0.0001, 0.0004, 0.0, 0.0"})
        void roundsToThreeDecimals(double lat, double lon, double roundedLat, double roundedLon) {
            assertThat(PersonalDataMasker.round(lat, lon))
                    .isEqualTo(new Coordinates(roundedLat, roundedLon));
        }

        @Test
        void passesValuesThatAreNotFiniteThrough() {
            var rounded = PersonalDataMasker.round(Double.NaN, Double.POSITIVE_INFINITY);
            assertThat(rounded.latitude()).isNaN();
            assertThat(rounded.longitude()).isEqualTo(Double.POSITIVE_INFINITY);
        }
    }

    @Nested
    class Guarantees {

        @Test
        void turnsNullIntoNull() {
            assertThat(mask(null, AN)).isNull();
            assertThat(mask(null, null)).isNull();
        }

        @Test
        void returnsNfcAndTrims() {
            String decomposed = Normalizer.normalize("  Đường Láng ngập sâu, xe 29A-123.45 chết máy  ", Normalizer.Form.NFD);
            String masked = maskNone(decomposed);
            assertThat(masked).isEqualTo("Đường Láng ngập sâu, xe " + PLATE + " chết máy");
            assertThat(Normalizer.isNormalized(masked, Normalizer.Form.NFC)).isTrue();
        }

        @Test
        void leavesAnOrdinaryTextAsItIs() {
            String text = "Đoạn đường Nguyễn Trãi trước cổng trường bị ngập sâu khoảng 30 cm sau cơn mưa chiều 12/8, "
                    + "đề nghị phường kiểm tra cống thoát nước.";
            assertThat(maskNone(text)).isEqualTo(text);
            assertThat(mask(text, AN)).isEqualTo(text);
        }

        @Test
        void masksOnceWhenAppliedTwice() {
            String once = mask("Chị Lan, số nhà 5, gọi 0912345678 hoặc xe 29A-123.45; Nguyễn Văn An.", AN);
            assertThat(mask(once, AN)).isEqualTo(once);
        }
    }
}
