package dk.samspil.partnering.toolbox;

import static dk.samspil.common.text.Texts.blankToNull;

import dk.samspil.common.cache.PublicReads;
import dk.samspil.common.content.ContentService;
import dk.samspil.common.content.FileList;
import dk.samspil.common.db.ChildRows;
import dk.samspil.common.db.KnownIds;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.search.SearchKind;
import dk.samspil.common.text.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/** The toolbox: everyone reads it, coordinators keep it. */
@ApplicationScoped
public class ToolboxService extends ContentService<ToolboxItem, ToolboxItemInput, ToolboxItemView> {

    public static final SortFields SORT = SortFields.of(
            "title", "i.id asc", "title", "i.title", "kind", "i.kind", "year", "i.year", "updatedAt", "i.updated_at");

    /** Item summaries, their chapter and their number of files included (one statement for any number). */
    private static final String SUMMARY = """
            select i.id, i.slug, i.title, i.summary, i.kind, i.heading,
                   c.id as guide_chapter_id, c.number as guide_chapter_number, c.title as guide_chapter_title,
                   c.slug as guide_chapter_slug, i.phases, i.tags, i.year,
                   (select count(*) from toolbox_item_attachment a where a.item_id = i.id) as attachments
            from toolbox_item i left join guide_chapter c on c.id = i.guide_chapter_id""";

    record StoredLink(int position, String title, String url) {}

    private static final FileList FILES = FileList.of("toolbox_item_attachment", "item_id");

    private static final ChildRows<StoredLink> LINKS =
            ChildRows.of("toolbox_item_link", "item_id", "position", StoredLink.class);

    @Inject
    KnownIds knownIds;

    @Inject
    PublicReads publicReads;

    ToolboxService() {
        super(
                "toolbox_item",
                "problem.not-found.detail.toolbox-item",
                ToolboxItem::new,
                id -> ToolboxItem.findByIdOptional(id));
    }

    public ToolboxPage list(
            ToolboxHeading heading,
            ToolboxKind kind,
            String phase,
            String tag,
            Long chapterId,
            String q,
            Instant updatedSince,
            PageRequest page) {
        Filters where = new Filters()
                .and("i.heading = :heading", "heading", heading == null ? null : heading.name())
                .and("i.kind = :kind", "kind", kind == null ? null : kind.name())
                .and("cast(:phase as varchar) = any (i.phases)", "phase", phase)
                .and("cast(:tag as varchar) = any (i.tags)", "tag", tag == null ? null : tag.toLowerCase(Locale.ROOT))
                .and("i.guide_chapter_id = :chapter", "chapter", chapterId)
                .updatedSince("i.updated_at", updatedSince)
                .matchesNative(q, SearchKind.TOOLBOX_ITEM, "i.id");
        long total = where.countNative(em, "select count(*) from toolbox_item i");
        List<ToolboxItemSummary> items = where.pageNative(em, SUMMARY, page, total, ToolboxItemSummary.class);
        return new ToolboxPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    /** Summaries of the items of the given chapters, in title order, by chapter id (one statement). */
    public Map<Long, List<ToolboxItemSummary>> byChapter(List<Long> chapterIds) {
        if (chapterIds.isEmpty()) {
            return Map.of();
        }
        return sql.select(SUMMARY + " where i.guide_chapter_id in (:ids) order by i.title, i.id")
                .param("ids", chapterIds)
                .grouped(ToolboxItemSummary.class, s -> s.guideChapter().id());
    }

    /** Summaries of the given items, in title order (one statement). */
    public List<ToolboxItemSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.select(SUMMARY + " where i.id in (:ids) order by i.title, i.id")
                .param("ids", ids)
                .list(ToolboxItemSummary.class);
    }

    /** Every tag in use, with how many items carry it; kept for anonymous visitors until anything changes. */
    public List<TagCount> tags() {
        return publicReads.get(
                List.of("toolbox/tags"),
                () -> sql.select(
                                "select tag, count(*) as items from toolbox_item, unnest(tags) as tag group by tag order by tag")
                        .list(TagCount.class));
    }

    @Override
    protected Optional<ToolboxItem> findBySlug(String slug) {
        return ToolboxItem.find("slug", slug).firstResultOptional();
    }

    @Override
    protected boolean touchesOnEveryUpdate() {
        return true;
    }

