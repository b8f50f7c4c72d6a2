package vn.cityhall.zalo.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A citizen played in the simulator: a Zalo user id, the name and phone they share when asked, and what their
 * phone sent to the webhook with the answer it got. Kept in memory only; the application itself keeps the events.
 */
final class SimulatedCitizen {

    /** One event the phone posted, and the webhook's answer (HTTP status; 0 when unreachable). */
    record Sent(Instant at, String event, String text, String mediaPath, String body, int status, Delivery delivery) {
    }

    /** How an event was posted: first time, again (as Zalo's retry), or with a forged signature. */
    enum Delivery { FIRST, REPEATED, FORGED }

    private final String userId;
    private final String name;
    private final String phone;
    private final Instant createdAt;
    private final List<Sent> sent = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private long lastTimestamp;

    SimulatedCitizen(String userId, String name, String phone, Instant createdAt) {
        this.userId = userId;
        this.name = name;
        this.phone = phone;
        this.createdAt = createdAt;
    }

    String userId() {
        return userId;
    }

    String name() {
        return name;
    }

    /** The mobile number as the citizen would type it, {@code 0…}. */
    String phone() {
        return phone;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** A Zalo timestamp (ms) after every earlier one of this citizen, so the phone's events stay in order. */
    synchronized long nextTimestamp(long now) {
        lastTimestamp = Math.max(now, lastTimestamp + 1);
        return lastTimestamp;
    }

    synchronized void record(Sent event) {
        sent.add(event);
    }

    synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The last event that reached the webhook signed correctly, the one "send again" repeats. */
    synchronized Sent lastGenuine() {
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).delivery() != Delivery.FORGED) {
                return sent.get(i);
            }
        }
        return null;
    }

    /** Of these message ids, those not shown before; they are now marked shown. */
    synchronized List<String> firstShown(List<String> messageIds) {
        return messageIds.stream().filter(seen::add).toList();
    }
}
