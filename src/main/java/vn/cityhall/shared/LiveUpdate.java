package vn.cityhall.shared;

import java.util.Set;

/**
 * Tells the open pages of some people that something they show has changed, so they refresh that part
 * without a reload. Any module publishes it; the notifications module forwards it over its
 * server-sent-event stream as an event named {@code topic}, which an element picks up with
 * {@code hx-trigger="sse:<topic>"}.
 *
 * @param recipients person ids whose pages should refresh
 * @param topic a short name, e.g. {@code tasks} or {@code notifications}
 */
public record LiveUpdate(Set<Long> recipients, String topic) {
}
