-- Accounts, sessions, integration tokens, login throttling, rate limits and the audit trail.
-- Everything a second instance needs lives here, so several instances behave as one.

create table app_user (
    id            bigint generated always as identity primary key,
    email         varchar(254) not null,
    display_name  varchar(200) not null,
    -- bcrypt; never leaves the database except to be checked
    password_hash varchar(100) not null,
    roles         varchar(20)[] not null check (cardinality(roles) > 0),
    -- the library a library editor may edit
    library_id    bigint references library (id),
    active        boolean      not null default true,
    demo          boolean      not null default false,
    last_login_at timestamptz,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);
create unique index app_user_email_idx on app_user (lower(email));
create index app_user_library_idx on app_user (library_id);
create index app_user_display_name_idx on app_user (display_name, id);

create table user_session (
    id            bigint generated always as identity primary key,
    -- SHA-256 of the cookie value: a database leak gives no usable session
    token_hash    char(64)    not null unique,
    csrf_token    varchar(64) not null,
    user_id       bigint      not null references app_user (id) on delete cascade,
    created_at    timestamptz not null,
    last_seen_at  timestamptz not null,
    expires_at    timestamptz not null,
    client_address varchar(64)
);
create index user_session_user_idx on user_session (user_id);
create index user_session_expires_idx on user_session (expires_at);

create table api_token (
    id           bigint generated always as identity primary key,
    name         varchar(200) not null,
    token_hash   char(64)     not null unique,
    -- the first characters of the secret, to recognise it in lists
    prefix       varchar(16)  not null,
    scopes       varchar(20)[] not null,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    created_by   bigint       references app_user (id) on delete set null,
    created_at   timestamptz  not null default now(),
    version      bigint       not null default 0
);
create index api_token_created_idx on api_token (created_at, id);

-- Failed logins, counted per account and per client address over a sliding window.
create table login_failure (
    id             bigint generated always as identity primary key,
    email          varchar(254) not null,
    client_address varchar(64)  not null,
    failed_at      timestamptz  not null default now()
);
create index login_failure_email_idx on login_failure (lower(email), failed_at);
create index login_failure_address_idx on login_failure (client_address, failed_at);

-- Fixed-window request counters (anonymous reads per client address).
create table rate_limit_counter (
    bucket       varchar(100) not null,
    window_start timestamptz  not null,
    hits         integer      not null,
    primary key (bucket, window_start)
);

create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null,
    actor_type   varchar(10)  not null check (actor_type in ('USER', 'TOKEN', 'SYSTEM')),
    actor_id     bigint,
    actor_name   varchar(200) not null,
    entity_type  varchar(50)  not null,
    entity_id    bigint       not null,
    action       varchar(10)  not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    -- {"field": {"old": ..., "new": ...}}; secrets are never recorded
    changes      jsonb        not null
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at desc);
create index audit_event_actor_idx on audit_event (actor_type, actor_id, occurred_at desc);
create index audit_event_occurred_idx on audit_event (occurred_at desc, id desc);
