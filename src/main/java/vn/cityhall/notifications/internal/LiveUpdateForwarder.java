package vn.cityhall.notifications.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.cityhall.shared.LiveUpdate;

/**
 * Forwards every {@link LiveUpdate} another module publishes to the open streams of its recipients. A live
 * update is a transient signal to refresh part of a page, not something to retry, so it goes through a plain
 * event listener (not the event publication registry); published inside a transaction, it is sent after the
 * commit ({@link LivePush}).
 */
@Component
class LiveUpdateForwarder {

    private final LivePush push;

    LiveUpdateForwarder(LivePush push) {
        this.push = push;
    }

    @EventListener
    void on(LiveUpdate update) {
        push.push(update.recipients(), update.topic());
    }
}
