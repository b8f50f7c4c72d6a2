package vn.cityhall.tasks.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class TaskInboxPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    WebFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = WebFixtures.of(context);
    }

    @Test
    void officerSeesTheTaskHeHoldsInHisInbox() throws Exception {
        String title = WebFixtures.unique("Khảo sát cống thoát nước");
        fixtures.assign("truongphong.sxd", title, "01.SXD.HTKT", "chuyenvien.sxd", 3);
        mvc.perform(get("/tasks").with(fixtures.as("chuyenvien.sxd")))
                .andExpect(status().isOk())
                .andExpect(view().name("tasks/index"))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Giao cho tôi")))
                .andExpect(content().string(not(containsString("Của đơn vị"))));
    }
}
