-- Completion looks a publication up by its serialized event; a hash index keeps that cheap.
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
