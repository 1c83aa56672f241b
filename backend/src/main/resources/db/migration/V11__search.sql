-- Search across Samspil (GET /api/search, and the lists' q): one document per searchable row, kept
-- current by triggers in the same transaction as the row, with Danish stems, exact words and trigrams.

-- Folding, so that the Danish spellings and accents people type find each other: lower case, å = aa,
-- æ = ae, ø = oe (also ä and ö, as Swedish and German names write them), accents dropped. Upper-case
-- letters are folded by hand as well, since lower() outside ASCII depends on the database's locale.
-- The text search parser then sees ASCII letters for all of these. Java's SearchText.fold does the same.
create function search_fold(t text) returns text
    language sql immutable strict parallel safe
as $$
select translate(
           replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(t),
               'å', 'aa'), 'Å', 'aa'), 'æ', 'ae'), 'Æ', 'ae'), 'ø', 'oe'), 'Ø', 'oe'),
               'ä', 'ae'), 'Ä', 'ae'), 'ö', 'oe'), 'Ö', 'oe'),
           'áàâãéèêëíìîïóòôõúùûüýÿçñÁÀÂÃÉÈÊËÍÌÎÏÓÒÔÕÚÙÛÜÝÇÑ',
           'aaaaeeeeiiiioooouuuuyycnaaaaeeeeiiiioooouuuuycn')
$$;

create table search_document (
    kind         varchar(20)  not null check (kind in ('LIBRARY', 'THEME', 'ACTIVITY', 'PARTNER', 'PARTNERSHIP',
                     'TOOLBOX_ITEM', 'GUIDE_CHAPTER', 'GOOD_EXAMPLE', 'PROJECT', 'NETWORK_MEETING', 'CONTACT')),
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
    primary key (kind, ref_id)
);

-- What each searchable row contributes: its title (names rank above the rest) and its other text.
create view search_source as
select 'LIBRARY'::varchar(20) as kind, l.id as ref_id, false as private, l.name::text as title,
       concat_ws(' ', m.name, l.street, l.postal_code, l.city) as body,
       '/biblioteker/' || l.id as route
  from library l
  join municipality m on m.code = l.municipality_code
union all
select 'THEME', t.id, false, t.title,
       concat_ws(' ', 'Tema ' || t.number, t.summary, t.description,
                 (select string_agg(f.name_da || ' ' || f.name_en, ' ' order by f.position)
                    from theme_focus_area tf join focus_area f on f.code = tf.focus_area_code
                   where tf.theme_id = t.id)),
       '/temaer/' || t.slug
  from theme t
union all
select 'ACTIVITY', a.id, false, a.title, concat_ws(' ', a.description, a.place), '/biblioteker/' || p.library_id
  from activity a
  join participation p on p.id = a.participation_id
union all
select 'PARTNER', p.id, false, p.name, coalesce(p.description, ''), '/partnere/' || p.id
  from partner p
union all
select 'PARTNERSHIP', ps.id, false, ps.title,
       concat_ws(' ', ps.purpose, ps.goals, ps.outcomes, ps.evaluation,
                 (select string_agg(l.name, ' ' order by l.name)
                    from partnership_library pl join library l on l.id = pl.library_id
                   where pl.partnership_id = ps.id),
                 (select string_agg(pa.name, ' ' order by pa.name)
                    from partnership_partner pp join partner pa on pa.id = pp.partner_id
                   where pp.partnership_id = ps.id)),
       '/partnerskaber/' || ps.id
  from partnership ps
union all
select 'TOOLBOX_ITEM', i.id, false, i.title,
       concat_ws(' ', i.summary, i.body, array_to_string(i.tags, ' '), i.source),
       '/vaerktoejskassen/' || i.slug
  from toolbox_item i
union all
select 'GUIDE_CHAPTER', g.id, false, g.title, concat_ws(' ', g.summary, g.body), '/guide/' || g.slug
  from guide_chapter g
union all
select 'GOOD_EXAMPLE', c.id, false, c.title,
       concat_ws(' ', c.summary, c.result,
                 (select string_agg(ca.answer, ' ' order by ca.position) from case_answer ca where ca.case_id = c.id),
                 (select string_agg(l.name, ' ' order by l.name)
                    from case_library cl join library l on l.id = cl.library_id where cl.case_id = c.id),
                 (select string_agg(pa.name, ' ' order by pa.name)
                    from case_partner cp join partner pa on pa.id = cp.partner_id where cp.case_id = c.id)),
       '/gode-eksempler/' || c.slug
  from cases c
union all
select 'PROJECT', pr.id, false, pr.name, concat_ws(' ', pr.summary, pr.description, pr.funder, pr.lead),
       '/projekter/' || pr.slug
  from project pr
union all
select 'NETWORK_MEETING', nm.id, false, nm.title,
       concat_ws(' ', nm.place, nm.agenda,
                 (select string_agg(mi.text, ' ' order by mi.position) from meeting_idea mi where mi.meeting_id = nm.id)),
       '/netvaerksmoeder/' || nm.id
  from network_meeting nm
union all
select 'CONTACT', c.id, not c.public, c.name, concat_ws(' ', c.title, l.name, pa.name),
       case when c.library_id is not null then '/biblioteker/' || c.library_id
            when c.partner_id is not null then '/partnere/' || c.partner_id
            else '/' end
  from contact c
  left join library l on l.id = c.library_id
  left join partner pa on pa.id = c.partner_id;

-- Rewrites the documents of one kind for the given rows: removed when the row is gone.
create function search_refresh(k varchar, ids bigint[]) returns void
    language sql