    @Override
    protected void apply(ToolboxItem item, ToolboxItemInput in) {
        String slug = uniqueSlug(item, in.slug(), in.title());
        if (slug.isEmpty()) {
            throw ApiException.invalidField("slug", "theme.slug.empty");
        }
        if (in.guideChapterId() != null
                && sql.select("select id from guide_chapter where id = :id")
                        .param("id", in.guideChapterId())
                        .optional(Long.class)
                        .isEmpty()) {
            throw ApiException.invalidField("guideChapterId", "toolbox.chapter.unknown");
        }
        List<String> phases = orEmpty(in.phases());
        Set<String> knownPhases =
                new HashSet<>(sql.select("select code from partnership_phase").list(String.class));
        for (int i = 0; i < phases.size(); i++) {
            if (!knownPhases.contains(phases.get(i))) {
                throw ApiException.invalidField("phases[" + i + "]", "partnership.phase.unknown");
            }
        }
        knownIds.require(
                "attachment",
                "attachments",
                ".attachmentId",
                FileList.ids(orEmpty(in.attachments())),
                true,
                "partnership.agreement.unknown");
        item.kind = in.kind();
        item.title = in.title().trim();
        item.slug = slug;
        item.summary = in.summary().strip();
        item.body = in.body() == null ? "" : in.body().strip();
        item.heading = in.heading();
        item.guideChapterId = in.guideChapterId();
        item.phases = phases.stream().distinct().sorted().toArray(String[]::new);
        item.tags = orEmpty(in.tags()).stream()
                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                .distinct()
                .sorted()
                .toArray(String[]::new);
        item.source = blankToNull(in.source());
        item.year = in.year();
    }

    @Override
    protected boolean writeParts(ToolboxItem item, ToolboxItemInput in, boolean created) {
        List<ToolboxItemInput.Link> links = orEmpty(in.links());
        List<StoredLink> storedLinks = IntStream.range(0, links.size())
                .mapToObj(p -> new StoredLink(
                        p, links.get(p).title().trim(), links.get(p).url().trim()))
                .toList();
        boolean filesChanged = FILES.write(sql, item.id, orEmpty(in.attachments()), created);
        return LINKS.write(sql, item.id, storedLinks, created) || filesChanged;
    }

    /** An item's guide chapter, files and links, read by the database in one statement. */
    private record Parts(
            ToolboxItemSummary.ChapterRef chapter, List<FileList.Row> files, List<ToolboxItemInput.Link> links) {}

    private static final String PARTS = """
            select c.id as chapter_id, c.number as chapter_number, c.title as chapter_title, c.slug as chapter_slug,
              %s as files,
              (select coalesce(json_agg(json_build_object('title', l.title, 'url', l.url) order by l.position), '[]')
               from toolbox_item_link l where l.item_id = i.id)::text as links
            from toolbox_item i left join guide_chapter c on c.id = i.guide_chapter_id where i.id = :id""".formatted(FILES.json("i.id"));

    /** Two statements: the item, already read, and its parts. */
    @Override
    protected ToolboxItemView view(ToolboxItem i) {
        Parts parts = sql.select(PARTS).param("id", i.id).one(Parts.class);
        return new ToolboxItemView(
                i.id,
                i.slug,
                i.title,
                i.summary,
                i.body,
                Markdown.toSafeHtml(i.body),
                i.kind,
                i.heading,
                parts.chapter(),
                List.of(i.phases),
                List.of(i.tags),
                FileList.views(parts.files()),
                parts.links(),
                i.source,
                i.year,
                i.createdAt,
                i.updatedAt,
                i.version);
    }

    @Override
    protected Map<String, Object> fields(ToolboxItem i) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", i.kind);
        map.put("title", i.title);
        map.put("slug", i.slug);
        map.put("summary", i.summary);
        map.put("body", i.body);
        map.put("heading", i.heading);
        map.put("guideChapterId", i.guideChapterId);
        map.put("phases", List.of(i.phases));
        map.put("tags", List.of(i.tags));
        map.put("source", i.source);
        map.put("year", i.year);
        return map;
    }

    @Override
    protected Map<String, Object> parts(ToolboxItemView v) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(
                "attachments",
                v.attachments().stream()
                        .map(f -> f.attachmentId() + ": " + f.title())
                        .toList());
        map.put("links", v.links().stream().map(l -> l.title() + " " + l.url()).toList());
        return map;
    }
}
