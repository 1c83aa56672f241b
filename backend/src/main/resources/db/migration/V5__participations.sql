-- Libraries' sign-ups to themes: one per library and theme, with its state, channels and focus areas.
create table participation (
    id           bigint generated always as identity primary key,
    theme_id     bigint       not null references theme (id),
    library_id   bigint       not null references library (id),
    state        varchar(12)  not null check (state in ('SIGNED_UP', 'CONFIRMED', 'WITHDRAWN')),
    channels     varchar(20)[] not null default '{}',
    focus_areas  varchar(30)[] not null default '{}',
    signed_up_at timestamptz  not null,
    confirmed_at timestamptz,
    withdrawn_at timestamptz,
    demo         boolean      not null default false,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null default 0,
    unique (theme_id, library_id)
);
create index participation_library_idx on participation (library_id);
create index participation_theme_state_idx on participation (theme_id, state);
create index participation_signed_up_idx on participation (theme_id, signed_up_at);
