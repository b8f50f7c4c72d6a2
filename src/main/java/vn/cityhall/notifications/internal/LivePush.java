package vn.cityhall.notifications.internal;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends an event to the open streams of some people: after the commit when called inside a transaction (so the
 * page part it refreshes reads the committed change; nothing after a rollback), at once otherwise. The sending
 * itself runs on the task executor, so a slow browser never holds up the caller.
 */
@Component
public class LivePush {

    private final LiveStreams streams;
    private final Executor executor;

    LivePush(LiveStreams streams, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.streams = streams;
        this.executor = executor;
    }

    public void push(Collection<Long> recipients, String topic) {
        if (recipients == null || recipients.isEmpty()) {
            return;
        }
        Set<Long> people = recipients.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        Runnable send = () -> executor.execute(() -> streams.push(people, topic));
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }
}
