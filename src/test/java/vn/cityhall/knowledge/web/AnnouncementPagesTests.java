package vn.cityhall.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cityhall.knowledge.web.Editors.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.cityhall.DatabaseTest;
import vn.cityhall.knowledge.AnnouncementReleased;
import vn.cityhall.knowledge.Announcements;
import vn.cityhall.knowledge.internal.AnnouncementDesk;
import vn.cityhall.knowledge.internal.AnnouncementView;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@RecordApplicationEvents
class AnnouncementPagesTests {

    private static final String PATH = "/knowledge/announcements";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AnnouncementDesk desk;

    @Autowired
    Announcements announcements;

    @Test
    void anAnnouncementIsReleasedOnceAndItsDeliveryRecorded(ApplicationEvents events) throws Exception {
        String body = "Từ ngày 02/01, Bộ phận một cửa phường Hoàn Kiếm làm việc cả sáng thứ Bảy.\nTrân trọng.";
        MvcResult created = mvc.perform(post(PATH + "/new").with(csrf()).with(as(accounts, "tiepnhan"))
                        .param("title", "Lịch làm việc thứ Bảy").param("body", body))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replace(PATH + "/", ""));
        assertThat(events.stream(AnnouncementReleased.class)).isEmpty();

        mvc.perform(post(PATH + "/" + id + "/send").with(csrf()).with(as(accounts, "tiepnhan")))
                .andExpect(flash().attribute("notice", containsString("Đã gửi thông báo")));
        mvc.perform(post(PATH + "/" + id + "/send").with(csrf()).with(as(accounts, "admin")))
                .andExpect(flash().attribute("problem", "Thông báo này đã được gửi; không thể sửa hoặc gửi lại."));
        assertThat(events.stream(AnnouncementReleased.class)).singleElement().satisfies(released -> {
            assertThat(released.id()).isEqualTo(id);
            assertThat(released.title()).isEqualTo("Lịch làm việc thứ Bảy");
            assertThat(released.body()).isEqualTo(body);
            assertThat(released.actor().username()).isEqualTo("tiepnhan");
        });

        // The Zalo channel broadcasts it and records its delivery counts (after the commit, asynchronously).
        await().atMost(java.time.Duration.ofSeconds(10)).until(() -> desk.find(id).sentCount() != null);

        mvc.perform(post(PATH + "/" + id).with(csrf()).with(as(accounts, "tiepnhan"))
                        .param("title", "Sửa sau khi gửi").param("body", "Sửa").param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không thể sửa hoặc gửi lại")));
        AnnouncementView sent = desk.find(id);
        assertThat(sent.sent()).isTrue();
        assertThat(sent.title()).isEqualTo("Lịch làm việc thứ Bảy");
        assertThat(sent.sentBy()).isEqualTo("tiepnhan");
        assertThat(sent.skippedCount()).isNotNull();

        announcements.recordDelivery(id, 120, 35);
        assertThat(desk.find(id).sentCount()).isEqualTo(120);
        assertThat(desk.find(id).skippedCount()).isEqualTo(35);
        mvc.perform(get(PATH + "/" + id).with(as(accounts, "admin")))
                .andExpect(content().string(containsString("Đã gửi 120, bỏ qua 35")));
        assertThatThrownBy(() -> announcements.recordDelivery(id, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDraftCannotReportDeliveryAndABadAnnouncementIsNotStored() throws Exception {
        long id = desk.draft("Nháp", "Nội dung nháp");
        assertThatThrownBy(() -> announcements.recordDelivery(id, 1, 0)).isInstanceOf(IllegalStateException.class);

        int before = jdbc.queryForObject("select count(*) from knowledge_announcement", Integer.class);
        mvc.perform(post(PATH + "/new").with(csrf()).with(as(accounts, "admin"))
                        .param("title", "").param("body", "x".repeat(2001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập thông tin này.")))
                .andExpect(content().string(containsString("Quá dài: tối đa 2.000 ký tự.")));
        mvc.perform(post(PATH + "/new").param("lang", "en").with(csrf()).with(as(accounts, "admin"))
                        .param("title", "Title").param("body", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill in this field.")));
        assertThat(jdbc.queryForObject("select count(*) from knowledge_announcement", Integer.class)).isEqualTo(before);
    }

    @Test
    void onlyEditorsReachTheAnnouncements(ApplicationEvents events) throws Exception {
        long id = desk.draft("Không được gửi", "Nội dung");
        for (String other : new String[] {"canbo.hoankiem", "chutich"}) {
            mvc.perform(get(PATH).with(as(accounts, other))).andExpect(status().isForbidden());
            mvc.perform(post(PATH + "/" + id + "/send").with(csrf()).with(as(accounts, other)))
                    .andExpect(status().isForbidden());
        }
        assertThat(desk.find(id).sent()).isFalse();
        assertThat(events.stream(AnnouncementReleased.class)).isEmpty();
        mvc.perform(get(PATH).with(as(accounts, "admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-announcement=\"" + id + "\"")));
    }
}
