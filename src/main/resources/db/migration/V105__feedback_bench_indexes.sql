-- Indexes the feedback benchmark asked for (.bench/run --suite feedback, 1,000,000 items).

-- The screening queue reads received items by deadline, then id. With the id in the index the first page comes
-- straight from it, instead of every item that shares the first deadline being read and sorted (all items received
-- over a weekend or a night share one).
drop index feedback_item_status_due_idx;
create index feedback_item_status_due_idx on feedback_item (status, screening_due_at, id);

-- A unit's list merges each of its units' items newest first (FeedbackSearch).
create index feedback_item_unit_received_idx on feedback_item (handling_unit_id, received_at, id);

-- The items a unit coordinates (the primary key starts with the item).
create index feedback_coordinator_unit_idx on feedback_coordinator (unit_id, item_id);
