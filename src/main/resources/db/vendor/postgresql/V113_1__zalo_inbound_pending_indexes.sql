-- The worker's queries read only the pending events, through partial indexes that hold nothing else
-- (InboundEvents.due and claim). Before, the next-events query read every pending event to find each user's
-- first: 26 ms a batch with 5,000 pending, 715 ms with 140,000; and with statistics taken while nothing was
-- pending the planner read all of them again for each one (47 s a batch with 10,000 pending). Measured with
-- .bench/run --suite zalo; see .bench/README.md, "The worker".

-- The pending events oldest first: the next-events query walks this index and stops at its batch.
create index zalo_inbound_event_pending_order on zalo_inbound_event (zalo_ts, id) where status = 'PENDING';

-- A user's pending events: whether an earlier one holds an event back is one probe.
create index zalo_inbound_event_pending_lane on zalo_inbound_event (user_id, zalo_ts, id) where status = 'PENDING';

-- The events given up on, counted by the channel health page.
create index zalo_inbound_event_failed on zalo_inbound_event (id) where status = 'FAILED';

-- Replaced by the partial indexes above (and by zalo_inbound_event_user, V113, for a user's events).
drop index zalo_inbound_event_lane;
drop index zalo_inbound_event_due;

-- Analyse the table after 1 % of its rows changed, not 20 %: a burst's pending events then reach the
-- statistics while they are still pending.
alter table zalo_inbound_event set (autovacuum_vacuum_scale_factor = 0.01,
    autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.01);