as $$
delete from search_document where kind = k and ref_id = any (ids);
insert into search_document (kind, ref_id, private, title, body, route)
select s.kind, s.ref_id, s.private, s.title, s.body, s.route
  from search_source s
 where s.kind = k and s.ref_id = any (ids);
$$;

-- Once per statement (a bulk COPY of a million rows refreshes in one go). The arguments come in pairs:
-- a kind, and a query over the statement's rows (%s names them) that gives the ids of that kind to refresh.
create function search_sync() returns trigger
    language plpgsql
as $$
declare
    rows_name text := case when tg_op = 'DELETE' then 'old_rows' else 'new_rows' end;
    ids bigint[];
begin
    for i in 0 .. tg_nargs - 1 by 2 loop
        execute format('select array_agg(distinct x) from (' || tg_argv[i + 1] || ') q(x) where x is not null',
                       rows_name) into ids;
        if ids is not null then
            perform search_refresh(tg_argv[i], ids);
        end if;
    end loop;
    return null;
end
$$;

-- Each source table gets three triggers (PostgreSQL allows transition tables on one event per trigger).
create function search_watch(tbl text, variadic args text[]) returns void
    language plpgsql
as $$
declare
    arg_list text := (select string_agg(quote_literal(a), ', ') from unnest(args) a);
begin
    execute format('create trigger %I after insert on %I referencing new table as new_rows'
                   ' for each statement execute function search_sync(%s)', tbl || '_search_ins', tbl, arg_list);
    execute format('create trigger %I after update on %I referencing new table as new_rows'
                   ' for each statement execute function search_sync(%s)', tbl || '_search_upd', tbl, arg_list);
    execute format('create trigger %I after delete on %I referencing old table as old_rows'
                   ' for each statement execute function search_sync(%s)', tbl || '_search_del', tbl, arg_list);
end
$$;

select search_watch('library', 'LIBRARY', 'select id from %s',
                    'CONTACT', 'select c.id from contact c where c.library_id in (select id from %s)',
                    'PARTNERSHIP', 'select pl.partnership_id from partnership_library pl where pl.library_id in (select id from %s)',
                    'GOOD_EXAMPLE', 'select cl.case_id from case_library cl where cl.library_id in (select id from %s)');
select search_watch('theme', 'THEME', 'select id from %s');
select search_watch('theme_focus_area', 'THEME', 'select theme_id from %s');
select search_watch('activity', 'ACTIVITY', 'select id from %s');
select search_watch('partner', 'PARTNER', 'select id from %s',
                    'CONTACT', 'select c.id from contact c where c.partner_id in (select id from %s)',
                    'PARTNERSHIP', 'select pp.partnership_id from partnership_partner pp where pp.partner_id in (select id from %s)',
                    'GOOD_EXAMPLE', 'select cp.case_id from case_partner cp where cp.partner_id in (select id from %s)');
select search_watch('partnership', 'PARTNERSHIP', 'select id from %s');
select search_watch('partnership_library', 'PARTNERSHIP', 'select partnership_id from %s');
select search_watch('partnership_partner', 'PARTNERSHIP', 'select partnership_id from %s');
select search_watch('toolbox_item', 'TOOLBOX_ITEM', 'select id from %s');
select search_watch('guide_chapter', 'GUIDE_CHAPTER', 'select id from %s');
select search_watch('cases', 'GOOD_EXAMPLE', 'select id from %s');
select search_watch('case_answer', 'GOOD_EXAMPLE', 'select case_id from %s');
select search_watch('case_library', 'GOOD_EXAMPLE', 'select case_id from %s');
select search_watch('case_partner', 'GOOD_EXAMPLE', 'select case_id from %s');
select search_watch('project', 'PROJECT', 'select id from %s');
select search_watch('network_meeting', 'NETWORK_MEETING', 'select id from %s');
select search_watch('meeting_idea', 'NETWORK_MEETING', 'select meeting_id from %s');
select search_watch('contact', 'CONTACT', 'select id from %s');
drop function search_watch(text, text[]);

-- What exists already; the indexes are built afterwards, at once (far faster than row by row).
insert into search_document (kind, ref_id, private, title, body, route)
select kind, ref_id, private, title, body, route from search_source;
create index search_document_stems_idx on search_document using gin (stems);
create index search_document_words_idx on search_document using gin (words);
create index search_document_title_trgm_idx on search_document using gin (title_folded gin_trgm_ops);
analyze search_document;

-- Matching, as GET /api/search and the lists' q use it (common/search/SearchQuery): the query read as
-- Danish stems and as the words written (the last one a prefix while it is typed). Plain SQL expressions, so
-- that PostgreSQL inlines them and uses the indexes.
create function search_match(stems tsvector, words tsvector, query text) returns boolean
    language sql immutable parallel safe
as $$
select stems @@ to_tsquery('danish', search_fold(query))
    or words @@ to_tsquery('simple', search_fold(query))
$$;

-- For typos, when nothing matches as text: the typed text close to whole words of a title, by pg_trgm's
-- strict word similarity (the index finds candidates from 0.5; at least 0.6 counts, since 0.5 lets one right
-- word of two match, and plain word similarity lets "bibliotekerne aalborg" match every "... Bibliotekerne").
create function search_near(title_folded text, typed text) returns boolean
    language sql stable parallel safe
as $$
select search_fold(typed) <<% title_folded and strict_word_similarity(search_fold(typed), title_folded) >= 0.6
$$;
