-- PostgreSQL: audit entries can be added, never changed or removed, whatever the application does.
-- (A role with ALTER rights on the table can still disable this trigger: in production, the
-- application's role should not own the table; see V10__audit_create.sql.)
create function audit_entry_refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();

-- Case-insensitive actor search and action-prefix search (LIKE 'security.%') can use these.
create index audit_entry_actor_lower_idx on audit_entry (lower(actor_username));
create index audit_entry_action_prefix_idx on audit_entry (action varchar_pattern_ops);
