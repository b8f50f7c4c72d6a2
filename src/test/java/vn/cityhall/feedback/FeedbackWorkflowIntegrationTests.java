package vn.cityhall.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.cityhall.DatabaseTest;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.tasks.Task;
import vn.cityhall.tasks.TaskStatus;
import vn.cityhall.tasks.Tasks;

/** The whole life of an item: screening, routing to a unit's tasks, answer and approval, publication, rating, reopening. */
@SpringBootTest
@DatabaseTest
@RecordApplicationEvents
class FeedbackWorkflowIntegrationTests {

    @Autowired
    FeedbackIntake intake;

    @Autowired
    Screening screening;

    @Autowired
    Routing routing;

    @Autowired
    Handling handling;

    @Autowired
    Publication publication;

    @Autowired
    SenderResponses responses;

    @Autowired
    ContactDetails contacts;

    @Autowired
    DuplicateFinder duplicates;

    @Autowired
    FeedbackSearch search;

    @Autowired
    FeedbackAccess access;

    @Autowired
    Feedbacks feedbacks;

    @Autowired
    FeedbackCategories categories;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Tasks tasks;

    @Autowired
    UserDetailsService accounts;

    @Test
    void anAcceptedItemBecomesTheDivisionsTaskIsAnsweredApprovedPublishedMaskedAndRated(ApplicationEvents events) {
        FeedbackReceipt receipt = submit("Đường ngập sâu sau mưa ở ngõ 5 phố Hàng Gai, tôi là Nguyễn Văn Bình, gọi 0912345678",
                "Số 5 ngõ Hàng Gai", "0901000001");
        StaffUser operator = user("tiepnhan");
        long division = unit("00070.KTHTDT");
        assertThat(routing.suggestedUnit(category("MOI_TRUONG"), unit("00070"))).hasValueSatisfying(
                suggested -> assertThat(suggested.id().value()).isEqualTo(division));

        screening.accept(receipt.code(), new Screening.Acceptance(category("MOI_TRUONG"), FeedbackLevel.NORMAL, unit("00070"),
                division, Set.of(unit("01.SXD")), "Kiểm tra gấp"), operator);

        Feedback item = item(receipt);
        assertThat(item.status()).isEqualTo(FeedbackStatus.ASSIGNED);
        LocalDate acceptedOn = item.assignedAt().atZone(calendar.settings().zone()).toLocalDate();
        assertThat(item.dueAt()).isEqualTo(calendar.addWorkingDays(acceptedOn, 10).atTime(LocalTime.of(17, 0))
                .atZone(calendar.settings().zone()).toInstant());
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks.findBySource("feedback", "feedback.handling",
                item.obligationId()).size() == 2);
        Task lead = tasks.findBySourceAndUnit("feedback", "feedback.handling", item.obligationId(), division).orElseThrow();
        assertThat(lead.dueAt()).isEqualTo(item.dueAt());
        assertThat(lead.source().reference()).isEqualTo(receipt.code());
        assertThat(events.stream(FeedbackAccepted.class).filter(e -> e.code().equals(receipt.code()))).hasSize(1);
        assertThat(events.stream(FeedbackAssigned.class).filter(e -> e.code().equals(receipt.code()))).singleElement()
                .satisfies(e -> assertThat(e.unitId()).isEqualTo(division));

