-- Files: stored once per content (SHA-256), whatever number of items use them.
create table attachment (
    id           bigint generated always as identity primary key,
    sha256       char(64)     not null unique,
    content_type varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    content      bytea        not null,
    -- The name of the first upload, neutralised (letters, digits, - _ . only); downloads use the item's name.
    file_name    varchar(200) not null,
    demo         boolean      not null default false,
    created_at   timestamptz  not null
);

-- The guide's partnership process (its phases) and its checklist: reference data.
create table partnership_phase (
    code     varchar(30)  primary key,
    position integer      not null unique,
    name_da  varchar(100) not null,
    name_en  varchar(100) not null
);
insert into partnership_phase (code, position, name_da, name_en) values
    ('NEED', 1, 'Behov og idé', 'Need and idea'),
    ('STRATEGY', 2, 'Strategisk forankring', 'Strategic fit'),
    ('PARTNER_SEARCH', 3, 'Find partnere', 'Finding partners'),
    ('FIRST_CONTACT', 4, 'Første kontakt', 'First contact'),
    ('EXPECTATIONS', 5, 'Forventningsafstemning', 'Aligning expectations'),
    ('AGREEMENT', 6, 'Aftale', 'Agreement'),
    ('PLANNING', 7, 'Planlægning og organisering', 'Planning and organisation'),
    ('COMMUNICATION', 8, 'Kommunikation', 'Communication'),
    ('EXECUTION', 9, 'Gennemførelse', 'Carrying it out'),
    ('EVALUATION', 10, 'Evaluering', 'Evaluation'),
    ('ANCHORING', 11, 'Forankring', 'Anchoring'),
    ('CLOSURE', 12, 'Afslutning eller fornyelse', 'Closing or renewing');

create table checklist_step (
    code     varchar(30)   primary key,
    position integer       not null unique,
    phase    varchar(30)   not null references partnership_phase (code),
    text_da  varchar(300)  not null,
    text_en  varchar(300)  not null
);
insert into checklist_step (code, position, phase, text_da, text_en) values
    ('PURPOSE', 1, 'NEED', 'Formålet med partnerskabet er beskrevet', 'The partnership''s purpose is written down'),
    ('STRATEGY_FIT', 2, 'STRATEGY', 'Partnerskabet passer til bibliotekets strategi', 'The partnership fits the library''s strategy'),
    ('ASSETS', 3, 'PARTNER_SEARCH', 'Bibliotekets aktiver over for partneren er afklaret', 'The library''s assets for the partner are clear'),
    ('PARTNERS_CHOSEN', 4, 'PARTNER_SEARCH', 'Partnerne er valgt med omhu', 'The partners are chosen with care'),
    ('EXPECTATIONS', 5, 'EXPECTATIONS', 'Forventninger og gevinster er afstemt med partnerne', 'Expectations and gains are agreed with the partners'),
    ('AGREEMENT', 6, 'AGREEMENT', 'Der er en skriftlig aftale', 'There is a written agreement'),
    ('ROLES', 7, 'PLANNING', 'Roller, ressourcer og en partnerskabsansvarlig er på plads', 'Roles, resources and a partnership lead are in place'),
    ('COMMUNICATION_PLAN', 8, 'COMMUNICATION', 'Der er en plan for ekstern og intern kommunikation', 'There is a plan for external and internal communication'),
    ('EVALUATION_PLAN', 9, 'EVALUATION', 'Det er aftalt, hvordan og hvornår der evalueres', 'How and when to evaluate is agreed'),
    ('ANCHORED', 10, 'ANCHORING', 'Resultaterne er forankret i organisationen', 'The results are anchored in the organisation');

