package vn.cityhall.feedback.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.cityhall.shared.Texts;

class OffensiveWordsTests {

    /** The shipped list, read once for all tests. */
    private static final OffensiveWords WORDS = new OffensiveWords();

    /**
     * Ordinary feedback about roads, flooding, garbage, noise, lighting, trees and animals, with
     * the words whose bare letters are also profanity (đi, địa, đĩa, lớn, lon, các, buổi, bưởi, đủ,
     * đeo, đèo, cụt, ngủ, cho, chó, cút, đổ cho, dù mà, dm as decimetres…), with and without
     * diacritics. None may be flagged. Add a sentence here when an operator reports a false flag.
     */
    static Stream<String> ordinaryFeedback() {
        return Stream.of(
                "Đường Nguyễn Trãi đoạn trước số 200 bị ngập sâu sau cơn mưa lớn tối qua, xe máy chết máy hàng loạt.",
                "Nước ngập sâu khoảng 3 dm ở ngõ 12 phố Hàng Bông, đề nghị nạo vét cống.",
                "Ngập 5 dm, người đi bộ phải lội nước.",
                "Rác thải sinh hoạt tập kết ở đầu ngõ cụt không được thu gom, mùi hôi thối bốc lên.",
                "Nhiều lon bia, chai nhựa bị vứt bừa bãi quanh bờ hồ sau các buổi tối cuối tuần.",
                "Quán karaoke mở nhạc to đến 2 giờ sáng, các hộ dân xung quanh không ngủ được.",
                "Con chó nhà hàng xóm sủa suốt đêm, chó thả rông đi vệ sinh ra vỉa hè.",
                "Có một con chó chết ở mép đường từ sáng, đề nghị phường cho người đến xử lý.",
                "Chợ tạm bán trứng cút, bưởi và hoa quả lấn chiếm lòng đường.",
                "Đề nghị các đơn vị thi công đeo biển báo, rào chắn khu vực đào đường.",
                "Đèn đường trên đèo Hải Vân và cầu vượt bị hỏng, buổi tối rất tối, dễ xảy ra va chạm.",
                "Đĩa CD quảng cáo, tờ rơi dán đầy cột điện; địa chỉ in trên tờ rơi không rõ.",
                "Tôi đi làm về thấy cây xanh bị đổ đè lên ô tô, đủ nguy hiểm cho người qua lại.",
                "Xe tải chở vật liệu xây dựng rơi vãi cát ra đường, bụi bay mù mịt.",
                "Công trình xây dựng làm ồn ào từ sáng sớm, đổ cho nhà thầu thì nhà thầu không nhận.",
                "Dù mà trời mưa hay nắng thì đoạn đường này vẫn đầy ổ gà.",
                "Hệ thống thoát nước ở khu tập thể bị tắc, nước thải tràn ra lối đi chung.",
                "Tổ dân phố số 5 đề nghị lắp thêm camera an ninh ở đầu ngõ.",
                "Người dân phản ánh việc đốt rác gây khói bụi, ảnh hưởng sức khỏe trẻ nhỏ và người già.",
                "Mẹ tôi và bố tôi đã gọi đường dây nóng nhiều lần nhưng chưa được giải quyết.",
                "Con đường đất đỏ lầy lội, đề nghị đổ bê tông để các cháu đi học an toàn.",
                "Cống thoát nước bị vỡ, nắp cống mất, đã có người ngã xuống hố.",
                "Ông bà tôi sống ở ngõ này 40 năm chưa thấy ngập lớn như vậy.",
                "Quán nhậu bày bàn ghế chiếm vỉa hè, đỗ xe máy kín lối đi.",
                "Thợ đụng phải đường ống nước khi đào, nước phun lên mặt đường.",
                "Các hộ kinh doanh dùng loa kéo quảng cáo rất to vào buổi trưa.",
                "Cây bàng trước cửa nhà số 7 có cành khô, sắp gãy, đề nghị cắt tỉa.",
                "Đoạn đê La Thành có nhiều ổ gà, đề nghị sửa chữa.",
                "Máy tính Dell của điểm tiếp dân bị hỏng, người dân phải chờ lâu.",
                "Đèn tín hiệu giao thông ở ngã tư Đội Cấn – Liễu Giai không hoạt động.",
                "Ngõ 34 phố Huế có chó dữ không rọ mõm, trẻ con sợ không dám đi.",
                "Bãi đất trống bị đổ trộm phế thải, cỏ mọc cao, chuột bọ nhiều.",
                // The same kind of text typed without diacritics, as often on Zalo.
                "duong ngap nuoc lon qua, xe may chet may het",
                "rac thai o dau ngo cut khong ai don, cac ho dan rat buc xuc",
                "toi khong ngu duoc vi quan karaoke on ao den khuya",
                "cho nha ben canh sua ca dem, cho tha rong di ve sinh ra via he",
                "lon bia vut bua bai quanh ho sau cac buoi toi",
                "de nghi phuong cho nguoi den don rac gap",
                "den duong hong, buoi toi di lai rat nguy hiem",
                "nha thau dao duong xong khong tra lai mat bang, dat da vuong vai",
                "can bo phuong den kiem tra roi nhung chua xu ly, mong duoc giai quyet som",
                "Nuoc ngap sau 4 dm o duong Lang");
    }

