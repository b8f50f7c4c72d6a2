package vn.cityhall.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.Person;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.reminders.ReminderStep;
import vn.cityhall.tasks.reminders.TaskReminded;

/** A real event of the tasks module reaches the bell, titled from the tasks module's messages. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class TaskReminderNotificationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void anOverdueTaskReminderAppearsInTheBellInBothLanguages() throws Exception {
        NotificationFixtures fixtures = NotificationFixtures.of(context);
        Person person = fixtures.person();
        TaskReminded reminder = new TaskReminded(TaskId.of(900_000 + person.id().value()), ReminderStep.OVERDUE, 0,
                Instant.parse("2026-03-12T10:00:00Z"), Set.of(person.id().value()),
                List.of("Sửa chữa cống thoát nước phố Hàng Bạc", "12/03/2026", "0", "Sở Xây dựng", "17:00"));
        fixtures.publish(reminder);
        // Its serialized form does not carry the deduplication key: wait for the notification itself.
        NotificationFixtures.await(() -> fixtures.count(person.id().value()) == 1, "the reminder stored");

        Document vi = Jsoup.parse(mvc.perform(get("/notifications/bell").with(fixtures.as(person)))
                .andReturn().getResponse().getContentAsString());
        assertThat(vi.select(".notification-item .notification-title").text()).isEqualTo(
                "Nhiệm vụ “Sửa chữa cống thoát nước phố Hàng Bạc” đã quá hạn (17:00 ngày 12/03/2026); "
                        + "hãy hoàn thành hoặc xin gia hạn.");
        assertThat(vi.select(".notification-item").attr("href")).endsWith("/open");
        assertThat(vi.select(".notification-item .bi-exclamation-circle-fill")).as("urgent").hasSize(1);

        Document en = Jsoup.parse(mvc.perform(get("/notifications/bell").param("lang", "en").with(fixtures.as(person)))
                .andReturn().getResponse().getContentAsString());
        assertThat(en.select(".notification-item .notification-title").text()).startsWith(
                "“Sửa chữa cống thoát nước phố Hàng Bạc” is overdue");

        Document list = Jsoup.parse(mvc.perform(get("/notifications").with(fixtures.as(person)))
                .andReturn().getResponse().getContentAsString());
        assertThat(list.select(".notification-row .small").text()).contains("Nhiệm vụ quá hạn");
    }
}
