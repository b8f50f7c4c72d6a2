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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.cityhall.DatabaseTest;
import vn.cityhall.notifications.internal.Channel;
import vn.cityhall.notifications.internal.DeliveryPreferences;
import vn.cityhall.organization.Person;

/** Each person chooses the channels per kind; the choice changes what the listener delivers. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class PreferencePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    DeliveryPreferences preferences;

    private NotificationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = NotificationFixtures.of(context);
    }

    @Test
    void showsEveryKnownKindWithTheDefaults() throws Exception {
        Person person = fixtures.person();
        Document html = page(person);
        assertThat(html.select("h1").text()).isEqualTo("Tùy chọn thông báo");
        assertThat(html.select("input[name=kind]").eachAttr("value")).contains("tasks.assigned", "tasks.overdue",
                "tasks.escalated", "tasks.completed");
        assertThat(checked(html, "tasks.assigned|IN_APP")).isTrue();
        assertThat(checked(html, "tasks.assigned|EMAIL")).as("e-mail off for ordinary kinds").isFalse();
        assertThat(checked(html, "tasks.overdue|EMAIL")).as("e-mail on for urgent kinds").isTrue();
        assertThat(checked(html, "tasks.escalated|EMAIL")).isTrue();
        assertThat(html.select("th[scope=row]").eachText()).contains("Nhiệm vụ quá hạn");
        assertThat(html.select("input[value=tasks.overdue|EMAIL]").attr("aria-label"))
                .isEqualTo("Nhận \"Nhiệm vụ quá hạn\" qua thư điện tử");
        assertThat(html.select(".alert-info").text()).as("e-mail is off in this installation")
                .contains("chưa bật gửi thư điện tử");
    }

    @Test
    void savesTheChoicesAndShowsThemAgain() throws Exception {
        Person person = fixtures.person();
        mvc.perform(save(person, "tasks.assigned", "tasks.overdue").param("on", "tasks.assigned|EMAIL"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifications/preferences"))
                .andExpect(flash().attribute("flash", "Đã lưu tùy chọn thông báo."));

        long id = person.id().value();
        assertThat(preferences.wants(id, "tasks.assigned", Channel.EMAIL)).isTrue();
        assertThat(preferences.wants(id, "tasks.assigned", Channel.IN_APP)).isFalse();
        assertThat(preferences.wants(id, "tasks.overdue", Channel.EMAIL)).isFalse();
        assertThat(preferences.wants(id, "tasks.overdue", Channel.IN_APP)).isFalse();
        assertThat(preferences.wants(id, "tasks.escalated", Channel.EMAIL)).as("kinds not in the form keep their default")
                .isTrue();

        Document html = page(person);
        assertThat(checked(html, "tasks.assigned|EMAIL")).isTrue();
        assertThat(checked(html, "tasks.assigned|IN_APP")).isFalse();

        mvc.perform(save(person, "tasks.assigned").param("on", "tasks.assigned|IN_APP"));
        assertThat(preferences.wants(id, "tasks.assigned", Channel.IN_APP)).isTrue();
        assertThat(preferences.wants(id, "tasks.assigned", Channel.EMAIL)).isFalse();
    }

    @Test
    void savesWithHtmxInPlace() throws Exception {
        Person person = fixtures.person();
        String body = mvc.perform(save(person, "tasks.completed").header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(view().name("notifications/preferencesForm"))
                .andReturn().getResponse().getContentAsString();
        Document html = Jsoup.parse(body);
        assertThat(body).doesNotContain("<html");
        assertThat(html.select(".alert-success").text()).isEqualTo("Đã lưu tùy chọn thông báo.");
        assertThat(checked(html, "tasks.completed|IN_APP")).isFalse();
    }

    @Test
    void refusesAnUnknownKindOrChannelAndChangesNothing() throws Exception {
        Person person = fixtures.person();
        long id = person.id().value();

        Document unknownKind = invalid(save(person, "tasks.assigned", "no.such.kind").param("on", "tasks.assigned|EMAIL"));
        assertThat(unknownKind.select("#form-errors").text()).contains("Chưa lưu được tùy chọn, không có gì thay đổi:")
                .contains("Loại thông báo \"no.such.kind\" không tồn tại. Hãy tải lại trang rồi lưu lại.");

        Document badChannel = invalid(save(person, "tasks.assigned").param("on", "tasks.assigned|SMS"));
        assertThat(badChannel.select("#form-errors").text())
                .contains("Lựa chọn \"tasks.assigned|SMS\" không hợp lệ. Hãy tải lại trang rồi lưu lại.");

        Document kindNotShown = invalid(save(person, "tasks.assigned").param("on", "tasks.overdue|IN_APP"));
        assertThat(kindNotShown.select("#form-errors li")).hasSize(1);

        Document empty = invalid(post("/notifications/preferences").with(csrf()).with(fixtures.as(person)));
        assertThat(empty.select("#form-errors").text()).contains("Biểu mẫu không có loại thông báo nào.");

        assertThat(preferences.wants(id, "tasks.assigned", Channel.EMAIL)).isFalse();
        assertThat(preferences.wants(id, "tasks.assigned", Channel.IN_APP)).isTrue();
        assertThat(fixtures.jdbc().queryForObject("select count(*) from notifications_preference where person_id = ?",
                Long.class, id)).isZero();

        String partial = mvc.perform(save(person, "nope").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(partial).select("#form-errors").text()).contains("\"nope\"");
    }

    @Test
    void inAppOffMeansNothingIsStoredForThatKind() throws Exception {
        Person person = fixtures.person();
        long id = person.id().value();
        mvc.perform(save(person, "tasks.assigned", "tasks.completed").param("on", "tasks.completed|IN_APP"))
                .andExpect(status().is3xxRedirection());

        fixtures.deliver(TestNotice.assigned("A", "Không lưu", id));
        fixtures.deliver(TestNotice.assigned("A", "Có lưu", id).withKind("tasks.completed"));

        assertThat(fixtures.count(id)).isEqualTo(1);
        Document bell = Jsoup.parse(mvc.perform(get("/notifications/bell").with(fixtures.as(person)))
                .andReturn().getResponse().getContentAsString());
        assertThat(bell.select(".notification-title").text()).contains("Có lưu").doesNotContain("Không lưu");
    }

    private MockHttpServletRequestBuilder save(Person person, String... kinds) {
        return post("/notifications/preferences").with(csrf()).with(fixtures.as(person)).param("kind", kinds);
    }

    private Document invalid(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isUnprocessableContent())
                .andExpect(view().name("notifications/preferences")).andReturn().getResponse().getContentAsString());
    }

    private Document page(Person person) throws Exception {
        return Jsoup.parse(mvc.perform(get("/notifications/preferences").with(fixtures.as(person)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static boolean checked(Document html, String value) {
        return html.select("input[name=on][value=" + value + "]").hasAttr("checked");
    }
}