        StaffUser officer = user("canbo.hoankiem");
        StaffUser leader = user("chutich.hoankiem");
        assertThat(access.maySeeContact(officer, item)).isTrue();
        assertThat(access.maySeeContact(user("chuyenvien.sxd"), item)).isFalse();
        assertThat(access.maySee(user("chuyenvien.sxd"), item)).isTrue();
        assertThatThrownBy(() -> handling.submitAnswer(receipt.code(), "Trả lời", user("chuyenvien.sxd")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(contacts.reveal(receipt.code(), officer).phone()).isEqualTo("0901000001");
        assertThat(events.stream(FeedbackContactViewed.class).filter(e -> e.code().equals(receipt.code()))).hasSize(1);

        assertThatThrownBy(() -> handling.submitAnswer(receipt.code(), "Đã xử lý ngày {date}", officer))
                .isInstanceOf(FeedbackInvalid.class);
        handling.submitAnswer(receipt.code(), "Phường đã nạo vét cống ngõ 5 Hàng Gai. Liên hệ ông Bình qua 0912345678.",
                officer);
        assertThat(events.stream(FeedbackAnswerSubmitted.class).filter(e -> e.code().equals(receipt.code())))
                .singleElement().satisfies(e -> assertThat(e.recipients()).contains(leader.personId()));
        assertThatThrownBy(() -> handling.decide(receipt.code(), true, null, officer))
                .isInstanceOf(AccessDeniedException.class);
        handling.decide(receipt.code(), true, null, leader);

        Feedback answered = item(receipt);
        assertThat(answered.status()).isEqualTo(FeedbackStatus.ANSWERED);
        assertThat(answered.onTime()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks.findBySourceAndUnit("feedback", "feedback.handling",
                item.obligationId(), division).orElseThrow().status() == TaskStatus.DONE);

        publication.publish(receipt.code(), publication.draft(receipt.code(), operator).text(),
                publication.draft(receipt.code(), operator).answer(), Set.of(), operator);
        Feedback published = item(receipt);
        assertThat(published.publishedText()).doesNotContain("Nguyễn Văn Bình", "0912345678", "Số 5 ngõ Hàng Gai");
        assertThat(published.publishedAnswer()).doesNotContain("0912345678").doesNotContain("ông Bình");

        responses.rate(receipt.code(), receipt.accessToken(), 5, "Cảm ơn phường");
        assertThat(item(receipt).rating()).isEqualTo(5);
        assertThat(item(receipt).status()).isEqualTo(FeedbackStatus.CLOSED);
    }

    @Test
    void theSenderReopensWithinTheWindowAndTheLeadersAreTold(ApplicationEvents events) {
        FeedbackReceipt receipt = submit("Cột đèn đường phố Hàng Bài không sáng nhiều đêm liền", null, "0901000002");
        answer(receipt);
        assertThatThrownBy(() -> responses.reopen(receipt.code(), "wrong-secret", "Chưa sửa"))
                .isInstanceOf(FeedbackNotFound.class);
        assertThatThrownBy(() -> responses.reopen(receipt.code(), receipt.accessToken(), " "))
                .isInstanceOf(FeedbackInvalid.class);

        responses.reopen(receipt.code(), receipt.accessToken(), "Đèn vẫn chưa sáng");

        Feedback item = item(receipt);
        assertThat(item.status()).isEqualTo(FeedbackStatus.ASSIGNED);
        assertThat(item.reopenCount()).isEqualTo(1);
        assertThat(item.answerText()).isNull();
        assertThat(events.stream(FeedbackReopened.class).filter(e -> e.code().equals(receipt.code()))).singleElement()
                .satisfies(e -> assertThat(e.recipients()).contains(user("chutich.hoankiem").personId()));
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks.findBySource("feedback", "feedback.handling",
                item.obligationId()).size() == 1);
    }

    @Test
    void aDuplicateIsSuggestedMergedAndItsSenderIsAnsweredWithTheMaster(ApplicationEvents events) {
        FeedbackReceipt master = submit("Rác thải tồn đọng nhiều ngày ở đầu ngõ 12 phố Hàng Bông, bốc mùi", null, "0901000003");
        FeedbackReceipt copy = submit("Rác tồn đọng nhiều ngày đầu ngõ 12 Hàng Bông bốc mùi hôi", null, "0901000004");
        FeedbackReceipt other = intake.submit(new FeedbackSubmission(FeedbackChannel.PORTAL,
                "Xe máy đỗ kín vỉa hè phố Tràng Tiền buổi tối", category("MOI_TRUONG"), unit("00070"), null, 21.0245,
                105.8560, "Nguyễn Văn Bình", "0901000005", null, true, true, List.of(), null));

        List<DuplicateFinder.Suggestion> suggestions = duplicates.suggestionsFor(item(copy));
        assertThat(suggestions).extracting(DuplicateFinder.Suggestion::code).contains(master.code())
                .doesNotContain(other.code());

        screening.merge(copy.code(), master.code(), user("tiepnhan"));
        assertThat(item(copy).status()).isEqualTo(FeedbackStatus.DUPLICATE);
        answer(master);
        assertThat(events.stream(FeedbackAnswered.class).filter(e -> e.code().equals(master.code()))).singleElement()
                .satisfies(e -> assertThat(e.linkedItemIds()).containsExactly(item(copy).id()));
    }

