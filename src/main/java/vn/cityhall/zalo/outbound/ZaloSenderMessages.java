package vn.cityhall.zalo.outbound;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.cityhall.feedback.SenderMessages;

/**
 * The Zalo messages about a feedback item, for its page: each with its status, the undeliverable and
 * dead-lettered ones marked as failed with Zalo's reason, so that staff know the citizen was not reached.
 */
@Component
class ZaloSenderMessages implements SenderMessages {

    private final ZaloOutbox outbox;

    ZaloSenderMessages(ZaloOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<SenderMessage> about(long itemId) {
        return outbox.messagesAbout(itemId).stream().map(ZaloSenderMessages::line).toList();
    }

    private static SenderMessage line(ZaloOutboundMessage message) {
        boolean failed = message.status().resendable();
        String detail = !failed || message.lastErrorCode() == null ? null
                : message.lastErrorCode() + (message.lastError() == null ? "" : " " + message.lastError());
        return new SenderMessage(message.createdAt(), "zalooutbound.channel." + message.channel().name(),
                message.text(), ZaloOutboxController.statusKey(message.status()), failed, detail);
    }
}
