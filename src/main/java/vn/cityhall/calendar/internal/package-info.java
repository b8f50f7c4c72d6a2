/**
 * Storage of the working calendar's overrides: the entity and repository, the per-year cache the
 * {@link vn.cityhall.calendar.WorkingCalendar} reads through, and the service that adds and removes
 * overrides. Private to the calendar module.
 */
package vn.cityhall.calendar.internal;