    @Test
    void aRefusalNamesTheReasonAndAReturnedItemGoesBackToScreening(ApplicationEvents events) {
        FeedbackReceipt refused = submit("Tôi khiếu nại quyết định thu hồi đất của gia đình tôi", null, "0901000006");
        assertThatThrownBy(() -> screening.reject(refused.code(), "NO_SUCH", null, user("tiepnhan")))
                .isInstanceOf(FeedbackInvalid.class);
        assertThat(item(refused).status()).isEqualTo(FeedbackStatus.RECEIVED);
        screening.reject(refused.code(), "OUT_OF_SCOPE", null, user("tiepnhan"));
        assertThat(events.stream(FeedbackRejected.class).filter(e -> e.code().equals(refused.code()))).singleElement()
                .satisfies(e -> assertThat(e.answer()).contains("Luật Khiếu nại"));

        FeedbackReceipt returned = submit("Biển báo giao thông bị đổ ở ngã tư Hàng Bài", null, "0901000007");
        accept(returned);
        String firstRound = item(returned).obligationId();
        assertThatThrownBy(() -> routing.giveBack(returned.code(), "", user("canbo.hoankiem")))
                .isInstanceOf(FeedbackInvalid.class);
        routing.giveBack(returned.code(), "Thuộc thẩm quyền Sở Xây dựng", user("canbo.hoankiem"));
        assertThat(item(returned).status()).isEqualTo(FeedbackStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks.findBySource("feedback", "feedback.handling", firstRound)
                .stream().allMatch(task -> task.status() == TaskStatus.CANCELLED));
        assertThatThrownBy(() -> screening.accept(returned.code(), new Screening.Acceptance(category("MOI_TRUONG"),
                FeedbackLevel.NORMAL, unit("00070"), null, Set.of(), null), user("tiepnhan")))
                .isInstanceOf(FeedbackInvalid.class);
        screening.accept(returned.code(), new Screening.Acceptance(category("MOI_TRUONG"), FeedbackLevel.URGENT,
                unit("00070"), unit("01.SXD"), Set.of(), null), user("tiepnhan"));
        Feedback item = item(returned);
        assertThat(item.handlingUnitId()).isEqualTo(unit("01.SXD"));
        assertThat(item.dueAt()).isEqualTo(calendar.addWorkingHours(item.assignedAt(), Duration.ofHours(4)));
    }

    @Test
    void onlyOperatorsScreenAndNobodyElseSeesAnItemBeforeItIsAssigned() {
        FeedbackReceipt receipt = submit("Cây xanh gãy đổ chắn lối đi phố Lý Thái Tổ", null, "0901000008");
        assertThat(access.maySee(user("canbo.hoankiem"), item(receipt))).isFalse();
        assertThat(access.maySee(user("chutich"), item(receipt))).isFalse();
        assertThatThrownBy(() -> screening.reject(receipt.code(), "INSUFFICIENT", null, user("chutich.hoankiem")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(item(receipt).status()).isEqualTo(FeedbackStatus.RECEIVED);
    }

    @Test
    void searchIgnoresAccentsAndKeepsToTheViewersUnits() {
        FeedbackReceipt receipt = submit("Đường Nguyễn Du ngập nước mỗi khi mưa lớn", null, "0901000009");
        StaffUser operator = user("tiepnhan");
        var criteria = new FeedbackSearch.Criteria("duong NGAP", null, null, null, null, false, null, null);
        assertThat(search.search(operator, criteria, 0, java.time.Instant.now()).rows())
                .extracting(FeedbackSearch.Row::code).contains(receipt.code());
        assertThat(search.search(user("canbo.hoankiem"), criteria, 0, java.time.Instant.now()).rows())
                .extracting(FeedbackSearch.Row::code).doesNotContain(receipt.code());
        accept(receipt);
        assertThat(search.search(user("canbo.hoankiem"), criteria, 0, java.time.Instant.now()).rows())
                .extracting(FeedbackSearch.Row::code).contains(receipt.code());
    }

    /** Accepts for the ward's division and waits for its task (the tasks module creates it after commit). */
    private void accept(FeedbackReceipt receipt) {
        screening.accept(receipt.code(), new Screening.Acceptance(category("MOI_TRUONG"), FeedbackLevel.NORMAL,
                unit("00070"), unit("00070.KTHTDT"), Set.of(), null), user("tiepnhan"));
        String round = item(receipt).obligationId();
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks.findBySource("feedback", "feedback.handling", round)
                .size() == 1);
    }

    private void answer(FeedbackReceipt receipt) {
        accept(receipt);
        handling.submitAnswer(receipt.code(), "Phường đã khắc phục.", user("canbo.hoankiem"));
        handling.decide(receipt.code(), true, null, user("chutich.hoankiem"));
    }

    private FeedbackReceipt submit(String text, String address, String phone) {
        return intake.submit(new FeedbackSubmission(FeedbackChannel.PORTAL, text, category("MOI_TRUONG"), unit("00070"),
                address, 21.0306, 105.8475, "Nguyễn Văn Bình", phone, null, true, true, List.of(), null));
    }

    private Feedback item(FeedbackReceipt receipt) {
        return feedbacks.findByCode(receipt.code()).orElseThrow();
    }

    private long category(String code) {
        return categories.findAll().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }

    private long unit(String code) {
        return directory.unitByCode(code).orElseThrow().id().value();
    }

    private StaffUser user(String username) {
        return (StaffUser) accounts.loadUserByUsername(username);
    }
}
