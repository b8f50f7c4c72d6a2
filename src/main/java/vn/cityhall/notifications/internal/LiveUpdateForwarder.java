package vn.cityhall.notifications.internal;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.cityhall.shared.LiveUpdate;

/**
 * Forwards every {@link LiveUpdate} to the open streams of its recipients. A live update is a transient
 * signal to refresh part of a page, not something to retry, so it goes through a plain event listener
 * (not the event publication registry); when published inside a transaction it is sent after the commit,
 * so that the page part it refreshes reads the committed change. Pushes run on the task executor, so a
 * slow browser never holds up the publisher.
 */
@Component
class LiveUpdateForwarder {

    private final LiveStreams streams;
    private final Executor executor;

    LiveUpdateForwarder(LiveStreams streams, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.streams = streams;
        this.executor = executor;
    }

    @EventListener
    void on(LiveUpdate update) {
        if (update.recipients() == null || update.recipients().isEmpty()) {
            return;
        }
        Set<Long> recipients = update.recipients().stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        Runnable push = () -> executor.execute(() -> streams.push(recipients, update.topic()));
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    push.run();
                }
            });
        } else {
            push.run();
        }
    }
}
