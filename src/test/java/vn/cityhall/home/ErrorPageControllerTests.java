package vn.cityhall.home;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class ErrorPageControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    @WithUserDetails("vanthu")
    void forbiddenPageIsLocalizedInsideTheStaffLayout() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Không có quyền truy cập")))
                .andExpect(content().string(containsString("id=\"app-nav\"")));
    }

    @Test
    @WithUserDetails("vanthu")
    void serverErrorPageIsInEnglishWhenChosen() throws Exception {
        mvc.perform(get("/error").param("lang", "en").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503)
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("System error")))
                .andExpect(content().string(containsString("Your data was not changed.")));
    }

    @Test
    void anonymousVisitorsGetTheBarePageWithALoginLink() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy trang")))
                .andExpect(content().string(containsString("href=\"/login\"")));
    }

    @Test
    @WithUserDetails("vanthu")
    void apiClientsGetAProblemDocument() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/nothing")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Không tìm thấy trang"))
                .andExpect(jsonPath("$.instance").value("/api/v1/nothing"));
    }
}
