package vn.cityhall.notifications.email;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.notifications.internal.NotificationSettings;

/**
 * Sends the due e-mails of the outbox over SMTP, one node at a time (ShedLock). Each e-mail is read and
 * rendered in one short transaction, sent outside any transaction, and its outcome recorded in another:
 * a failure is retried later with a growing delay, up to {@code email-max-attempts}; an address the server
 * refuses for good fails at once. A node that stops between sending and recording may send an e-mail
 * twice; none is lost.
 */
@Component
public class EmailSender {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final OutboxEmails outbox;
    private final EmailComposer composer;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EmailSender(OutboxEmails outbox, EmailComposer composer, ObjectProvider<JavaMailSender> mailSender,
            NotificationSettings settings, TransactionTemplate transactions, Clock clock) {
        if (settings.emailEnabled() && mailSender.getIfAvailable() == null) {
            throw new IllegalStateException("cityhall.notifications.email-enabled=true needs an SMTP server: "
                    + "set spring.mail.host (and spring.mail.port, username, password as needed)");
        }
        this.outbox = outbox;
        this.composer = composer;
        this.mailSender = mailSender;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cityhall.notifications.email-poll-interval:30s}",
            initialDelayString = "${cityhall.notifications.email-poll-interval:30s}")
    @SchedulerLock(name = "notifications.email")
    void run() {
        if (settings.emailEnabled()) {
            sendDue(clock.instant());
        }
    }

    /** Sends the e-mails due at {@code now} (one batch); returns how many were sent. */
    public int sendDue(Instant now) {
        List<Long> due = transactions.execute(status ->
                outbox.findDue(now, PageRequest.of(0, settings.emailBatchSize())));
        int sent = 0;
        for (Long id : due) {
            if (sendOne(id, now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendOne(long id, Instant now) {
        Optional<Prepared> prepared = transactions.execute(status -> outbox.findById(id)
                .filter(email -> email.status() == EmailStatus.PENDING)
                .map(email -> new Prepared(email.address(), composer.compose(email))));
        if (prepared == null || prepared.isEmpty()) {
            return false;
        }
        try {
            JavaMailSender sender = mailSender.getObject();
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(prepared.get().address());
            helper.setSubject(prepared.get().content().subject());
            helper.setText(prepared.get().content().text(), prepared.get().content().html());
            sender.send(message);
            record(id, email -> email.sent(clock.instant()));
            return true;
        } catch (MessagingException | MailException e) {
            boolean permanent = isPermanent(e);
            log.warn("Notification e-mail {} to {} failed ({}): {}", id, prepared.get().address(),
                    permanent ? "permanently" : "will retry", e.getMessage());
            record(id, email -> email.failed(now, describe(e), permanent, settings.emailMaxAttempts(),
                    settings.emailRetryDelay()));
            return false;
        }
    }

    private record Prepared(String address, EmailComposer.Composed content) {
    }

    private void record(long id, java.util.function.Consumer<OutboxEmail> change) {
        transactions.executeWithoutResult(status -> outbox.findById(id).ifPresent(change));
    }

    /** A malformed message or an address the server refuses will never succeed; anything else may. */
    static boolean isPermanent(Exception e) {
        if (e instanceof MailParseException || e instanceof MailPreparationException
                || e instanceof jakarta.mail.internet.AddressException) {
            return true;
        }
        if (e instanceof MailSendException send) {
            return send.getFailedMessages().values().stream().anyMatch(EmailSender::refusedAddress);
        }
        return refusedAddress(e);
    }

    private static boolean refusedAddress(Exception e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            text.append(" / ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
