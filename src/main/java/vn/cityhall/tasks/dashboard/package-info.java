/**
 * "Điều hành", the leaders' dashboard: for a unit in the leader's subtree and a period of months,
 * the tasks assigned, done on time, done late, open within their deadline and overdue, per unit
 * below (rolled up) and per person, the on-time rate and its trend, with drill-down to the task
 * list and an XLSX export. It reads only the counters of {@link vn.cityhall.tasks.tally}.
 */
package vn.cityhall.tasks.dashboard;
