-- Libraries: one public library service per municipality (more are allowed, e.g. a separate branch).
create extension if not exists pg_trgm;

create table library (
    id              bigint generated always as identity primary key,
    -- Danish collation: Aalborg and Aarhus sort with Å, after Ø, as Danes expect.
    name            varchar(200) collate "da-DK-x-icu" not null,
    municipality_code integer    not null references municipality (code),
    -- 7 + municipality code + 2-digit branch; the ISIL is DK- + this number.
    library_number  char(6)      not null unique check (library_number ~ '^7[0-9]{5}$'),
    central_library boolean      not null default false,
    street          varchar(200),
    postal_code     char(4)      check (postal_code ~ '^[0-9]{4}$'),
    city            varchar(100),
    website         varchar(500),
    email           varchar(254),
    phone           varchar(30),
    joined_on       date,
    active          boolean      not null default true,
    demo            boolean      not null default false,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    constraint library_number_matches_municipality
        check (substring(library_number from 2 for 3)::integer = municipality_code)
);

-- Filters and sorts of GET /api/libraries.
create index library_municipality_idx on library (municipality_code);
create index library_name_idx on library (name, id);
create index library_updated_at_idx on library (updated_at, id);
create index library_central_idx on library (central_library) where central_library;
create index library_active_idx on library (active);
-- Free-text search (q) on the name.
create index library_name_trgm_idx on library using gin (lower(name) gin_trgm_ops);
create index municipality_name_trgm_idx on municipality using gin (lower(name) gin_trgm_ops);

-- Demo content is loaded once; this remembers that it was, so deleting it does not bring it back.
create table demo_content_load (
    name      varchar(100) primary key,
    loaded_at timestamptz  not null default now()
);
