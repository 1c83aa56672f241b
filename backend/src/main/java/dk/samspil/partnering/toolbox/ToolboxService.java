package dk.samspil.partnering.toolbox;

import static dk.samspil.common.text.Texts.blankToNull;

import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.db.KnownIds;
import dk.samspil.common.db.ReferenceGuard;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.security.Access;
import dk.samspil.common.text.Markdown;
import dk.samspil.common.text.Slugs;
import dk.samspil.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The toolbox: everyone reads it, coordinators keep it. */
@ApplicationScoped
@SuppressWarnings("unchecked")
public class ToolboxService {

    public static final SortFields SORT = SortFields.of(
            "title", "i.id asc", "title", "i.title", "kind", "i.kind", "year", "i.year", "updatedAt", "i.updated_at");

    private static final String SUMMARY = """
            select i.id, i.slug, i.title, i.summary, i.kind, i.heading, c.id, c.number, c.title, c.slug,
                   i.phases, i.tags, i.year,
                   (select count(*) from toolbox_item_attachment a where a.item_id = i.id)
            from toolbox_item i left join guide_chapter c on c.id = i.guide_chapter_id""";

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    ReferenceGuard referenceGuard;

    @Inject
    KnownIds knownIds;

    public ToolboxPage list(
            ToolboxHeading heading,
            ToolboxKind kind,
            String phase,
            String tag,
            Long chapterId,
            String q,
            PageRequest page) {
        Filters where = new Filters()
                .and("i.heading = :heading", "heading", heading == null ? null : heading.name())
                .and("i.kind = :kind", "kind", kind == null ? null : kind.name())
                .and("cast(:phase as varchar) = any (i.phases)", "phase", phase)
                .and("cast(:tag as varchar) = any (i.tags)", "tag", tag == null ? null : tag.toLowerCase(Locale.ROOT))
                .and("i.guide_chapter_id = :chapter", "chapter", chapterId)
                .contains(q, "i.title || ' ' || i.summary");
        long total = where.countNative(em, "select count(*) from toolbox_item i");
        List<ToolboxItemSummary> items = where.pageNative(em, SUMMARY, page, total).stream()
                .map(ToolboxService::summary)
                .toList();
        return new ToolboxPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    /** Summaries of the items of the given chapters, in title order, by chapter id (one statement). */
    public Map<Long, List<ToolboxItemSummary>> byChapter(List<Long> chapterIds) {
        Map<Long, List<ToolboxItemSummary>> map = new HashMap<>();
        if (chapterIds.isEmpty()) {
            return map;
        }
        ((List<Object[]>) em.createNativeQuery(SUMMARY + " where i.guide_chapter_id in (:ids) order by i.title, i.id")
                        .setParameter("ids", chapterIds)
                        .getResultList())
                .stream()
                        .map(ToolboxService::summary)
                        .forEach(s -> map.computeIfAbsent(s.guideChapter().id(), k -> new ArrayList<>())
                                .add(s));
        return map;
    }

    /** Summaries of the given items, in title order (one statement). */
    public List<ToolboxItemSummary> summaries(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return ((List<Object[]>) em.createNativeQuery(SUMMARY + " where i.id in (:ids) order by i.title, i.id")
                        .setParameter("ids", ids)
                        .getResultList())
                .stream().map(ToolboxService::summary).toList();
    }

    /** Every tag in use, with how many items carry it. */
    public List<TagCount> tags() {
        return ((List<Object[]>) em.createNativeQuery("""
                        select tag, count(*) from toolbox_item, unnest(tags) as tag group by tag order by tag""").getResultList())
                .stream()
                        .map(r -> new TagCount((String) r[0], ((Number) r[1]).longValue()))
                        .toList();
    }

    public Optional<ToolboxItemView> get(long id) {
        return Optional.ofNullable(em.find(ToolboxItem.class, id)).map(this::view);
    }

    public Optional<ToolboxItemView> bySlug(String slug) {
        return em.createQuery("select i from ToolboxItem i where i.slug = :s", ToolboxItem.class)
                .setParameter("s", slug)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    @Transactional
    public ToolboxItemView create(ToolboxItemInput input) {
        access.requireCoordinator();
        ToolboxItem item = new ToolboxItem();
        item.createdAt = clock.now();
        item.updatedAt = item.createdAt;
        apply(item, input);
        em.persist(item);
        em.flush();
        replaceParts(item.id, input);
        ToolboxItemView view = view(item);
        audit.created("toolbox_item", item.id, snapshot(view));
        return view;
    }

    @Transactional
    public ToolboxItemView update(long id, String ifMatch, ToolboxItemInput input) {
        access.requireCoordinator();
        ToolboxItem item = find(id);
        ETags.requireMatch(ifMatch, item.version);
        Map<String, Object> before = snapshot(view(item));
        apply(item, input);
        item.updatedAt = clock.now();
        em.flush();
        replaceParts(id, input);
        ToolboxItemView after = view(item);
        audit.updated("toolbox_item", id, before, snapshot(after));
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        access.requireCoordinator();
        ToolboxItem item = find(id);
        ETags.requireMatch(ifMatch, item.version);
        referenceGuard.requireUnreferenced("toolbox_item", id);
        Map<String, Object> before = snapshot(view(item));
        em.remove(item);
        em.flush();
        audit.deleted("toolbox_item", id, before);
    }

    private ToolboxItem find(long id) {
        ToolboxItem item = em.find(ToolboxItem.class, id);
        if (item == null) {
            throw ApiException.notFound("problem.not-found.detail.toolbox-item", id);
        }
        return item;
    }

    private void apply(ToolboxItem item, ToolboxItemInput in) {
        String slug = in.slug() == null || in.slug().isBlank() ? Slugs.of(in.title()) : in.slug();
        if (slug.isEmpty()) {
            throw ApiException.invalidField("slug", "theme.slug.empty");
        }
        if (!em.createNativeQuery("select id from toolbox_item where slug = :s and id <> :id")
                .setParameter("s", slug)
                .setParameter("id", item.id == null ? -1L : item.id)
                .getResultList()
                .isEmpty()) {
            throw ApiException.conflictOnField("slug", "problem.conflict.detail.slug-taken", slug);
        }
        if (in.guideChapterId() != null
                && em.createNativeQuery("select id from guide_chapter where id = :id")
                        .setParameter("id", in.guideChapterId())
                        .getResultList()
                        .isEmpty()) {
            throw ApiException.invalidField("guideChapterId", "toolbox.chapter.unknown");
        }
        List<String> phases = in.phases() == null ? List.of() : in.phases();
        Set<String> knownPhases = new HashSet<>(
                em.createNativeQuery("select code from partnership_phase").getResultList());
        for (int i = 0; i < phases.size(); i++) {
            if (!knownPhases.contains(phases.get(i))) {
                throw ApiException.invalidField("phases[" + i + "]", "partnership.phase.unknown");
            }
        }
        List<ToolboxItemInput.AttachmentRef> files = in.attachments() == null ? List.of() : in.attachments();
        knownIds.require(
                "attachment",
                "attachments",
                ".attachmentId",
                files.stream().map(ToolboxItemInput.AttachmentRef::attachmentId).toList(),
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
        item.tags = (in.tags() == null ? List.<String>of() : in.tags())
                .stream()
                        .map(t -> t.trim().toLowerCase(Locale.ROOT))
                        .distinct()
                        .sorted()
                        .toArray(String[]::new);
        item.source = blankToNull(in.source());
        item.year = in.year();
    }

    private void replaceParts(long id, ToolboxItemInput in) {
        em.createNativeQuery("delete from toolbox_item_attachment where item_id = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.createNativeQuery("delete from toolbox_item_link where item_id = :id")
                .setParameter("id", id)
                .executeUpdate();
        int position = 0;
        for (ToolboxItemInput.AttachmentRef file :
                in.attachments() == null ? List.<ToolboxItemInput.AttachmentRef>of() : in.attachments()) {
            em.createNativeQuery("""
                            insert into toolbox_item_attachment (item_id, attachment_id, position, title, file_name)
                            select :item, a.id, :pos, :title, a.file_name from attachment a where a.id = :a""")
                    .setParameter("item", id)
                    .setParameter("pos", position++)
                    .setParameter("title", file.title().trim())
                    .setParameter("a", file.attachmentId())
                    .executeUpdate();
        }
        position = 0;
        for (ToolboxItemInput.Link link : in.links() == null ? List.<ToolboxItemInput.Link>of() : in.links()) {
            em.createNativeQuery(
                            "insert into toolbox_item_link (item_id, position, title, url) values (:i, :p, :t, :u)")
                    .setParameter("i", id)
                    .setParameter("p", position++)
                    .setParameter("t", link.title().trim())
                    .setParameter("u", link.url().trim())
                    .executeUpdate();
        }
    }

    private ToolboxItemView view(ToolboxItem i) {
        ToolboxItemSummary.ChapterRef chapter = null;
        if (i.guideChapterId != null) {
            Object[] c =
                    (Object[]) em.createNativeQuery("select id, number, title, slug from guide_chapter where id = :id")
                            .setParameter("id", i.guideChapterId)
                            .getSingleResult();
            chapter = new ToolboxItemSummary.ChapterRef(
                    ((Number) c[0]).longValue(), ((Number) c[1]).intValue(), (String) c[2], (String) c[3]);
        }
        List<ToolboxItemView.FileView> files = ((List<Object[]>)
                        em.createNativeQuery("""
                        select a.id, x.title, x.file_name, a.content_type, a.size_bytes from toolbox_item_attachment x
                        join attachment a on a.id = x.attachment_id where x.item_id = :id order by x.position""").setParameter("id", i.id).getResultList())
                .stream()
                        .map(r -> new ToolboxItemView.FileView(
                                ((Number) r[0]).longValue(),
                                (String) r[1],
                                (String) r[2],
                                (String) r[3],
                                ((Number) r[4]).longValue(),
                                "/api/attachments/" + r[0] + "?name="
                                        + java.net.URLEncoder.encode(
                                                (String) r[2], java.nio.charset.StandardCharsets.UTF_8)))
                        .toList();
        List<ToolboxItemInput.Link> links = ((List<Object[]>) em.createNativeQuery(
                                "select title, url from toolbox_item_link where item_id = :id order by position")
                        .setParameter("id", i.id)
                        .getResultList())
                .stream()
                        .map(r -> new ToolboxItemInput.Link((String) r[0], (String) r[1]))
                        .toList();
        return new ToolboxItemView(
                i.id,
                i.slug,
                i.title,
                i.summary,
                i.body,
                Markdown.toSafeHtml(i.body),
                i.kind,
                i.heading,
                chapter,
                List.of(i.phases),
                List.of(i.tags),
                files,
                links,
                i.source,
                i.year,
                i.createdAt,
                i.updatedAt,
                i.version);
    }

    private static ToolboxItemSummary summary(Object[] r) {
        return new ToolboxItemSummary(
                ((Number) r[0]).longValue(),
                (String) r[1],
                (String) r[2],
                (String) r[3],
                ToolboxKind.valueOf((String) r[4]),
                ToolboxHeading.valueOf((String) r[5]),
                r[6] == null
                        ? null
                        : new ToolboxItemSummary.ChapterRef(
                                ((Number) r[6]).longValue(), ((Number) r[7]).intValue(), (String) r[8], (String) r[9]),
                strings(r[10]),
                strings(r[11]),
                r[12] == null ? null : ((Number) r[12]).intValue(),
                ((Number) r[13]).intValue());
    }

    private static List<String> strings(Object array) {
        if (array instanceof String[] values) {
            return List.of(values);
        }
        if (array instanceof Object[] values) {
            return Arrays.stream(values).map(String::valueOf).toList();
        }
        try {
            return List.of((String[]) ((java.sql.Array) array).getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> snapshot(ToolboxItemView v) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", v.kind());
        map.put("title", v.title());
        map.put("slug", v.slug());
        map.put("summary", v.summary());
        map.put("body", v.body());
        map.put("heading", v.heading());
        map.put(
                "guideChapterId",
                v.guideChapter() == null ? null : v.guideChapter().id());
        map.put("phases", v.phases());
        map.put("tags", v.tags());
        map.put(
                "attachments",
                v.attachments().stream()
                        .map(f -> f.attachmentId() + ": " + f.title())
                        .toList());
        map.put("links", v.links().stream().map(l -> l.title() + " " + l.url()).toList());
        map.put("source", v.source());
        map.put("year", v.year());
        return map;
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "A tag and how many items carry it")
    public record TagCount(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true)
            String tag,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true)
            long items) {}
}
