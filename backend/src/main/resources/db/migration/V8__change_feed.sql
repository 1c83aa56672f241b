-- The change feed (GET /api/changes): one row per create, update and delete of a resource, written in the
-- same transaction as the change itself. Readers page by (xid, id) and only below the oldest transaction
-- still running, so a transaction that commits late cannot slip in behind a cursor already handed out.
create table resource_change (
    id            bigint generated always as identity primary key,
    xid           xid8         not null default pg_current_xact_id(),
    occurred_at   timestamptz  not null,
    resource_type varchar(30)  not null,
    resource_id   bigint       not null,
    action        varchar(10)  not null check (action in ('created', 'updated', 'deleted')),
    -- null for deletions and for resources without versions (files)
    version       bigint,
    -- who may read it, decided when it was written: everyone, only callers who read private details, or only
    -- those who do not (the tombstone public readers get when a resource stops being public)
    audience      varchar(20)  not null check (audience in ('everyone', 'private_readers', 'public_readers'))
);
create index resource_change_feed_idx on resource_change (xid, id);
create index resource_change_occurred_idx on resource_change (occurred_at);

-- The last position pruned: a cursor before it has missed changes and must resync. One row.
create table resource_change_horizon (
    id        integer primary key check (id = 1),
    xid       xid8    not null,
    change_id bigint  not null
);
insert into resource_change_horizon (id, xid, change_id) values (1, '0', 0);

-- updatedSince on the lists: an index for each table whose list takes it (library and partnership have one).
create index theme_updated_idx on theme (updated_at, id);
create index partner_updated_idx on partner (updated_at, id);
create index contact_updated_idx on contact (updated_at, id);
create index participation_updated_idx on participation (updated_at, id);
create index activity_updated_idx on activity (updated_at, id);
create index network_meeting_updated_idx on network_meeting (updated_at, id);
create index toolbox_item_updated_idx on toolbox_item (updated_at, id);
create index cases_updated_idx on cases (updated_at, id);
create index project_updated_idx on project (updated_at, id);
