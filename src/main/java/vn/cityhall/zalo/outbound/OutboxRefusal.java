package vn.cityhall.zalo.outbound;

/** An administrator's request on the outbox that cannot be done; the message key explains why. */
public class OutboxRefusal extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    OutboxRefusal(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
