package vn.cityhall.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cityhall.DatabaseTest;

@SpringBootTest
@DatabaseTest
class SenderLimitsIntegrationTests {

    @Autowired
    FeedbackIntake intake;

    @Autowired
    Feedbacks feedbacks;

    @Autowired
    FeedbackSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thirtyPostsAMinuteFromOnePhoneAreRefusedAfterTheLimitAndNothingMoreIsStored() {
        String phone = "0977" + String.format("%06d", System.nanoTime() % 1_000_000);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 30; i++) {
            try {
                intake.submit(submission(phone, "198.51.100." + (i % 200)));
                accepted++;
            } catch (FeedbackInvalid invalid) {
                assertThat(invalid.errors()).extracting(FeedbackInvalid.FieldError::messageKey)
                        .containsExactly("feedback.error.tooManyFromPhone");
                refused++;
            }
        }
        assertThat(accepted).isEqualTo(settings.maxPerPhone());
        assertThat(refused).isEqualTo(30 - settings.maxPerPhone());
        assertThat(feedbacks.countBySenderPhoneAndReceivedAtAfter(phone, Instant.EPOCH)).isEqualTo(settings.maxPerPhone());
    }

    @Test
    void aStoppedPhoneNumberIsRefused() {
        jdbc.update("insert into feedback_blocked_sender (kind, sender, reason, blocked_at) values ('PHONE', ?, ?, ?)",
                "0866000111", "Gửi nội dung xúc phạm nhiều lần", Timestamp.from(Instant.now()));
        assertThatThrownBy(() -> intake.submit(submission("086 600 0111", null)))
                .isInstanceOfSatisfying(FeedbackInvalid.class, invalid -> assertThat(invalid.errors())
                        .extracting(FeedbackInvalid.FieldError::messageKey).containsExactly("feedback.error.blocked"));
    }

    @Test
    void oneNetworkAddressHasItsOwnLimit() {
        String address = "192.0.2." + (System.nanoTime() % 250);
        for (int i = 0; i < settings.maxPerAddress(); i++) {
            intake.submit(submission("09" + String.format("%08d", (System.nanoTime() + i) % 100_000_000), address));
        }
        assertThatThrownBy(() -> intake.submit(submission("0911222333", address)))
                .isInstanceOfSatisfying(FeedbackInvalid.class, invalid -> assertThat(invalid.errors())
                        .extracting(FeedbackInvalid.FieldError::messageKey).containsExactly("feedback.error.tooManyFromAddress"));
    }

    private static FeedbackSubmission submission(String phone, String address) {
        return new FeedbackSubmission(FeedbackChannel.API, "Nước thải tràn ra đường sau mưa", null, null, null, null, null,
                "Phạm Thị Dung", phone, null, true, false, List.of(), address);
    }
}
