-- Staff search over 1,000,000 items: a trigram index makes "contains" searches on the folded text fast.
-- pg_trgm ships with PostgreSQL (contrib); creating it needs a role allowed to create extensions.
create extension if not exists pg_trgm;
create index feedback_item_search_trgm_idx on feedback_item using gin (search_text gin_trgm_ops);
