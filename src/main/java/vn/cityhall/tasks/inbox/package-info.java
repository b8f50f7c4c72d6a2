/**
 * The queries behind "my work": the three views (held by me, my unit's, assigned by me), each on its
 * own index of {@code tasks_task}, with the filters, paging, the counters and the deadline groups,
 * always inside what the person may see. Shared by the pages and the API.
 */
package vn.cityhall.tasks.inbox;