    @ParameterizedTest
    @MethodSource("ordinaryFeedback")
    void flagsNoOrdinaryFeedback(String sentence) {
        assertThat(WORDS.find(sentence)).isEmpty();
    }

    @Nested
    class TheShippedList {

        @Test
        void loadsAReasonableStarterList() {
            assertThat(WORDS.entries()).hasSizeBetween(40, 80).doesNotHaveDuplicates();
            assertThat(WORDS.entries()).contains("địt mẹ", "lồn", "dm", "vcl", "fuck");
        }

        @Test
        void findsEveryEntryInASentence() {
            for (String entry : WORDS.entries()) {
                assertThat(WORDS.find("Nó nói: " + entry + ", rồi bỏ đi.")).as(entry).containsExactly(entry);
            }
        }

        @Test
        void findsEveryEntryInCapitalsWithRepeatedLettersAndSpacedOut() {
            for (String entry : WORDS.entries()) {
                String lastRepeated = entry + entry.substring(entry.length() - 1).repeat(3);
                assertThat(WORDS.find("Nó nói " + entry.toUpperCase(Locale.ROOT) + " rồi")).as(entry).containsExactly(entry);
                assertThat(WORDS.find("Nó nói " + lastRepeated + " rồi")).as(lastRepeated).containsExactly(entry);
                if (!entry.contains(" ")) {
                    String spaced = String.join(".", entry.split(""));
                    assertThat(WORDS.find("Nó nói " + spaced + " rồi")).as(spaced).containsExactly(entry);
                }
            }
        }

        @Test
        void findsEveryDiacriticFreeEntryWithAnyDiacritics() {
            assertThat(WORDS.find("đờ mờ, ĐM, đm, dm")).containsExactly("đờ mờ", "dm");
            assertThat(WORDS.find("địt mẹ")).containsExactly("địt mẹ");
            assertThat(WORDS.find("dit me may")).containsExactly("dit me may");
            assertThat(WORDS.find("đit mẹ")).containsExactly("dit me");
            assertThat(WORDS.find("ĐCM")).containsExactly("dcm");
        }

        @Test
        void findsNothingInTheListsHeader() {
            assertThat(WORDS.find("HOW TO MAINTAIN THIS LIST: one entry per line, UTF-8")).isEmpty();
        }
    }

