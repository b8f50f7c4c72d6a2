-- Public figures, published answers and the map: read-only queries over feedback_item (feedback.figures).

-- The published question and answer folded for accent-insensitive search (Texts.searchKey of
-- published_text and published_answer), kept by feedback.figures.PublishedSearchKeys on each publication
-- and by a job for any published row that lacks it (published_search is null).
alter table feedback_item add column published_search varchar(15100);

-- Commune suggestion from a map pin: the nearest located items inside a small box around the pin, read
-- from the index alone (status and commune included).
create index feedback_item_location_idx on feedback_item (latitude, longitude, status, commune_id);

-- The centre point of a commune or ward, the fallback of the suggestion when no located item is near.
-- Empty by default; fill it from the city's official data (one row per commune unit id).
create table feedback_commune_centre (
    commune_id bigint           not null primary key,
    latitude   double precision not null,
    longitude  double precision not null
);
