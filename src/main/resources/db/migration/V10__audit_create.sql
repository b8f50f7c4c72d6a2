-- Audit trail (nhật ký kiểm tra): an append-only, hash-chained log of who did what, when, from where.
--
-- Each entry's hash is SHA-256 over a canonical serialization of all its fields plus the previous
-- entry's hash (see vn.cityhall.audit.AuditEntryContent), so changing, removing or reordering an
-- entry breaks the chain and the verification reports the first such place.
--
-- The sequence number is the entry's position in the chain and its primary key. It is assigned by
-- the application from audit_chain_head while that row is locked (SELECT ... FOR UPDATE), inside
-- the transaction that inserts the entry, so appends from any number of threads and nodes are
-- serialized and the numbers have no gaps: a gap always means a deleted entry. (An identity column
-- is deliberately not used: it leaves gaps on rollback, which would look like deletions.)
--
-- PRODUCTION: grant the application's database role only INSERT and SELECT on audit_entry
-- (and SELECT, UPDATE on audit_chain_head), e.g. on PostgreSQL:
--   revoke all on audit_entry from cityhall;
--   grant select, insert on audit_entry to cityhall;
--   grant select, update on audit_chain_head to cityhall;
-- On PostgreSQL a trigger additionally refuses UPDATE, DELETE and TRUNCATE of audit_entry
-- (db/vendor/postgresql/V10_1__audit_append_only.sql). The application has no code that updates
-- or deletes entries.
create table audit_entry (
    sequence_number  bigint        not null primary key,
    occurred_at      timestamp with time zone not null,
    actor_username   varchar(128)  not null,
    actor_person_id  bigint,
    source_address   varchar(64),
    action           varchar(100)  not null,
    target_type      varchar(64),
    target_id        varchar(255),
    detail           varchar(1000),
    outcome          varchar(10)   not null,
    previous_hash    varchar(64)   not null,
    hash             varchar(64)   not null,
    constraint audit_entry_outcome_ck check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    constraint audit_entry_sequence_ck check (sequence_number > 0)
);
-- The search page filters by time, actor, action (prefix), target and outcome, newest first.
create index audit_entry_occurred_at_idx on audit_entry (occurred_at);
create index audit_entry_actor_idx on audit_entry (actor_username);
create index audit_entry_action_idx on audit_entry (action);
create index audit_entry_target_idx on audit_entry (target_type, target_id);
create index audit_entry_outcome_idx on audit_entry (outcome);

-- The single row that records the end of the chain; locking it serializes appends.
create table audit_chain_head (
    id             int          not null primary key,
    last_sequence  bigint       not null,
    last_hash      varchar(64)  not null,
    constraint audit_chain_head_single_ck check (id = 1)
);
-- Genesis: no entry yet; the first entry links to 64 zeros.
insert into audit_chain_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
