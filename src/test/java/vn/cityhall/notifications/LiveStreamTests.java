package vn.cityhall.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import java.io.UnsupportedEncodingException;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.cityhall.DatabaseTest;
import vn.cityhall.notifications.internal.LiveStreams;
import vn.cityhall.organization.Person;
import vn.cityhall.shared.LiveUpdate;

/** The live-update stream: each person's open tabs get their own events, and nobody else's. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class LiveStreamTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    LiveStreams streams;

    private NotificationFixtures fixtures;
    private Person reader;
    private Person other;

    @BeforeEach
    void setUp() {
        fixtures = NotificationFixtures.of(context);
        reader = fixtures.person();
        other = fixtures.person();
    }

    @AfterEach
    void closeStreams() {
        streams.closeAll(reader.id().value());
        streams.closeAll(other.id().value());
    }

    @Test
    void streamCarriesMyNotificationsAndLiveUpdatesAndNothingOfOthers() throws Exception {
        MvcResult mine = open(reader, null);
        MvcResult theirs = open(other, null);
        assertThat(mine.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        assertThat(mine.getResponse().getHeader("X-Accel-Buffering")).isEqualTo("no");
        assertThat(body(mine)).contains(":connected").contains("retry:5000");

        fixtures.deliver(TestNotice.assigned("A", "B", reader.id().value()));
        awaitBody(mine, "event:notifications\ndata:notifications\n");

        fixtures.publish(new LiveUpdate(Set.of(reader.id().value()), "tasks"));
        awaitBody(mine, "event:tasks\ndata:tasks\n");

        // Outside a transaction the update goes out at once.
        context.publishEvent(new LiveUpdate(Set.of(reader.id().value()), "home.counters"));
        awaitBody(mine, "event:home.counters\n");

        assertThat(body(theirs)).contains(":connected").doesNotContain("event:");
    }

    @Test
    void everyOpenTabOfThePersonGetsTheEvent() throws Exception {
        MvcResult first = open(reader, null);
        MvcResult second = open(reader, null);
        assertThat(streams.openStreams(reader.id().value())).isEqualTo(2);

        fixtures.publish(new LiveUpdate(Set.of(reader.id().value(), other.id().value()), "tasks"));

        awaitBody(first, "event:tasks\n");
        awaitBody(second, "event:tasks\n");
    }

    @Test
    void aReconnectingBrowserIsToldToCatchUp() throws Exception {
        MvcResult reconnected = open(reader, "41");
        assertThat(body(reconnected)).contains("event:notifications\n").contains("event:reconnected\n");
        MvcResult fresh = open(other, null);
        assertThat(body(fresh)).doesNotContain("event:");
    }

    @Test
    void closesTheOldestStreamBeyondTheLimitAndForgetsClosedStreams() throws Exception {
        for (int i = 0; i < 12; i++) {
            open(reader, null);
        }
        assertThat(streams.openStreams(reader.id().value())).isEqualTo(10);
        streams.closeAll(reader.id().value());
        assertThat(streams.openStreams(reader.id().value())).isZero();
    }

    @Test
    void ignoresATopicThatCannotBeAnEventName() throws Exception {
        MvcResult mine = open(reader, null);
        context.publishEvent(new LiveUpdate(Set.of(reader.id().value()), "bad topic\ndata: injected"));
        context.publishEvent(new LiveUpdate(Set.of(reader.id().value()), "fine"));
        awaitBody(mine, "event:fine\n");
        assertThat(body(mine)).doesNotContain("injected");
    }

    private MvcResult open(Person person, String lastEventId) throws Exception {
        var request = get("/notifications/stream").with(fixtures.as(person)).accept(MediaType.TEXT_EVENT_STREAM);
        if (lastEventId != null) {
            request = request.header("Last-Event-ID", lastEventId);
        }
        return mvc.perform(request).andExpect(request().asyncStarted())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-cache")))
                .andReturn();
    }

    private static String body(MvcResult result) throws UnsupportedEncodingException {
        return result.getResponse().getContentAsString();
    }

    private static void awaitBody(MvcResult result, String expected) {
        NotificationFixtures.await(() -> {
            try {
                return body(result).contains(expected);
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }, "stream to contain " + expected.strip());
    }
}
