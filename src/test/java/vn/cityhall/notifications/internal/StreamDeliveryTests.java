package vn.cityhall.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.notifications.NotificationFixtures;
import vn.cityhall.organization.Person;
import vn.cityhall.shared.LiveUpdate;

/** Keep-alive comments, and live updates only for changes that were committed. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class StreamDeliveryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    LiveStreams streams;

    @Autowired
    TransactionTemplate transactions;

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
    void heartbeatReachesEveryOpenStream() throws Exception {
        MvcResult stream = open();
        streams.heartbeat();
        assertThat(stream.getResponse().getContentAsString()).contains(":heartbeat\n");
    }

    @Test
    void anUpdateOfARolledBackTransactionIsNotSent() throws Exception {
        MvcResult stream = open();
        transactions.executeWithoutResult(status -> {
            context.publishEvent(new LiveUpdate(Set.of(person.id().value()), "rolledback"));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status ->
                context.publishEvent(new LiveUpdate(Set.of(person.id().value()), "committed")));
        NotificationFixtures.await(() -> body(stream).contains("event:committed"), "the committed update");
        assertThat(body(stream)).doesNotContain("rolledback");
    }

    private MvcResult open() throws Exception {
        return mvc.perform(get("/notifications/stream").with(fixtures.as(person))).andExpect(request().asyncStarted())
                .andReturn();
    }

    private static String body(MvcResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
