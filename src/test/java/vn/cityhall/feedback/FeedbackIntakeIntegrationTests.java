package vn.cityhall.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.cityhall.DatabaseTest;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.organization.OrganizationDirectory;

@SpringBootTest
@DatabaseTest
@RecordApplicationEvents
class FeedbackIntakeIntegrationTests {

    @Autowired
    FeedbackIntake intake;

    @Autowired
    Feedbacks feedbacks;

    @Autowired
    FeedbackCategories categories;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Clock clock;

    @Test
    void anAcceptedSubmissionGetsATrackingCodeAPrivateLinkAndAScreeningDeadline(ApplicationEvents events) {
        long commune = directory.unitByCode("00070").orElseThrow().id().value();
        long category = categories.findByActiveTrueOrderBySortOrderAsc().stream()
                .filter(c -> c.code().equals("MOI_TRUONG")).findFirst().orElseThrow().id();
        String decomposed = Normalizer.normalize("Rác thải tồn đọng nhiều ngày ở đầu ngõ 12 phố Hàng Bông", Normalizer.Form.NFD);

        FeedbackReceipt receipt = intake.submit(new FeedbackSubmission(FeedbackChannel.PORTAL, "  " + decomposed + "\u0007 ",
                category, commune, "Ngõ 12 Hàng Bông", 21.0306, 105.8475, "Nguyễn Văn An", "0912 345 678",
                "An.Nguyen@Example.vn", true, true, List.of(), "203.0.113.7"));

        assertThat(receipt.code()).matches("PA-\\d{4}-\\d{6}");
        Feedback item = feedbacks.findByCode(receipt.code()).orElseThrow();
        assertThat(item.text()).isEqualTo("Rác thải tồn đọng nhiều ngày ở đầu ngõ 12 phố Hàng Bông")
                .isEqualTo(Normalizer.normalize(item.text(), Normalizer.Form.NFC));
        assertThat(item.senderPhone()).isEqualTo("0912345678");
        assertThat(item.senderEmail()).isEqualTo("an.nguyen@example.vn");
        assertThat(item.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(item.channel()).isEqualTo(FeedbackChannel.PORTAL);
        assertThat(item.screeningDueAt()).isEqualTo(calendar.addWorkingHours(item.receivedAt(), Duration.ofHours(8)));
        assertThat(FeedbackIntake.tokenMatches(item, receipt.accessToken())).isTrue();
        assertThat(FeedbackIntake.tokenMatches(item, receipt.accessToken() + "x")).isFalse();
        assertThat(events.stream(FeedbackReceived.class).filter(e -> e.code().equals(receipt.code()))).singleElement()
                .satisfies(e -> assertThat(e.communeId()).isEqualTo(commune));
    }

    @Test
    void trackingCodesAreUniqueAndIncreasing() {
        String first = intake.submit(valid("0987654321")).code();
        String second = intake.submit(valid("0987654321")).code();
        assertThat(second).isNotEqualTo(first);
        assertThat(Long.parseLong(second.substring(8))).isGreaterThan(Long.parseLong(first.substring(8)));
    }

    @Test
    void everyFieldAtFaultIsNamedAndNothingIsStored() {
        long before = feedbacks.count();
        FeedbackSubmission bad = new FeedbackSubmission(FeedbackChannel.PORTAL, "ngắn", 999_999L,
                directory.unitByCode("01.SXD").orElseThrow().id().value(), null, 21.0, null, " ", "12345", "khong-phai-email",
                false, false, List.of(1L, 2L, 3L, 4L, 5L, 6L), null);

        assertThatThrownBy(() -> intake.submit(bad)).isInstanceOfSatisfying(FeedbackInvalid.class, invalid ->
                assertThat(invalid.errors()).extracting(FeedbackInvalid.FieldError::field).containsExactly("text",
                        "categoryId", "communeId", "location", "senderName", "senderPhone", "senderEmail",
                        "consentProcessing", "photos"));
        assertThat(feedbacks.count()).isEqualTo(before);
    }

    @Test
    void contactDetailsAreRequiredAsTheRulesRequire() {
        FeedbackSubmission anonymous = new FeedbackSubmission(FeedbackChannel.API, "Đèn đường hỏng cả tuần nay", null, null,
                null, null, null, null, null, null, true, false, List.of(), null);
        assertThatThrownBy(() -> intake.submit(anonymous)).isInstanceOfSatisfying(FeedbackInvalid.class, invalid ->
                assertThat(invalid.errors()).extracting(FeedbackInvalid.FieldError::messageKey)
                        .containsExactly("feedback.error.nameRequired", "feedback.error.phoneRequired"));
    }

    @Test
    void aCategoryThatNeedsPhotosRefusesASubmissionWithout() {
        FeedbackCategory needsPhotos = categories.findByActiveTrueOrderBySortOrderAsc().stream()
                .filter(FeedbackCategory::photosRequired).findFirst().orElseThrow();
        FeedbackSubmission withoutPhotos = new FeedbackSubmission(FeedbackChannel.PORTAL, "Vỉa hè bị lấn chiếm làm bãi xe",
                needsPhotos.id(), null, null, null, null, "Trần Thị Bích", "0388123456", null, true, false, List.of(), null);
        assertThatThrownBy(() -> intake.submit(withoutPhotos)).isInstanceOfSatisfying(FeedbackInvalid.class, invalid ->
                assertThat(invalid.errors()).extracting(FeedbackInvalid.FieldError::messageKey)
                        .containsExactly("feedback.error.photosRequired"));
    }

    @Test
    void theDefaultCategoriesAreSeededInOrder() {
        assertThat(categories.findByActiveTrueOrderBySortOrderAsc()).extracting(FeedbackCategory::name).containsExactly(
                "Hạ tầng đô thị", "Giao thông", "Trật tự đô thị và xây dựng", "Môi trường, vệ sinh", "Đất đai",
                "An ninh, trật tự", "Y tế", "Giáo dục", "Quy định hành chính, thủ tục hành chính", "Khác");
        assertThat(categories.findByActiveTrueOrderBySortOrderAsc()).filteredOn(c -> c.handler() == FeedbackCategory.Handler.DEPARTMENT)
                .allSatisfy(c -> assertThat(directory.unitByCode(c.handlerUnitCode())).as(c.handlerUnitCode()).isPresent());
    }

    @Test
    void offensiveWordsAreFlaggedForTheOperatorNotRefused() {
        FeedbackReceipt rude = intake.submit(new FeedbackSubmission(FeedbackChannel.API,
                "Bọn đmm nào đổ phế thải ra đầu ngõ 5 Láng Hạ", null, null, null, null, null, "Lê Văn Cường", "0356111222",
                null, true, false, List.of(), null));
        FeedbackReceipt polite = intake.submit(valid("0356111223"));
        assertThat(feedbacks.findByCode(rude.code()).orElseThrow().offensive()).isTrue();
        assertThat(feedbacks.findByCode(polite.code()).orElseThrow().offensive()).isFalse();
    }

    private static FeedbackSubmission valid(String phone) {
        return new FeedbackSubmission(FeedbackChannel.OPERATOR, "Cống thoát nước bị tắc gây ngập khi mưa", null, null, null,
                null, null, "Lê Văn Cường", phone, null, true, false, List.of(), null);
    }
}
