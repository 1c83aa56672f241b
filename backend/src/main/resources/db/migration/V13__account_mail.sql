-- Accounts people run themselves: an admin invites a colleague by mail and the colleague chooses the
-- password; anyone who forgot theirs gets a single-use link by mail.

-- An invited account has no password until its owner chooses one (no one can sign in to it before).
alter table app_user alter column password_hash drop not null;

create table account_token (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    -- INVITE: choose the first password; RESET: choose a new one
    purpose    varchar(10) not null check (purpose in ('INVITE', 'RESET')),
    -- SHA-256 of the secret in the link: a database leak gives no usable link
    token_hash char(64)    not null unique,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index account_token_user_idx on account_token (user_id, purpose);
create index account_token_expires_idx on account_token (expires_at);

-- Asking for reset links is throttled as logins are, counted in the same table by kind.
alter table login_failure add column kind varchar(10) not null default 'LOGIN' check (kind in ('LOGIN', 'RESET'));
