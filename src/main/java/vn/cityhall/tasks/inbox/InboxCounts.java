package vn.cityhall.tasks.inbox;

/**
 * The headline numbers of one view: open tasks past their deadline, open tasks due later today, and
 * tasks nobody has started yet.
 */
public record InboxCounts(long overdue, long dueToday, long fresh) {
}
