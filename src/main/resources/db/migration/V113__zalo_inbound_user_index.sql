-- A user's events newest first (the conversation's transcript, UserMessages): before, only the worker's lane
-- index (status, user_id, ...) held the user, so a transcript read every event of every status.
create index zalo_inbound_event_user on zalo_inbound_event (user_id, zalo_ts, id);
