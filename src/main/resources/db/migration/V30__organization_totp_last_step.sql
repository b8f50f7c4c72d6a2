-- Replay protection for two-factor codes: the last accepted 30-second time step per person.
alter table organization_person add column totp_last_step bigint;
