-- Search that stays fast with a million documents (GET /api/search, the lists' q):
--  * the documents partitioned by kind, so that a type filter or a count per type reads only that type;
--  * the title's own words and stems, so that title hits are found without reading every text hit;
--  * the words of titles and names in a small table of their own, for typos: a word typed wrong is
--    replaced by the nearest word that a title the caller may see contains (instead of comparing the
--    text with every title).
alter table search_document rename to search_document_v11;
alter index search_document_pkey rename to search_document_v11_pkey;

-- One partition per kind: a search of one kind, or the first hits of each kind, reads only that kind's
-- indexes, however many documents the other kinds have.
create table search_document (
    kind         varchar(20)  not null,
    ref_id       bigint       not null,
    -- Only for callers who read private details (a contact not marked public).
    private      boolean      not null,
    title        text         not null,
    body         text         not null,
    -- The web app's page for the hit.
    route        varchar(300) not null,
    title_folded text         not null generated always as (search_fold(title)) stored,
    -- Danish stems (title weighted A, the rest D) for matching and ranking.
    stems        tsvector     not null generated always as (
                     setweight(to_tsvector('danish', search_fold(title)), 'A')
                     || setweight(to_tsvector('danish', search_fold(body)), 'D')) stored,
    -- The words as written (folded), for exact matches and the prefix of the word being typed.
    words        tsvector     not null generated always as (
                     setweight(to_tsvector('simple', search_fold(title)), 'A')
                     || setweight(to_tsvector('simple', search_fold(body)), 'D')) stored,
    -- The title's own, so that title hits are found without reading the text hits.
    title_stems  tsvector     not null generated always as (to_tsvector('danish', search_fold(title))) stored,
    title_words  tsvector     not null generated always as (to_tsvector('simple', search_fold(title))) stored,
    primary key (kind, ref_id)
) partition by list (kind);

create table search_document_library partition of search_document for values in ('LIBRARY');
create table search_document_theme partition of search_document for values in ('THEME');
create table search_document_activity partition of search_document for values in ('ACTIVITY');
create table search_document_partner partition of search_document for values in ('PARTNER');
create table search_document_partnership partition of search_document for values in ('PARTNERSHIP');
create table search_document_toolbox_item partition of search_document for values in ('TOOLBOX_ITEM');
create table search_document_guide_chapter partition of search_document for values in ('GUIDE_CHAPTER');
create table search_document_good_example partition of search_document for values in ('GOOD_EXAMPLE');
create table search_document_project partition of search_document for values in ('PROJECT');
create table search_document_network_meeting partition of search_document for values in ('NETWORK_MEETING');
create table search_document_contact partition of search_document for values in ('CONTACT');

insert into search_document (kind, ref_id, private, title, body, route)
select kind, ref_id, private, title, body, route from search_document_v11;
drop table search_document_v11;
drop function search_near(text, text);

create index search_document_stems_idx on search_document using gin (stems);
create index search_document_words_idx on search_document using gin (words);
create index search_document_title_stems_idx on search_document using gin (title_stems);
create index search_document_title_words_idx on search_document using gin (title_words);
-- An exact title ranks first, however many other titles hold its words.
create index search_document_title_idx on search_document (title_folded);
-- Statistics on ten times the usual number of words, so that PostgreSQL knows a rare word from a common one
-- (GET /api/search reads a common word's first hits from the table, a rare word's through the index).
alter table search_document alter column stems set statistics 1000, alter column words set statistics 1000,
    alter column title_stems set statistics 1000, alter column title_words set statistics 1000;

-- The words of titles and names (folded, at least three letters), one way each is written in a title, and
-- how many public and how many private documents (contacts not public) hold it: a word that only private
-- documents hold is offered only to callers who read private details. Kept current from search_document in
-- the same transaction.
create table search_word (
    word         text    primary key,
    spelling     text    not null,
    public_docs  integer not null check (public_docs >= 0),
    private_docs integer not null check (private_docs >= 0)
);

-- The words of a title, each once: folded, and as written.
create function search_title_words(title text) returns table (word text, spelling text)
    language sql immutable strict parallel safe
as $$
select search_fold(w), min(w)
  from regexp_split_to_table(title, '[[:space:][:punct:]]+') w
 where length(search_fold(w)) >= 3
 group by 1
$$;

create function search_word_count() returns trigger
    language plpgsql
as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        perform 1 from search_word
          where word in (select (search_title_words(o.title)).word from old_rows o)
          order by word -- one lock order for all writers
          for update;
        update search_word s
           set public_docs = s.public_docs - g.public_docs, private_docs = s.private_docs - g.private_docs
          from (select w.word, count(*) filter (where not o.private) as public_docs,
                       count(*) filter (where o.private) as private_docs
                  from old_rows o cross join lateral search_title_words(o.title) w
                 group by w.word) g
         where s.word = g.word;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into search_word (word, spelling, public_docs, private_docs)
        select w.word, min(w.spelling), count(*) filter (where not n.private), count(*) filter (where n.private)
          from new_rows n cross join lateral search_title_words(n.title) w
         group by w.word
         order by w.word
        on conflict (word) do update
            set public_docs = search_word.public_docs + excluded.public_docs,
                private_docs = search_word.private_docs + excluded.private_docs;
    end if;
    return null;
end
$$;

insert into search_word (word, spelling, public_docs, private_docs)
select w.word, min(w.spelling), count(*) filter (where not d.private), count(*) filter (where d.private)
  from search_document d cross join lateral search_title_words(d.title) w
 group by w.word;

create trigger search_word_ins after insert on search_document referencing new table as new_rows
    for each statement execute function search_word_count();
create trigger search_word_upd after update on search_document referencing old table as old_rows new table as new_rows
    for each statement execute function search_word_count();
create trigger search_word_del after delete on search_document referencing old table as old_rows
    for each statement execute function search_word_count();

create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);
-- The words that begin with the word being typed.
create index search_word_prefix_idx on search_word (word text_pattern_ops);
analyze search_document;
analyze search_word;
