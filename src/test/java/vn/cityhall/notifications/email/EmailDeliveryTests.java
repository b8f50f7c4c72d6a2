package vn.cityhall.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import vn.cityhall.DatabaseTest;
import vn.cityhall.notifications.NotificationFixtures;
import vn.cityhall.notifications.TestNotice;
import vn.cityhall.organization.Person;

/**
 * Notification e-mails against an in-process SMTP server (GreenMail): what arrives, to whom, in which
 * encoding; retries after a failure; never twice for one notification; preferences; the administrators' page.
 */
@SpringBootTest(properties = {
        "cityhall.notifications.email-enabled=true",
        "cityhall.notifications.from=cityhall@hanoi.example.vn",
        "cityhall.notifications.base-url=https://cityhall.hanoi.example.vn/",
        "cityhall.notifications.email-max-attempts=3",
        // The tests run the sender themselves, at chosen times.
        "cityhall.notifications.email-poll-interval=1h"})
@AutoConfigureMockMvc
@DatabaseTest
class EmailDeliveryTests {

    private static final int PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    EmailSender sender;

    @Autowired
    OutboxEmails outbox;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    private NotificationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = NotificationFixtures.of(context);
    }

    @Test
    void sendsAnUrgentNotificationInVietnameseWithTheEnglishTitleAndTheLink() throws Exception {
        Person person = fixtures.person();
        TestNotice notice = TestNotice.assigned("Nguyễn Văn An", "Khắc phục ngập úng phố Hàng Bạc", person.id().value())
                .withKind("tasks.overdue").urgentNotice();
        fixtures.deliver(notice);
        long notificationId = fixtures.ids(person.id().value()).get(0);

        sender.sendDue(clock.instant());

        MimeMessage message = single(person.email());
        assertThat(message.getSubject()).isEqualTo("Nguyễn Văn An giao cho bạn nhiệm vụ \"Khắc phục ngập úng phố Hàng Bạc\"");
        assertThat(message.getHeader("Subject")[0]).as("encoded, not raw 8-bit").startsWith("=?UTF-8?");
        assertThat(message.getFrom()[0].toString()).isEqualTo("cityhall@hanoi.example.vn");
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly(person.email());
        String link = "https://cityhall.hanoi.example.vn/notifications/" + notificationId + "/open";
        String text = part(message, "text/plain");
        assertThat(text).contains("Nguyễn Văn An giao cho bạn nhiệm vụ \"Khắc phục ngập úng phố Hàng Bạc\"")
                .contains("Nguyễn Văn An assigned you the task \"Khắc phục ngập úng phố Hàng Bạc\"")
                .contains("Mở trên CityHall: " + link)
                .contains("https://cityhall.hanoi.example.vn/notifications/preferences");
        Document html = Jsoup.parse(part(message, "text/html"));
        assertThat(html.select("a").eachAttr("href")).contains(link);
        assertThat(html.select("strong").eachText()).contains(
                "Nguyễn Văn An giao cho bạn nhiệm vụ \"Khắc phục ngập úng phố Hàng Bạc\"");
        assertThat(statusOf(person)).isEqualTo(EmailStatus.SENT);
    }

    @Test
    void ordinaryKindsAreNotEmailedUnlessThePersonAsks() throws Exception {
        Person quiet = fixtures.person();
        fixtures.deliver(TestNotice.assigned("A", "Việc thường", quiet.id().value()));
        assertThat(outbox.existsByRecipientIdAndDedupKey(quiet.id().value(), "x")).isFalse();
        assertThat(rows(quiet)).isZero();

        Person keen = fixtures.person();
        mvc.perform(post("/notifications/preferences").with(csrf()).with(fixtures.as(keen))
                .param("kind", "tasks.assigned", "tasks.overdue")
                .param("on", "tasks.assigned|EMAIL")).andExpect(status().is3xxRedirection());
        TestNotice assigned = TestNotice.assigned("Lê Minh Cường", "Chỉ qua thư", keen.id().value());
        fixtures.deliver(assigned);
        fixtures.deliver(TestNotice.assigned("B", "Quá hạn nhưng đã tắt thư", keen.id().value()).withKind("tasks.overdue"));
        sender.sendDue(clock.instant());

        MimeMessage message = single(keen.email());
        assertThat(message.getSubject()).isEqualTo("Lê Minh Cường giao cho bạn nhiệm vụ \"Chỉ qua thư\"");
        assertThat(fixtures.count(keen.id().value())).as("in the app is off for this kind: nothing stored").isZero();
        assertThat(part(message, "text/plain")).as("without an in-app notification the link is the item's")
                .contains("https://cityhall.hanoi.example.vn" + assigned.link());
    }

    @Test
    void someoneWithoutAnAddressGetsNoEmailButTheInAppNotification() throws Exception {
        Person person = fixtures.person(false);
        fixtures.deliver(TestNotice.assigned("A", "B", person.id().value()).withKind("tasks.escalated"));
        assertThat(rows(person)).isZero();
        assertThat(fixtures.count(person.id().value())).isEqualTo(1);
    }

    @Test
    void aRedeliveredEventIsEmailedOnce() throws Exception {
        Person person = fixtures.person();
        TestNotice notice = TestNotice.assigned("A", "Một lần thôi", person.id().value()).withKind("tasks.overdue");
        fixtures.publish(notice);
        fixtures.publish(notice);
        fixtures.awaitHandled(notice.deduplicationKey(), 2);
        sender.sendDue(clock.instant());
        sender.sendDue(clock.instant().plusSeconds(3600));

        single(person.email());
        assertThat(rows(person)).isEqualTo(1);
    }

    @Test
    void aTransientFailureIsRetriedLaterAndFinallyGivenUpForAnAdministratorToResend() throws Exception {
        Person retried = fixtures.person();
        fixtures.deliver(TestNotice.assigned("A", "Thử lại", retried.id().value()).withKind("tasks.overdue"));
        Instant start = clock.instant().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);

        smtp.stop();
        try {
            sender.sendDue(start);
            OutboxEmail failed = only(retried);
            assertThat(failed.status()).isEqualTo(EmailStatus.PENDING);
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.lastError()).isNotBlank();
            assertThat(failed.nextAttemptAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));
            sender.sendDue(start.plusSeconds(30));
            assertThat(only(retried).attempts()).as("not due yet").isEqualTo(1);
        } finally {
            smtp.start();
        }
        sender.sendDue(start.plus(Duration.ofMinutes(2)));
        assertThat(single(retried.email()).getSubject()).isEqualTo("A giao cho bạn nhiệm vụ \"Thử lại\"");
        assertThat(only(retried).status()).isEqualTo(EmailStatus.SENT);
        assertThat(only(retried).attempts()).isEqualTo(2);

        Person unlucky = fixtures.person();
        fixtures.deliver(TestNotice.assigned("B", "Không gửi được", unlucky.id().value()).withKind("tasks.overdue"));
        smtp.stop();
        try {
            Instant at = clock.instant().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
            sender.sendDue(at);
            sender.sendDue(at.plus(Duration.ofMinutes(2)));
            assertThat(only(unlucky).nextAttemptAt()).as("the delay doubles").isEqualTo(at.plus(Duration.ofMinutes(4)));
            sender.sendDue(at.plus(Duration.ofMinutes(5)));
            sender.sendDue(at.plus(Duration.ofHours(5)));
        } finally {
            smtp.start();
        }
        OutboxEmail given = only(unlucky);
        assertThat(given.status()).isEqualTo(EmailStatus.FAILED);
        assertThat(given.attempts()).isEqualTo(3);

        Document page = Jsoup.parse(mvc.perform(get("/admin/notifications/email").with(fixtures.as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Thư thông báo chưa gửi được");
        assertThat(page.select("#email-" + given.id()).text()).contains(unlucky.email(), "Gửi không được",
                "Nhiệm vụ quá hạn", "Trần Thị Thông");
        assertThat(page.select("#email-" + given.id() + " form[action=/admin/notifications/email/" + given.id() + "/resend]"))
                .hasSize(1);

        mvc.perform(post("/admin/notifications/email/" + given.id() + "/resend").with(csrf()).with(fixtures.as("admin")))
                .andExpect(redirectedUrl("/admin/notifications/email"))
                .andExpect(flash().attribute("flash",
                        "Thư số " + given.id() + " sẽ được gửi lại trong lần chạy tới của bộ gửi thư."));
        assertThat(only(unlucky).status()).isEqualTo(EmailStatus.PENDING);
        sender.sendDue(clock.instant());
        assertThat(single(unlucky.email()).getSubject()).isEqualTo("B giao cho bạn nhiệm vụ \"Không gửi được\"");
        assertThat(only(unlucky).status()).isEqualTo(EmailStatus.SENT);

        mvc.perform(post("/admin/notifications/email/" + given.id() + "/resend").with(csrf()).with(fixtures.as("admin")))
                .andExpect(flash().attribute("flash", "Thư số " + given.id()
                        + " không còn trong danh sách chờ (có thể đã được gửi). Không có gì thay đổi."));
        assertThat(only(unlucky).status()).isEqualTo(EmailStatus.SENT);
    }

    @Test
    void onlyAdministratorsSeeTheOutbox() throws Exception {
        mvc.perform(get("/admin/notifications/email").with(fixtures.as("chutich"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/notifications/email/1/resend").with(csrf()).with(fixtures.as("chutich")))
                .andExpect(status().isForbidden());
        Document preferences = Jsoup.parse(mvc.perform(get("/notifications/preferences").with(fixtures.as("chutich")))
                .andReturn().getResponse().getContentAsString());
        assertThat(preferences.select(".alert-info")).as("e-mail is on here").isEmpty();
    }

    private long rows(Person person) {
        return fixtures.jdbc().queryForObject("select count(*) from notifications_email where recipient_id = ?",
                Long.class, person.id().value());
    }

    private OutboxEmail only(Person person) {
        List<OutboxEmail> mine = outbox.findAll().stream().filter(e -> e.recipientId() == person.id().value()).toList();
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }

    private EmailStatus statusOf(Person person) {
        return only(person).status();
    }

    /** The one message received for the address. */
    private static MimeMessage single(String address) throws MessagingException {
        List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
        assertThat(received).as("messages to " + address).hasSize(1);
        return received.get(0);
    }

    private static String part(MimeMessage message, String type) throws MessagingException, IOException {
        return find((Multipart) message.getContent(), type);
    }

    private static String find(Multipart multipart, String type) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                assertThat(part.getContentType()).containsIgnoringCase("charset=UTF-8");
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
