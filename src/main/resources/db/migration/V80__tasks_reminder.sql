-- Reminders and escalations already sent by the reminder job (tasks.reminders), one row per task,
-- step and deadline. The primary key is the guarantee that each reminder goes out once, across
-- restarts and when several nodes run the job: the row is inserted in the transaction that
-- publishes the reminder's events, and a second insert of the same key does nothing.
-- The deadline is part of the key, so when a deadline moves (extension approved, source module
-- re-timed it) the steps are armed again for the new deadline.
-- working_days is the threshold of a "due soon" step (cityhall.tasks.reminders.days-before), 0 otherwise.
create table tasks_reminder (
    task_id      bigint       not null references tasks_task (id) on delete cascade,
    step         varchar(16)  not null,
    working_days smallint     not null,
    due_at       timestamp with time zone not null,
    sent_at      timestamp with time zone not null,
    recipients   int          not null,
    constraint tasks_reminder_pk primary key (task_id, step, working_days, due_at),
    constraint tasks_reminder_step_ck check (step in ('DUE_SOON', 'DUE_TODAY', 'OVERDUE', 'ESCALATED'))
);
