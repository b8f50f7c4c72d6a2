package vn.cityhall.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

import vn.cityhall.notifications.internal.Delivery;

class OutboxEmailTests {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final Delivery DELIVERY = new Delivery("tasks.overdue", "k", List.of(), "/tasks/1", true, "d");

    @Test
    void retriesWithADoublingDelayThenFails() {
        OutboxEmail email = new OutboxEmail(1, "a@b.vn", null, DELIVERY, NOW);
        email.failed(NOW, "timeout", false, 4, Duration.ofMinutes(1));
        assertThat(email.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        email.failed(NOW, "timeout", false, 4, Duration.ofMinutes(1));
        assertThat(email.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        email.failed(NOW, "timeout", false, 4, Duration.ofMinutes(1));
        assertThat(email.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(email.status()).isEqualTo(EmailStatus.PENDING);
        email.failed(NOW, "x".repeat(3000), false, 4, Duration.ofMinutes(1));
        assertThat(email.status()).isEqualTo(EmailStatus.FAILED);
        assertThat(email.attempts()).isEqualTo(4);
        assertThat(email.lastError()).hasSize(OutboxEmail.MAX_ERROR_LENGTH);
    }

    @Test
    void aPermanentFailureIsNotRetriedAndAResendStartsAfresh() {
        OutboxEmail email = new OutboxEmail(1, "a@b.vn", 5L, DELIVERY, NOW);
        email.failed(NOW, "550 no such user", true, 8, Duration.ofMinutes(1));
        assertThat(email.status()).isEqualTo(EmailStatus.FAILED);
        assertThat(email.resend(NOW.plusSeconds(60))).isTrue();
        assertThat(email.status()).isEqualTo(EmailStatus.PENDING);
        assertThat(email.attempts()).isZero();
        assertThat(email.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        email.sent(NOW);
        assertThat(email.resend(NOW)).as("a sent e-mail is not sent again").isFalse();
        assertThat(email.status()).isEqualTo(EmailStatus.SENT);
    }

    @Test
    void tellsPermanentFromTransientFailures() throws Exception {
        SendFailedException refused = new SendFailedException("550", null, new jakarta.mail.Address[0],
                new jakarta.mail.Address[0], new jakarta.mail.Address[] {new InternetAddress("x@y.vn")});
        assertThat(EmailSender.isPermanent(new MailSendException(Map.of(new Object(), refused)))).isTrue();
        assertThat(EmailSender.isPermanent(new MailParseException("bad"))).isTrue();
        assertThat(EmailSender.isPermanent(new MailSendException("connection refused"))).isFalse();
        assertThat(EmailSender.isPermanent(new MailAuthenticationException("535"))).isFalse();
    }
}
