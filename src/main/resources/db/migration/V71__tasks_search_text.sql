-- "My work" search: a task's title and reference without accents, in lower case
-- (vn.cityhall.shared.Texts.searchKey, computed by the application when a task is created),
-- matched with LIKE inside the indexed view queries (holder, unit, assigner).
alter table tasks_task add column search_text varchar(700);
-- Rows from before this column: lower case only (accent folding needs the application); the
-- tasks module had no production data yet when this ran.
update tasks_task set search_text = lower(title || ' ' || coalesce(source_reference, ''));
