-- The national theme collaboration: focus areas, partners and themes with their weeks, milestones and materials.

create table focus_area (
    code     varchar(30)  primary key,
    name_da  varchar(100) not null,
    name_en  varchar(100) not null,
    position integer      not null unique
);
insert into focus_area (code, name_da, name_en, position) values
    ('PARTNERS',              'Partnere',                      'Partners',                          1),
    ('SCHOOLS_MUSEUMS_ARCHIVES', 'Skoler, museer og arkiver',  'Schools, museums and archives',     2),
    ('DEBATE',                'Debat',                         'Debate',                            3),
    ('ACTIVITIES',            'Aktiviteter',                   'Activities',                        4),
    ('LITERATURE',            'Litteratur',                    'Literature',                        5),
    ('DIGITAL_COMMUNICATION', 'Digital formidling',            'Digital communication',             6);

create table partner (
    id          bigint generated always as identity primary key,
    name        varchar(200) collate "da-DK-x-icu" not null,
    type        varchar(20)  not null check (type in ('MEDIA', 'MUSEUM', 'ARCHIVE', 'SCHOOL', 'EDUCATION',
                    'ASSOCIATION', 'BUSINESS', 'THEATRE', 'PUBLIC_AUTHORITY', 'OTHER')),
    website     varchar(500),
    national    boolean      not null default false,
    description text,
    demo        boolean      not null default false,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);
create unique index partner_name_idx on partner (lower(name));
create index partner_sort_idx on partner (name, id);
create index partner_type_idx on partner (type);

create table theme (
    id               bigint generated always as identity primary key,
    number           integer      not null unique check (number > 0),
    title            varchar(200) collate "da-DK-x-icu" not null,
    slug             varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    summary          varchar(1000) not null,
    description      text         not null default '',
    season           varchar(10)  not null check (season in ('SPRING', 'AUTUMN')),
    year             integer      not null check (year between 2000 and 2100),
    start_year       integer      not null,
    start_week       integer      not null check (start_week between 1 and 53),
    end_year         integer      not null,
    end_week         integer      not null check (end_week between 1 and 53),
    -- Monday of the first week and Sunday of the last, kept for filtering and sorting by date
    start_date       date         not null,
    end_date         date         not null,
    signup_opens_on  date,
    signup_deadline  date         not null,
    image_url        varchar(500),
    demo             boolean      not null default false,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    version          bigint       not null default 0,
    check (end_date >= start_date)
);
create index theme_dates_idx on theme (start_date, end_date);
create index theme_year_idx on theme (year);

create table theme_peak_week (
    theme_id bigint  not null references theme (id) on delete cascade,
    iso_year integer not null,
    iso_week integer not null check (iso_week between 1 and 53),
    primary key (theme_id, iso_year, iso_week)
);

create table theme_focus_area (
    theme_id        bigint      not null references theme (id) on delete cascade,
    focus_area_code varchar(30) not null references focus_area (code),
    primary key (theme_id, focus_area_code)
);

create table theme_partner (
    theme_id   bigint       not null references theme (id) on delete cascade,
    partner_id bigint       not null references partner (id),
    role       varchar(200) not null,
    primary key (theme_id, partner_id)
);
create index theme_partner_partner_idx on theme_partner (partner_id);

create table milestone (
    id          bigint generated always as identity primary key,
    theme_id    bigint       not null references theme (id) on delete cascade,
    kind        varchar(20)  not null check (kind in ('IDEA_WORKSHOP', 'IDEA_CATALOGUE', 'GRAPHIC_PACKAGE',
                    'NETWORK_MEETING', 'SIGNUP', 'EVALUATION', 'OTHER')),
    title       varchar(200) not null,
    due_on      date         not null,
    description varchar(2000)
);
create index milestone_theme_idx on milestone (theme_id, due_on);
create index milestone_due_idx on milestone (due_on);

create table material (
    id          bigint generated always as identity primary key,
    theme_id    bigint       not null references theme (id) on delete cascade,
    kind        varchar(20)  not null check (kind in ('IDEA_CATALOGUE', 'GRAPHIC_PACKAGE', 'LINK', 'OTHER')),
    title       varchar(200) not null,
    url         varchar(500) not null,
    description varchar(2000),
    position    integer      not null
);
create index material_theme_idx on material (theme_id, position);