    @Nested
    class Matching {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', value = {
                "đ.m | dm", "d m | dm", "Đ M | dm", "đ-m | dm", "d_m | dm", "đ . m | dm", "đmmmm | dm", "ĐMMM | dm",
                "vcl | vcl", "v.c.l | vcl", "V C L | vcl", "vcllll | vcl", "v.c.l.l.l | vcl", "vkl | vkl",
                "địtmẹ | địt mẹ", "ĐỊT MẸ | địt mẹ", "địt   mẹ | địt mẹ", "đ.ị.t m.ẹ | địt mẹ", "địttt | địt",
                "lồnnnn | lồn", "L.Ồ.N | lồn", "LỒN | lồn", "f.u.c.k | fuck", "Fuuuck | fuck", "F U C K | fuck",
                "đụ má nó | đụ má", "ditmemay | dit me may", "djt | djt", "đéooo | đéo"})
        void findsSpellingsThatDodgeFilters(String text, String entry) {
            assertThat(WORDS.find("Nó viết " + text + " trong phản ánh")).containsExactly(entry);
        }

        @ParameterizedTest
        @ValueSource(strings = {"địa", "đĩa", "đi", "đỉ", "dmc", "vclx", "lớn", "lon", "lộn", "các", "cắc", "buổi",
                "bưởi", "đủ", "đụng", "đèo", "đẽo", "đeo", "đít", "ngủ", "ngu", "cho", "chó", "cút", "cụt", "cứt",
                "dell", "vl", "cc", "mẹ", "mày", "khốn", "con chó", "đồ", "đổ cho", "dù mà", "du ma", "cave"})
        void findsNoWordThatIsOnlySimilar(String word) {
            assertThat(WORDS.find("Có chữ " + word + " trong câu.")).isEmpty();
        }

        @Test
        void ignoresShortAbbreviationsAfterANumberAsUnits() {
            assertThat(WORDS.find("ngập 3 dm")).isEmpty();
            assertThat(WORDS.find("ngập 3dm")).isEmpty();
            assertThat(WORDS.find("ngập 3, dm cái phường này")).containsExactly("dm");
            assertThat(WORDS.find("dm")).containsExactly("dm");
        }

        @Test
        void doesNotJoinSingleLettersAcrossCommasOrLines() {
            assertThat(WORDS.find("lô D, M")).isEmpty();
            assertThat(WORDS.find("khu D\nM")).isEmpty();
        }

        @Test
        void reportsEachEntryOnceInTheOrderFound() {
            assertThat(WORDS.find("vcl, đm, thằng chó, vcl nữa, lại ĐM")).containsExactly("vcl", "dm", "thằng chó");
        }

        @Test
        void reportsTheLongestEntryAtEachPlace() {
            assertThat(WORDS.find("địt con mẹ")).containsExactly("địt con mẹ");
            assertThat(WORDS.find("địt")).containsExactly("địt");
            assertThat(WORDS.find("mẹ mày, bố mày")).containsExactly("mẹ mày", "bố mày");
        }

        @Test
        void readsDecomposedUnicode() {
            assertThat(WORDS.find(Normalizer.normalize("Đồ chó, LỒN", Normalizer.Form.NFD)))
                    .containsExactly("đồ chó", "lồn");
        }

        @Test
        void findsNothingInNothing() {
            assertThat(WORDS.find(null)).isEmpty();
            assertThat(WORDS.find("")).isEmpty();
            assertThat(WORDS.find(" \n\t")).isEmpty();
            assertThat(WORDS.find("... 123 !!!")).isEmpty();
        }

        @Test
        void neverThrowsAndStaysFast() {
            Random random = new Random(3);
            String alphabet = "dđmvclịtẹồnDĐMVCL .-_*,\n0123456789\u0301\u0323😀";
            for (int run = 0; run < 3_000; run++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0, length = random.nextInt(80); i < length; i++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                assertThatCode(() -> WORDS.find(text.toString())).as(text.toString()).doesNotThrowAnyException();
            }
            for (String huge : List.of("d.".repeat(100_000), "đm ".repeat(50_000), "a".repeat(200_000),
                    "địt ".repeat(50_000), "\u0301".repeat(100_000))) {
                long started = System.nanoTime();
                assertThatCode(() -> WORDS.find(huge)).doesNotThrowAnyException();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            }
        }
    }

    @Nested
    class ListFormat {

        @Test
        void readsCommentsBlankLinesAndTheDiacriticFreeMark() {
            OffensiveWords words = new OffensiveWords(List.of("# a comment", "", "  lồn  # inline comment",
                    "~dit me", "   ", "thằng   ngu"));

            assertThat(words.entries()).containsExactly("lồn", "dit me", "thằng ngu");
            assertThat(words.find("ĐỊT MẸ thằng ngu, lon bia")).containsExactly("dit me", "thằng ngu");
        }

        @Test
        void refusesDuplicatesWithTheirLine() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new OffensiveWords(List.of("lồn", "# comment", "LỒNNN")))
                    .withMessageContaining("Line 3");
            assertThatIllegalArgumentException().isThrownBy(() -> new OffensiveWords(List.of("~dm", "~đm")));
        }

        @Test
        void refusesAnEntryWithoutLetters() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new OffensiveWords(List.of("vcl", "~ ... ")))
                    .withMessageContaining("Line 2");
        }

        @Test
        void keepsEntriesInNfc() {
            OffensiveWords words = new OffensiveWords(List.of(Normalizer.normalize("đồ chó", Normalizer.Form.NFD)));
            assertThat(words.entries()).containsExactly("đồ chó");
            assertThat(Texts.clean(words.entries().get(0))).isEqualTo(words.entries().get(0));
        }
    }
}
