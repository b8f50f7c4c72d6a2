package vn.cityhall.zalo.outbound;

/**
 * Where an outbound message stands. {@code SENT}, {@code DELIVERED} and {@code SEEN} only move forward
 * (Zalo's receipts may arrive out of order); {@code UNDELIVERABLE} (outside the interaction window with no
 * ZNS fallback, or the citizen blocked the OA) and {@code DEAD} (any other refusal, or too many failed
 * attempts) wait for an administrator, who may send them again.
 */
public enum OutboxStatus {
    PENDING, SENT, DELIVERED, SEEN, UNDELIVERABLE, DEAD;

    /** Zalo accepted the message (whatever receipts followed). */
    public boolean accepted() {
        return this == SENT || this == DELIVERED || this == SEEN;
    }

    /** An administrator may send it again. */
    public boolean resendable() {
        return this == UNDELIVERABLE || this == DEAD;
    }
}
