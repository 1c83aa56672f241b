-- People: the collaboration's coordinators, libraries' network leads, partners' contact persons.
create table contact (
    id          bigint generated always as identity primary key,
    name        varchar(200) collate "da-DK-x-icu" not null,
    title       varchar(200),
    library_id  bigint       references library (id),
    partner_id  bigint       references partner (id),
    email       varchar(254),
    phone       varchar(30),
    -- Public contacts are shown to everyone; the others only to signed-in users and read-private tokens.
    public      boolean      not null default false,
    -- A coordinator of the national theme collaboration (shown on the collaboration's pages).
    coordinator boolean      not null default false,
    demo        boolean      not null default false,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint contact_one_organisation check (library_id is null or partner_id is null)
);
create index contact_name_idx on contact (name, id);
create index contact_library_idx on contact (library_id) where library_id is not null;
create index contact_partner_idx on contact (partner_id) where partner_id is not null;
create index contact_coordinator_idx on contact (coordinator) where coordinator;

-- A sign-up's network lead (netværksansvarlig): one of the library's contacts.
alter table participation add column network_lead_id bigint references contact (id);
create index participation_network_lead_idx on participation (network_lead_id) where network_lead_id is not null;

-- What a library does for a theme: planned, then reported with its attendance or reach.
create table activity (
    id               bigint generated always as identity primary key,
    participation_id bigint       not null references participation (id),
    title            varchar(200) not null,
    description      text,
    starts_at        timestamptz  not null,
    ends_at          timestamptz,
    place            varchar(200),
    channel          varchar(20)  not null,
    audience         varchar(20)  not null,
    attendance       integer      check (attendance >= 0),
    reach            integer      check (reach >= 0),
    demo             boolean      not null default false,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0,
    constraint activity_ends_after_start check (ends_at is null or ends_at >= starts_at)
);
create index activity_participation_idx on activity (participation_id, starts_at);
create index activity_starts_idx on activity (starts_at, id);

-- The libraries' network meetings, twice a year.
create table network_meeting (
    id              bigint generated always as identity primary key,
    title           varchar(200) not null,
    starts_at       timestamptz  not null,
    ends_at         timestamptz,
    host_library_id bigint       references library (id),
    place           varchar(300) not null,
    agenda          text         not null default '',
    minutes         text         not null default '',
    demo            boolean      not null default false,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint network_meeting_ends_after_start check (ends_at is null or ends_at >= starts_at)
);
create index network_meeting_starts_idx on network_meeting (starts_at, id);
create index network_meeting_host_idx on network_meeting (host_library_id) where host_library_id is not null;

create table network_meeting_attendee (
    meeting_id bigint not null references network_meeting (id) on delete cascade,
    library_id bigint not null references library (id),
    primary key (meeting_id, library_id)
);
create index network_meeting_attendee_library_idx on network_meeting_attendee (library_id);

create table meeting_idea (
    id                  bigint generated always as identity primary key,
    meeting_id          bigint        not null references network_meeting (id) on delete cascade,
    position            integer       not null,
    text                varchar(2000) not null,
    proposer            varchar(200),
    proposer_library_id bigint        references library (id),
    theme_id            bigint        references theme (id)
);
create index meeting_idea_meeting_idx on meeting_idea (meeting_id, position);
create index meeting_idea_theme_idx on meeting_idea (theme_id) where theme_id is not null;
create index meeting_idea_library_idx on meeting_idea (proposer_library_id) where proposer_library_id is not null;

-- The collaboration's goal: one row, set by coordinators.
create table collaboration_goal (
    id               integer     primary key check (id = 1),
    target_libraries integer     not null check (target_libraries between 1 and 1000),
    target_date      date        not null,
    updated_at       timestamptz not null default now(),
    version          bigint      not null default 0
);
insert into collaboration_goal (id, target_libraries, target_date) values (1, 90, date '2017-12-31');
