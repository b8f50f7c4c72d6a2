package vn.cityhall.bench;

import java.util.List;

/**
 * One citizen playing a script: each message becomes a signed event when it is sent, stamped with the time of
 * sending (and always later than the citizen's previous message, as Zalo's timestamps are), with a new msg_id
 * when the event has one.
 */
final class ZaloCitizen {

    /** Where the msg_ids of the run come from. */
    interface MsgIds {
        String next();
    }

    private final String userId;
    private final List<ZaloScripts.Step> steps;
    private int next;
    private long lastTs;

    ZaloCitizen(String userId, List<ZaloScripts.Step> steps) {
        this.userId = userId;
        this.steps = List.copyOf(steps);
    }

    String userId() {
        return userId;
    }

    boolean done() {
        return next == steps.size();
    }

    /** The next message as an event sent at {@code nowMillis}. */
    ZaloWire.Event next(ZaloWire wire, MsgIds msgIds, long nowMillis) {
        if (done()) {
            throw new IllegalStateException("The citizen " + userId + " has said everything");
        }
        ZaloScripts.Step step = steps.get(next++);
        lastTs = Math.max(nowMillis, lastTs + 1);
        return switch (step.kind()) {
            case FOLLOW -> wire.follow(userId, lastTs);
            case TEXT -> wire.text(userId, msgIds.next(), lastTs, step.text(), false);
            case CONFIRM -> wire.text(userId, msgIds.next(), lastTs, step.text(), true);
            case LOCATION -> wire.location(userId, msgIds.next(), lastTs, step.text(), step.latitude(),
                    step.longitude());
            case SHARE_INFO -> wire.submitInfo(userId, lastTs, step.text(), step.phone());
        };
    }
}
