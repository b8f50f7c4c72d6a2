package vn.cityhall.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

import vn.cityhall.DatabaseTest;
import vn.cityhall.notifications.internal.Inbox;
import vn.cityhall.notifications.internal.KindCatalog;
import vn.cityhall.notifications.internal.Notification;
import vn.cityhall.organization.Person;

/** The listener stores one notification per active recipient, once, as another module's event asks. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class NotificationListenerTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Inbox inbox;

    @Autowired
    KindCatalog kinds;

    private NotificationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = NotificationFixtures.of(context);
    }

    @Test
    void storesOneNotificationPerActiveRecipientAndSkipsInactiveAndUnknownPeople() {
        Person first = fixtures.person();
        Person second = fixtures.person(false);
        Person gone = fixtures.inactivePerson();
        long unknown = 987_654_321L;

        fixtures.deliver(TestNotice.assigned("Nguyễn Văn An", "Rà soát hồ sơ", first.id().value(), second.id().value(),
                gone.id().value(), unknown));

        assertThat(fixtures.count(first.id().value())).isEqualTo(1);
        assertThat(fixtures.count(second.id().value())).as("no e-mail address does not matter in the app").isEqualTo(1);
        assertThat(fixtures.count(gone.id().value())).isZero();
        assertThat(fixtures.count(unknown)).isZero();
        Notification stored = inbox.latest(first.id().value(), 1).get(0);
        assertThat(stored.kind()).isEqualTo("tasks.assigned");
        assertThat(stored.titleKey()).isEqualTo("notificationtests.assigned");
        assertThat(stored.isRead()).isFalse();
        assertThat(stored.link()).startsWith("/tasks/");
    }

    @Test
    void aRedeliveredEventNotifiesOnlyOnce() {
        Person person = fixtures.person();
        TestNotice notice = TestNotice.assigned("Lê Minh Cường", "Báo cáo tuần", person.id().value());

        fixtures.publish(notice);
        fixtures.publish(notice);
        fixtures.awaitHandled(notice.deduplicationKey(), 2);

        assertThat(fixtures.count(person.id().value())).isEqualTo(1);
        assertThat(inbox.unreadCount(person.id().value())).isEqualTo(1);
    }

    @Test
    void keepsVietnameseArgumentsExactly() {
        Person person = fixtures.person();
        String decomposed = Normalizer.normalize("Hoà", Normalizer.Form.NFD);
        List<String> arguments = List.of("Đỗ Quang Huy", "Khắc phục sự cố ngập úng \"phố cổ\" " + decomposed + " ✓");
        fixtures.deliver(new TestNotice("tasks.assigned", Set.of(person.id().value()), "notificationtests.assigned",
                arguments, "/tasks/1", "test:vi:" + person.id(), false));

        assertThat(inbox.latest(person.id().value(), 1).get(0).titleArguments()).containsExactlyElementsOf(arguments);
        String column = fixtures.jdbc().queryForObject(
                "select title_arguments from notifications_notification where recipient_id = ?", String.class,
                person.id().value());
        assertThat(column).as("stored as UTF-8 text, not escaped").contains("Đỗ Quang Huy");
    }

    @Test
    void registersANewKindSoPeopleCanChooseItsChannels() {
        Person person = fixtures.person();
        String kind = "meetings.invited" + person.id();
        assertThat(kinds.all()).doesNotContain(kind).contains("tasks.assigned", "tasks.overdue");

        fixtures.deliver(TestNotice.assigned("Vũ Thị Hạnh", "Họp giao ban", person.id().value()).withKind(kind));

        assertThat(kinds.all()).contains(kind);
        assertThat(inbox.kindsOf(person.id().value())).containsExactly(kind);
    }

    @Test
    void keepsOnlyLinksWithinTheSite() {
        Person person = fixtures.person();
        fixtures.deliver(TestNotice.assigned("A", "B", person.id().value()).withLink("//evil.example/x"));
        fixtures.deliver(TestNotice.assigned("A", "C", person.id().value()).withLink("https://evil.example/x"));

        assertThat(inbox.latest(person.id().value(), 5)).hasSize(2).allSatisfy(n -> assertThat(n.link()).isNull());
    }

    @Test
    void dropsAnEventWithAnUnusableKindWithoutRetrying() {
        Person person = fixtures.person();
        TestNotice broken = TestNotice.assigned("A", "B", person.id().value()).withKind("Not a kind!");
        fixtures.deliver(broken);

        assertThat(fixtures.count(person.id().value())).isZero();
        Map<String, Object> publication = fixtures.jdbc().queryForMap(
                "select completion_date from event_publication where serialized_event like ?",
                "%" + broken.deduplicationKey() + "%");
        assertThat(publication.get("completion_date")).as("completed, not left to be retried").isNotNull();
    }
}
