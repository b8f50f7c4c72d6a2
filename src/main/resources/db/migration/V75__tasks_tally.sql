-- The leaders' dashboard reads counters, never the task table: for every period (the first day of
-- the month of assignment), holder unit and holder person, how many tasks are open within their
-- deadline, overdue, done on time, done late and cancelled. person_id 0 is the unit's total (with and without a named person).
create table tasks_tally (
    period       date   not null,
    unit_id      bigint not null,
    person_id    bigint not null,
    open_count   int    not null default 0,
    overdue      int    not null default 0,
    done_on_time int    not null default 0,
    done_late    int    not null default 0,
    cancelled    int    not null default 0,
    primary key (period, unit_id, person_id)
);
create index tasks_tally_unit_idx on tasks_tally (unit_id, person_id, period);

-- What each task currently counts as in tasks_tally, so a change moves exactly one count and the
-- overdue sweep finds open tasks whose deadline has passed without touching tasks_task.
create table tasks_tally_state (
    task_id   bigint      not null primary key,
    period    date        not null,
    unit_id   bigint      not null,
    person_id bigint      not null,
    bucket    varchar(16) not null,
    due_at    timestamp with time zone,
    constraint tasks_tally_state_bucket_ck
        check (bucket in ('OPEN', 'OVERDUE', 'DONE_ON_TIME', 'DONE_LATE', 'CANCELLED'))
);
create index tasks_tally_state_sweep_idx on tasks_tally_state (bucket, due_at);
