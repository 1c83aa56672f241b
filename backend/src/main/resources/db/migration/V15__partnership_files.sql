-- A partnership's other files (beside its agreement): minutes, plans, evaluations, each with a title, in order.
create table partnership_file (
    partnership_id bigint       not null references partnership (id) on delete cascade,
    position       integer      not null,
    attachment_id  bigint       not null references attachment (id),
    title          varchar(200) not null,
    file_name      varchar(200) not null,
    primary key (partnership_id, position)
);
create index partnership_file_attachment_idx on partnership_file (attachment_id);
