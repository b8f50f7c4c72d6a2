create index event_publication_by_listener_idx on event_publication (listener_id);
