-- The lists feedback depends on, maintained through the staff pages: a version for optimistic locking,
-- so that two people editing the same reject reason, answer template or extra question at once do not
-- overwrite each other silently (feedback_category has one since V100).
alter table feedback_reject_reason add column version bigint not null default 0;
alter table feedback_answer_template add column version bigint not null default 0;
alter table feedback_category_question add column version bigint not null default 0;
