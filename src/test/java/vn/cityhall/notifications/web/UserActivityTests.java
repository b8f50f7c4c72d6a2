package vn.cityhall.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.notifications.NotificationFixtures;
import vn.cityhall.notifications.internal.LiveStreams;
import vn.cityhall.organization.Person;

/** An open tab's stream does not keep an idle session alive: the session's idle timeout still applies. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class UserActivityTests {

    private static final int TIMEOUT_SECONDS = 1800;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    LiveStreams streams;

    private NotificationFixtures fixtures;
    private Person person;

    @BeforeEach
    void setUp() {
        fixtures = NotificationFixtures.of(context);
        person = fixtures.person();
    }

    @AfterEach
    void closeStreams() {
        streams.closeAll(person.id().value());
    }

    @Test
    void pagesCountAsActivityButTheStreamAndTheBellDoNot() throws Exception {
        MockHttpSession session = session(null);
        mvc.perform(get("/notifications/bell").session(session).with(fixtures.as(person))).andExpect(status().isOk());
        mvc.perform(get("/notifications/stream").session(session).with(fixtures.as(person)))
                .andExpect(request().asyncStarted());
        assertThat(session.getAttribute(UserActivity.LAST_ACTIVITY)).isNull();

        long before = System.currentTimeMillis();
        mvc.perform(get("/notifications").session(session).with(fixtures.as(person))).andExpect(status().isOk());
        assertThat((Long) session.getAttribute(UserActivity.LAST_ACTIVITY)).isGreaterThanOrEqualTo(before);
    }

    @Test
    void theStreamEndsASessionIdleLongerThanItsTimeout() throws Exception {
        MockHttpSession idle = session(System.currentTimeMillis() - (TIMEOUT_SECONDS + 5) * 1000L);
        mvc.perform(get("/notifications/stream").session(idle).with(fixtures.as(person)))
                .andExpect(status().isNoContent());
        assertThat(idle.isInvalid()).isTrue();
        assertThat(streams.openStreams(person.id().value())).isZero();

        MockHttpSession active = session(System.currentTimeMillis() - 60_000);
        mvc.perform(get("/notifications/stream").session(active).with(fixtures.as(person)))
                .andExpect(request().asyncStarted());
        assertThat(active.isInvalid()).isFalse();
        assertThat(streams.openStreams(person.id().value())).isEqualTo(1);
    }

    private static MockHttpSession session(Long lastActivity) {
        MockHttpSession session = new MockHttpSession();
        session.setMaxInactiveInterval(TIMEOUT_SECONDS);
        if (lastActivity != null) {
            session.setAttribute(UserActivity.LAST_ACTIVITY, lastActivity);
        }
        return session;
    }
}
