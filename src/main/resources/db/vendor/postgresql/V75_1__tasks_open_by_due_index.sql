-- Open tasks in deadline order ("my work" sorted by deadline, overdue first): for views that cover
-- many units (a city leader's whole tree) PostgreSQL reads the first page straight from this index
-- instead of sorting every open task. Partial, so it holds only the open tasks (about a tenth).
create index tasks_task_open_by_due_idx on tasks_task (due_at, id) where status in ('NEW', 'IN_PROGRESS');
