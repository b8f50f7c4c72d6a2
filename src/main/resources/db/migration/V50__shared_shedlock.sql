-- ShedLock: a scheduled job runs on one node at a time, even when several CityHall nodes share the database.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp with time zone not null,
    locked_at  timestamp with time zone not null,
    locked_by  varchar(255) not null
);
