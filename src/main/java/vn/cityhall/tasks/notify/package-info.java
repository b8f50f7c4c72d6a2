/**
 * Task events turned into what reaches people: {@link vn.cityhall.shared.Notifiable} notifications
 * (assigned, delegated, extension requested and decided, completed) for the notifications module, and
 * {@link vn.cityhall.shared.LiveUpdate}s on the topic {@code tasks} that refresh open lists and counters.
 */
package vn.cityhall.tasks.notify;
