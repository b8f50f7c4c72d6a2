package vn.cityhall.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.shared.StaffIdentity;
import vn.cityhall.shared.web.Localizer;
import vn.cityhall.shared.web.Page;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class HomeControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TemplateEngine templates;

    @Autowired
    MessageSource messages;

    @Test
    void anonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithUserDetails("chutich")
    void leaderSeesTheLeaderGuideAndTheTasksSectionThatLoadsItsOwnPartial() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(view().name("home/index"))
                .andExpect(content().string(containsString("Xin chào Nguyễn Văn An.")))
                .andExpect(content().string(containsString("Lãnh đạo: giao việc")))
                .andExpect(content().string(containsString("Nhiệm vụ của tôi")))
                .andExpect(content().string(containsString("hx-get=\"/tasks/inbox\"")))
                .andExpect(content().string(containsString("hx-trigger=\"load\"")))
                .andExpect(content().string(not(containsString("Chưa có việc nào cần xử lý"))))
                .andExpect(content().string(not(containsString("Văn thư: tiếp nhận"))));
    }

    @Test
    @WithUserDetails("vanthu")
    void aSectionWithoutPartialIsRenderedByTheHomeAloneAndOneWithAPartialLoadsIt() {
        var counter = new WorkInboxSection.Counter("home.more", 3, "/x?focus=late", "danger");
        var item = new WorkInboxSection.Item("Hồ sơ cần duyệt", "Văn phòng", null, false, "/x/1");
        var plain = new WorkInboxSection("home.title", "inbox", List.of(counter), List.of(item), "/x");
        var loaded = new WorkInboxSection("home.shortcuts", "inbox", List.of(counter), List.of(item), "/y",
                "/y/partial");
        StringOutput output = new StringOutput();
        templates.render("home/index.jte", Map.of("page", new Page(new Localizer(messages, Locale.forLanguageTag("vi")),
                (StaffIdentity) SecurityContextHolder.getContext().getAuthentication().getPrincipal(), List.of(), null,
                "/", null), "sections", List.of(plain, loaded), "shortcuts", List.of(), "roleGuides", List.of()), output);
        String html = output.toString();
        assertThat(plain.fragmentUrl()).isNull();
        assertThat(html).contains("Hồ sơ cần duyệt", "/x?focus=late");
        assertThat(html).containsOnlyOnce("hx-get=\"/y/partial\"");
        String plainBody = html.substring(html.indexOf("section-body-home.title"), html.indexOf("section-body-home.shortcuts"));
        assertThat(plainBody).doesNotContain("hx-get", "hx-trigger");
        assertThat(html.substring(html.indexOf("section-body-home.shortcuts"))).contains("hx-trigger=\"load\"");
    }

    @Test
    @WithUserDetails("vanthu")
    void clerkSeesTheClerkGuideInEnglishWhenAsked() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("Clerk: receive and register incoming documents")))
                .andExpect(content().string(not(containsString("Leader: assign work"))));
    }

    @Test
    @WithUserDetails("chutich")
    void unknownPageShowsTheLocalizedNotFoundPageInTheLayout() throws Exception {
        mvc.perform(get("/no-such-page"))
                .andExpect(status().isNotFound());
    }
}
