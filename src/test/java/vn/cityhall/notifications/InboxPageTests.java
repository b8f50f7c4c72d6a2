package vn.cityhall.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.notifications.internal.Inbox;
import vn.cityhall.organization.Person;

/** The bell, the list, opening and marking read: each person sees and changes only their own notifications. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class InboxPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Inbox inbox;

    private NotificationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = NotificationFixtures.of(context);
    }

    @Test
    void bellShowsTheUnreadCountAndTheTitlesInTheViewersLanguage() throws Exception {
        Person person = fixtures.person();
        fixtures.deliver(TestNotice.assigned("Nguyễn Văn An", "Rà soát hồ sơ đất đai", person.id().value()));
        fixtures.deliver(TestNotice.assigned("Đỗ Quang Huy", "Sửa đường Lê Lợi", person.id().value()).urgentNotice());
        fixtures.deliver(TestNotice.assigned("Ngô Thị Lan", "Đã đọc", person.id().value()));
        inbox.markRead(person.id().value(), fixtures.ids(person.id().value()).get(2));

        Document vi = Jsoup.parse(mvc.perform(get("/notifications/bell").with(fixtures.as(person)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(view().name("notifications/bellMenu"))
                .andReturn().getResponse().getContentAsString());
        assertThat(vi.select("#notification-bell-button").attr("aria-label")).isEqualTo("2 thông báo chưa đọc");
        assertThat(vi.select("#notification-count").text()).isEqualTo("2");
        assertThat(vi.select(".notification-item .notification-title").eachText()).containsExactly(
                "Ngô Thị Lan giao cho bạn nhiệm vụ \"Đã đọc\"",
                "Đỗ Quang Huy giao cho bạn nhiệm vụ \"Sửa đường Lê Lợi\"",
                "Nguyễn Văn An giao cho bạn nhiệm vụ \"Rà soát hồ sơ đất đai\"");
        assertThat(vi.select(".notification-item.notification-unread")).hasSize(2);
        assertThat(vi.select(".notification-item time").first().text()).isEqualTo("Vừa xong");
        assertThat(vi.select(".notification-item").first().attr("href"))
                .isEqualTo("/notifications/" + fixtures.ids(person.id().value()).get(2) + "/open");
        assertThat(vi.select("a[href=/notifications]").text()).isEqualTo("Xem tất cả");

        Document en = Jsoup.parse(mvc.perform(get("/notifications/bell").param("lang", "en").with(fixtures.as(person)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(en.select("#notification-bell-button").attr("aria-label")).isEqualTo("2 unread notifications");
        assertThat(en.select(".notification-item .notification-title").eachText())
                .contains("Đỗ Quang Huy assigned you the task \"Sửa đường Lê Lợi\"");
        assertThat(en.select(".notification-item time").first().text()).isEqualTo("Just now");
    }

    @Test
    void bellOfSomeoneWithoutNotificationsSaysSo() throws Exception {
        Person person = fixtures.person();
        Document html = Jsoup.parse(mvc.perform(get("/notifications/bell").with(fixtures.as(person)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(html.select("#notification-bell-button").attr("aria-label")).isEqualTo("Không có thông báo chưa đọc");
        assertThat(html.select("#notification-count")).isEmpty();
        assertThat(html.text()).contains("Chưa có thông báo nào");
    }

    @Test
    void everyPageHasTheBellAndTheLiveUpdateStream() throws Exception {
        Person person = fixtures.person();
        Document html = Jsoup.parse(mvc.perform(get("/").with(fixtures.as(person)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(html.select("body").attr("hx-ext")).isEqualTo("sse");
        assertThat(html.select("body").attr("sse-connect")).isEqualTo("/notifications/stream");
        assertThat(html.select("script[src=/webjars/htmx-ext-sse/sse.js]")).hasSize(1);
        assertThat(html.select("#notification-bell").attr("hx-get")).isEqualTo("/notifications/bell");
        assertThat(html.select("#notification-bell").attr("hx-trigger")).contains("sse:notifications");
        assertThat(html.select("#app-nav a[href=/notifications]").text()).isEqualTo("Thông báo");

        mvc.perform(get("/webjars/htmx-ext-sse/sse.js")).andExpect(status().isOk());
        Document login = Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());
        assertThat(login.select("[sse-connect]")).as("no stream before signing in").isEmpty();
    }

    @Test
    void openingMarksReadAndGoesToTheLink() throws Exception {
        Person person = fixtures.person();
        TestNotice notice = TestNotice.assigned("A", "B", person.id().value());
        fixtures.deliver(notice);
        long id = fixtures.ids(person.id().value()).get(0);

        mvc.perform(get("/notifications/" + id + "/open").with(fixtures.as(person)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(notice.link()));
        assertThat(inbox.find(person.id().value(), id).orElseThrow().isRead()).isTrue();
        assertThat(inbox.unreadCount(person.id().value())).isZero();
    }

    @Test
    void someoneElsesNotificationIsNotFoundAndStaysUnread() throws Exception {
        Person owner = fixtures.person();
        Person other = fixtures.person();
        fixtures.deliver(TestNotice.assigned("A", "B", owner.id().value()));
        long id = fixtures.ids(owner.id().value()).get(0);

        mvc.perform(get("/notifications/" + id + "/open").with(fixtures.as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/notifications/" + id + "/read").with(csrf()).with(fixtures.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/" + id + "/read").with(csrf()).with(fixtures.as(other)).header("HX-Request", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/read-all").with(csrf()).with(fixtures.as(other)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/notifications/999999999/open").with(fixtures.as(owner))).andExpect(status().isNotFound());

        assertThat(inbox.unreadCount(owner.id().value())).isEqualTo(1);
        Document list = Jsoup.parse(mvc.perform(get("/notifications").with(fixtures.as(other)))
                .andReturn().getResponse().getContentAsString());
        assertThat(list.select("#notification-" + id)).isEmpty();
    }

    @Test
    void refusesToRedirectOffTheSite() throws Exception {
        Person person = fixtures.person();
        fixtures.deliver(TestNotice.assigned("A", "B", person.id().value()));
        long id = fixtures.ids(person.id().value()).get(0);
        for (String link : new String[] {"//evil.example/x", "https://evil.example", "/\\evil.example", "javascript:alert(1)"}) {
            // Even a row that somehow holds such a link (written past the listener's check) is not followed.
            fixtures.jdbc().update("update notifications_notification set link = ?, read_at = null where id = ?", link, id);
            mvc.perform(get("/notifications/" + id + "/open").with(fixtures.as(person)))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/notifications"));
        }
    }

    @Test
    void listShowsMyNotificationsNewestFirstWithFiltersAndPaging() throws Exception {
        Person person = fixtures.person();
        for (int i = 1; i <= 22; i++) {
            fixtures.deliver(TestNotice.assigned("Người giao", "Việc số " + i, person.id().value()));
        }
        fixtures.deliver(TestNotice.assigned("Người giao", "Việc họp", person.id().value()).withKind("meetings.test"));
        long meeting = fixtures.ids(person.id().value()).get(22);
        inbox.markRead(person.id().value(), fixtures.ids(person.id().value()).get(0));

        Document first = page(person, "/notifications");
        assertThat(first.select("h1").text()).isEqualTo("Thông báo");
        assertThat(first.select(".notification-row")).hasSize(20);
        assertThat(first.select(".notification-row .notification-title").first().text()).contains("Việc họp");
        assertThat(first.select("#notification-unread-count").text()).isEqualTo("Bạn có 22 thông báo chưa đọc.");
        assertThat(first.select("#notification-kind option").eachAttr("value")).contains("", "tasks.assigned", "meetings.test");
        assertThat(first.select("#notification-kind option[value=tasks.assigned]").text()).isEqualTo("Được giao nhiệm vụ");
        assertThat(first.select(".pagination a").eachAttr("href")).contains("/notifications?filter=all&page=1");

        Document second = page(person, "/notifications?filter=all&page=1");
        assertThat(second.select(".notification-row")).hasSize(3);
        assertThat(second.select(".notification-row").last().hasClass("notification-unread")).isFalse();

        Document unread = page(person, "/notifications?filter=unread&page=1");
        assertThat(unread.select(".notification-row")).hasSize(2).allSatisfy(row ->
                assertThat(row.hasClass("notification-unread")).isTrue());

        Document meetings = page(person, "/notifications?filter=all&kind=meetings.test");
        assertThat(meetings.select(".notification-row")).hasSize(1);
        assertThat(meetings.select("#notification-" + meeting)).hasSize(1);

        String partial = mvc.perform(get("/notifications").param("filter", "unread").with(fixtures.as(person))
                        .header("HX-Request", "true").header("HX-Target", "notification-list"))
                .andExpect(status().isOk()).andExpect(view().name("notifications/list"))
                .andReturn().getResponse().getContentAsString();
        assertThat(partial).doesNotContain("<html").contains("id=\"notification-list\"");
    }

    @Test
    void emptyListsExplainThemselves() throws Exception {
        Person person = fixtures.person();
        assertThat(page(person, "/notifications").select(".empty-state").text()).contains("Chưa có thông báo nào");
        assertThat(page(person, "/notifications?filter=unread").select(".empty-state").text())
                .contains("Không có thông báo phù hợp");
    }

    @Test
    void marksOneReadInPlaceWithHtmxOrWithARedirect() throws Exception {
        Person person = fixtures.person();
        fixtures.deliver(TestNotice.assigned("A", "Một", person.id().value()));
        fixtures.deliver(TestNotice.assigned("A", "Hai", person.id().value()));
        long one = fixtures.ids(person.id().value()).get(0);
        long two = fixtures.ids(person.id().value()).get(1);

        String row = mvc.perform(post("/notifications/" + one + "/read").with(csrf()).with(fixtures.as(person))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(view().name("notifications/row"))
                .andReturn().getResponse().getContentAsString();
        Document html = Jsoup.parse(row);
        assertThat(html.select("#notification-" + one).hasClass("notification-unread")).isFalse();
        assertThat(html.select("form")).as("no mark-read button once read").isEmpty();

        mvc.perform(post("/notifications/" + two + "/read").with(csrf()).with(fixtures.as(person))
                        .param("filter", "unread").param("kind", "tasks.assigned"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifications?filter=unread&kind=tasks.assigned"));
        assertThat(inbox.unreadCount(person.id().value())).isZero();

        mvc.perform(post("/notifications/" + two + "/read").with(fixtures.as(person)))
                .andExpect(status().isForbidden());
    }

    @Test
    void marksAllReadFromTheListTheBellOrWithoutJavaScript() throws Exception {
        Person person = fixtures.person();
        fixtures.deliver(TestNotice.assigned("A", "Một", person.id().value()));
        fixtures.deliver(TestNotice.assigned("A", "Hai", person.id().value()));

        mvc.perform(post("/notifications/read-all").with(csrf()).with(fixtures.as(person)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifications?filter=all"))
                .andExpect(flash().attribute("flash", "Đã đánh dấu 2 thông báo là đã đọc."));
        assertThat(inbox.unreadCount(person.id().value())).isZero();
        Document shown = Jsoup.parse(mvc.perform(get("/notifications").with(fixtures.as(person))
                .flashAttr("flash", "Đã đánh dấu 2 thông báo là đã đọc.")).andReturn().getResponse().getContentAsString());
        assertThat(shown.select(".alert-success").text()).isEqualTo("Đã đánh dấu 2 thông báo là đã đọc.");

        fixtures.deliver(TestNotice.assigned("A", "Ba", person.id().value()));
        String list = mvc.perform(post("/notifications/read-all").with(csrf()).with(fixtures.as(person))
                        .header("HX-Request", "true").param("filter", "unread"))
                .andExpect(status().isOk()).andExpect(view().name("notifications/list"))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(list).select(".alert-success").text()).isEqualTo("Đã đánh dấu 1 thông báo là đã đọc.");

        fixtures.deliver(TestNotice.assigned("A", "Bốn", person.id().value()));
        String bell = mvc.perform(post("/notifications/read-all").with(csrf()).with(fixtures.as(person))
                        .header("HX-Request", "true").param("from", "bell"))
                .andExpect(status().isOk()).andExpect(view().name("notifications/bellMenu"))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(bell).select("#notification-bell-button").attr("aria-label"))
                .isEqualTo("Không có thông báo chưa đọc");
        assertThat(inbox.unreadCount(person.id().value())).isZero();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String path : new String[] {"/notifications", "/notifications/bell", "/notifications/stream",
                "/notifications/1/open", "/notifications/preferences", "/admin/notifications/email"}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void aRefusedBackgroundLoadOfTheBellIsNotWhereTheNextSignInLeads() throws Exception {
        Person person = fixtures.person();
        Document html = Jsoup.parse(mvc.perform(get("/notifications").with(fixtures.as(person)))
                .andReturn().getResponse().getContentAsString());
        assertThat(html.select("#notification-bell").attr("hx-headers")).contains("\"X-Requested-With\": \"XMLHttpRequest\"");

        var session = mvc.perform(get("/notifications/bell").header("X-Requested-With", "XMLHttpRequest"))
                .andExpect(redirectedUrl("/login")).andReturn().getRequest().getSession(false);
        assertThat(session == null ? null : session.getAttribute("SPRING_SECURITY_SAVED_REQUEST")).isNull();
    }

    private Document page(Person person, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(fixtures.as(person)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
