/**
 * The counters behind the leaders' dashboard: for each month of assignment, holder unit and holder
 * person, how many tasks are open within their deadline, overdue, done on time, done late and
 * cancelled. They change in the same transaction as the task ({@link vn.cityhall.tasks.tally.TaskTallies}),
 * a scheduled sweep moves open tasks to overdue as their deadlines pass, and
 * {@link vn.cityhall.tasks.tally.TallyRebuild} recomputes everything from the tasks.
 * Tasks "for information" (INFORM) carry no obligation and are not counted.
 */
package vn.cityhall.tasks.tally;