-- Partnerships between libraries and partners, with their lifecycle.
create table partnership (
    id                       bigint generated always as identity primary key,
    title                    varchar(200) not null,
    purpose                  text         not null,
    status                   varchar(12)  not null check (status in ('IDEA', 'PLANNING', 'AGREED', 'RUNNING',
                                 'EVALUATING', 'ENDED', 'CANCELLED')),
    phase                    varchar(30)  not null references partnership_phase (code),
    starts_on                date,
    ends_on                  date,
    lead_contact_id          bigint       references contact (id),
    goals                    text         not null default '',
    outcomes                 text         not null default '',
    evaluation               text         not null default '',
    agreement_attachment_id  bigint       references attachment (id),
    agreement_file_name      varchar(200),
    demo                     boolean      not null default false,
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    version                  bigint       not null default 0,
    constraint partnership_period check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index partnership_title_idx on partnership (title, id);
create index partnership_status_idx on partnership (status);
create index partnership_updated_idx on partnership (updated_at, id);
create index partnership_lead_idx on partnership (lead_contact_id) where lead_contact_id is not null;
create index partnership_agreement_idx on partnership (agreement_attachment_id) where agreement_attachment_id is not null;

create table partnership_library (
    partnership_id bigint not null references partnership (id) on delete cascade,
    library_id     bigint not null references library (id),
    primary key (partnership_id, library_id)
);
create index partnership_library_library_idx on partnership_library (library_id);

create table partnership_partner (
    partnership_id bigint       not null references partnership (id) on delete cascade,
    partner_id     bigint       not null references partner (id),
    role           varchar(200) not null,
    primary key (partnership_id, partner_id)
);
create index partnership_partner_partner_idx on partnership_partner (partner_id);

create table partnership_theme (
    partnership_id bigint not null references partnership (id) on delete cascade,
    theme_id       bigint not null references theme (id),
    primary key (partnership_id, theme_id)
);
create index partnership_theme_theme_idx on partnership_theme (theme_id);

create table partnership_transition (
    id             bigint generated always as identity primary key,
    partnership_id bigint       not null references partnership (id) on delete cascade,
    from_status    varchar(12),
    to_status      varchar(12)  not null,
    at             timestamptz  not null,
    actor          varchar(200) not null
);
create index partnership_transition_idx on partnership_transition (partnership_id, at, id);

create table partnership_checklist (
    partnership_id bigint       not null references partnership (id) on delete cascade,
    step_code      varchar(30)  not null references checklist_step (code),
    done_at        timestamptz  not null,
    done_by        varchar(200) not null,
    primary key (partnership_id, step_code)
);

-- The guide and the toolbox.
create table guide_chapter (
    id         bigint generated always as identity primary key,
    number     integer      not null unique check (number > 0),
    title      varchar(200) not null,
    slug       varchar(120) not null unique,
    summary    varchar(1000) not null default '',
    body       text         not null default '',
    demo       boolean      not null default false,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null default 0
);

create table toolbox_item (
    id               bigint generated always as identity primary key,
    kind             varchar(12)   not null check (kind in ('TOOL', 'TEMPLATE', 'CHECKLIST', 'GAME', 'MODEL',
                         'FILM', 'REPORT', 'DOCUMENT')),
    title            varchar(200)  not null,
    slug             varchar(120)  not null unique,
    summary          varchar(1000) not null,
    body             text          not null default '',
    heading          varchar(20)   not null check (heading in ('PROFESSIONALISE', 'FOCUS_LIBRARY', 'BE_STRATEGIC',
                         'CHOOSE_PARTNERS')),
    guide_chapter_id bigint        references guide_chapter (id),
    phases           varchar(30)[] not null default '{}',
    tags             varchar(50)[] not null default '{}',
    source           varchar(200),
    year             integer       check (year between 1900 and 2100),
    demo             boolean       not null default false,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0
);
create index toolbox_item_title_idx on toolbox_item (title, id);
create index toolbox_item_heading_idx on toolbox_item (heading);
create index toolbox_item_kind_idx on toolbox_item (kind);
create index toolbox_item_chapter_idx on toolbox_item (guide_chapter_id) where guide_chapter_id is not null;
create index toolbox_item_phases_idx on toolbox_item using gin (phases);
create index toolbox_item_tags_idx on toolbox_item using gin (tags);
create index toolbox_item_text_trgm_idx on toolbox_item using gin (lower(title || ' ' || summary) gin_trgm_ops);

create table toolbox_item_attachment (
    item_id       bigint       not null references toolbox_item (id) on delete cascade,
    attachment_id bigint       not null references attachment (id),
    position      integer      not null,
    title         varchar(200) not null,
    file_name     varchar(200) not null,
    primary key (item_id, position)
);
create index toolbox_item_attachment_idx on toolbox_item_attachment (attachment_id);

create table toolbox_item_link (
    item_id  bigint       not null references toolbox_item (id) on delete cascade,
    position integer      not null,
    title    varchar(200) not null,
    url      varchar(500) not null,
    primary key (item_id, position)
);

-- Good examples (cases): a partnership story with the five quick questions.
create table cases (
    id         bigint generated always as identity primary key,
    title      varchar(200)  not null,
    slug       varchar(120)  not null unique,
    summary    varchar(2000) not null,
    result     text          not null default '',
    starts_on  date,
    ends_on    date,
    demo       boolean       not null default false,
    created_at timestamptz   not null,
    updated_at timestamptz   not null,
    version    bigint        not null default 0
);
create index cases_title_idx on cases (title, id);

create table case_answer (
    case_id  bigint        not null references cases (id) on delete cascade,
    position integer       not null check (position between 1 and 5),
    question varchar(300)  not null,
    answer   varchar(4000) not null,
    primary key (case_id, position)
);
create table case_library (
    case_id    bigint not null references cases (id) on delete cascade,
    library_id bigint not null references library (id),
    primary key (case_id, library_id)
);
create index case_library_library_idx on case_library (library_id);
create table case_partner (
    case_id    bigint not null references cases (id) on delete cascade,
    partner_id bigint not null references partner (id),
    primary key (case_id, partner_id)
);
create index case_partner_partner_idx on case_partner (partner_id);
create table case_theme (
    case_id  bigint not null references cases (id) on delete cascade,
    theme_id bigint not null references theme (id),
    primary key (case_id, theme_id)
);
create index case_theme_theme_idx on case_theme (theme_id);
create table case_toolbox_item (
    case_id bigint not null references cases (id) on delete cascade,
    item_id bigint not null references toolbox_item (id),
    primary key (case_id, item_id)
);
create index case_toolbox_item_item_idx on case_toolbox_item (item_id);

-- Funded development projects: Ud af boksen!, the national theme collaboration.
create table project (
    id          bigint generated always as identity primary key,
    name        varchar(200)  not null,
    slug        varchar(120)  not null unique,
    summary     varchar(2000) not null,
    description text          not null default '',
    starts_on   date,
    ends_on     date,
    funder      varchar(200),
    lead        varchar(200),
    demo        boolean       not null default false,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0,
    constraint project_period check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create table project_partner (
    project_id bigint       not null references project (id) on delete cascade,
    partner_id bigint       not null references partner (id),
    role       varchar(200) not null,
    primary key (project_id, partner_id)
);
create index project_partner_partner_idx on project_partner (partner_id);
create table project_contact (
    project_id bigint not null references project (id) on delete cascade,
    contact_id bigint not null references contact (id),
    primary key (project_id, contact_id)
);
create index project_contact_contact_idx on project_contact (contact_id);
create table project_document (
    project_id    bigint       not null references project (id) on delete cascade,
    position      integer      not null,
    kind          varchar(12)  not null check (kind in ('REPORT', 'APPLICATION', 'PRESENTATION', 'FILM', 'OTHER')),
    title         varchar(200) not null,
    attachment_id bigint       not null references attachment (id),
    file_name     varchar(200) not null,
    primary key (project_id, position)
);
create index project_document_attachment_idx on project_document (attachment_id);
