/**
 * Accountability: every obligation as a tracked task — a named responsible unit and person, a role
 * (lead, coordinate, for information), a deadline in working days, progress with a timeline, a
 * result, and whether it was done on time. Leaders assign standalone tasks; other modules open and
 * close tasks by publishing {@link vn.cityhall.shared.ObligationOpened} /
 * {@link vn.cityhall.shared.ObligationClosed} / {@link vn.cityhall.shared.ObligationDueChanged}
 * (see docs/tasks-events.md); this module never calls them. Entry point: {@link vn.cityhall.tasks.TaskManagement};
 * who may do what: {@link vn.cityhall.tasks.TaskPermissions}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package vn.cityhall.tasks;
