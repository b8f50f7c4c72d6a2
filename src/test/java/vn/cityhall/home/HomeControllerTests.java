package vn.cityhall.home;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class HomeControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithUserDetails("chutich")
    void leaderSeesTheLeaderGuideAndTheEmptyInbox() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(view().name("home/index"))
                .andExpect(content().string(containsString("Xin chào Nguyễn Văn An.")))
                .andExpect(content().string(containsString("Lãnh đạo: giao việc")))
                .andExpect(content().string(containsString("Chưa có việc nào cần xử lý")))
                .andExpect(content().string(not(containsString("Văn thư: tiếp nhận"))));
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
