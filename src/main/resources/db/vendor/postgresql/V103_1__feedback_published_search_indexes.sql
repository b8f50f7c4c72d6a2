-- Search in the published answers over 1,000,000 items: "contains" on the folded published text is
-- served by a trigram index (pg_trgm is created by V101_1).
create index feedback_item_published_search_trgm_idx on feedback_item using gin (published_search gin_trgm_ops);
-- The published items still to fold (PublishedSearchKeys): found without reading every published row.
create index feedback_item_search_pending_idx on feedback_item (id)
    where published_at is not null and published_search is null;
-- The figures (portal and staff statistics) count a period of months by status, commune, category and
-- handling unit: an index-only scan of this index instead of reading the table (1,000,000 items: about
-- 0.4 s instead of 1.3 s per breakdown).
create index feedback_item_figures_idx on feedback_item (received_at)
    include (status, commune_id, category_id, handling_unit_id, on_time, rating);
