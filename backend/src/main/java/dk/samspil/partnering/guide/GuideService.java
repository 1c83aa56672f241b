package dk.samspil.partnering.guide;

import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.db.ReferenceGuard;
import dk.samspil.common.http.ETags;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.security.Access;
import dk.samspil.common.text.Markdown;
import dk.samspil.common.text.Slugs;
import dk.samspil.common.time.AppClock;
import dk.samspil.partnering.toolbox.ToolboxItemSummary;
import dk.samspil.partnering.toolbox.ToolboxService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The guide: everyone reads it, coordinators edit it. */
@ApplicationScoped
@SuppressWarnings("unchecked")
public class GuideService {

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    ToolboxService toolbox;

    @Inject
    ReferenceGuard referenceGuard;

    public GuideViews.Guide guide() {
        List<GuideChapter> chapters = em.createQuery(
                        "select c from GuideChapter c order by c.number", GuideChapter.class)
                .getResultList();
        Map<Long, List<ToolboxItemSummary>> items =
                toolbox.byChapter(chapters.stream().map(c -> c.id).toList());
        List<GuideViews.ChecklistStep> checklist = ((List<Object[]>) em.createNativeQuery(
                                "select code, position, phase, text_da, text_en from checklist_step order by position")
                        .getResultList())
                .stream()
                        .map(r -> new GuideViews.ChecklistStep(
                                (String) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4]))
                        .toList();
        return new GuideViews.Guide(
                chapters.stream()
                        .map(c -> new GuideViews.ChapterSummary(
                                c.id, c.number, c.title, c.slug, c.summary, items.getOrDefault(c.id, List.of())))
                        .toList(),
                checklist);
    }

    public Optional<GuideViews.Chapter> bySlug(String slug) {
        return em.createQuery("select c from GuideChapter c where c.slug = :s", GuideChapter.class)
                .setParameter("s", slug)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    public Optional<GuideViews.Chapter> get(long id) {
        return Optional.ofNullable(em.find(GuideChapter.class, id)).map(this::view);
    }

    @Transactional
    public GuideViews.Chapter create(GuideChapterInput input) {
        access.requireCoordinator();
        GuideChapter chapter = new GuideChapter();
        chapter.createdAt = clock.now();
        chapter.updatedAt = chapter.createdAt;
        apply(chapter, input);
        em.persist(chapter);
        em.flush();
        audit.created("guide_chapter", chapter.id, snapshot(chapter));
        return view(chapter);
    }

    @Transactional
    public GuideViews.Chapter update(long id, String ifMatch, GuideChapterInput input) {
        access.requireCoordinator();
        GuideChapter chapter = find(id);
        ETags.requireMatch(ifMatch, chapter.version);
        Map<String, Object> before = snapshot(chapter);
        apply(chapter, input);
        if (!before.equals(snapshot(chapter))) {
            chapter.updatedAt = clock.now();
            em.flush();
            audit.updated("guide_chapter", id, before, snapshot(chapter));
        }
        return view(chapter);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        access.requireCoordinator();
        GuideChapter chapter = find(id);
        ETags.requireMatch(ifMatch, chapter.version);
        referenceGuard.requireUnreferenced("guide_chapter", id);
        Map<String, Object> before = snapshot(chapter);
        em.remove(chapter);
        em.flush();
        audit.deleted("guide_chapter", id, before);
    }

    private GuideChapter find(long id) {
        GuideChapter chapter = em.find(GuideChapter.class, id);
        if (chapter == null) {
            throw ApiException.notFound("problem.not-found.detail.guide-chapter", id);
        }
        return chapter;
    }

    private void apply(GuideChapter c, GuideChapterInput in) {
        String slug = in.slug() == null || in.slug().isBlank() ? Slugs.of(in.title()) : in.slug();
        long self = c.id == null ? -1L : c.id;
        if (!em.createNativeQuery("select id from guide_chapter where number = :n and id <> :id")
                .setParameter("n", in.number())
                .setParameter("id", self)
                .getResultList()
                .isEmpty()) {
            throw ApiException.conflictOnField("number", "problem.conflict.detail.chapter-number", in.number());
        }
        if (!em.createNativeQuery("select id from guide_chapter where slug = :s and id <> :id")
                .setParameter("s", slug)
                .setParameter("id", self)
                .getResultList()
                .isEmpty()) {
            throw ApiException.conflictOnField("slug", "problem.conflict.detail.slug-taken", slug);
        }
        c.number = in.number();
        c.title = in.title().trim();
        c.slug = slug;
        c.summary = in.summary() == null ? "" : in.summary().strip();
        c.body = in.body() == null ? "" : in.body().strip();
    }

    private GuideViews.Chapter view(GuideChapter c) {
        List<Object[]> neighbours =
                em.createNativeQuery("""
                        (select id, number, title, slug from guide_chapter where number < :n order by number desc limit 1)
                        union all
                        (select id, number, title, slug from guide_chapter where number > :n order by number limit 1)""").setParameter("n", c.number).getResultList();
        ToolboxItemSummary.ChapterRef previous = null;
        ToolboxItemSummary.ChapterRef next = null;
        for (Object[] r : neighbours) {
            ToolboxItemSummary.ChapterRef ref = new ToolboxItemSummary.ChapterRef(
                    ((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], (String) r[3]);
            if (ref.number() < c.number) {
                previous = ref;
            } else {
                next = ref;
            }
        }
        return new GuideViews.Chapter(
                c.id,
                c.number,
                c.title,
                c.slug,
                c.summary,
                c.body,
                Markdown.toSafeHtml(c.body),
                toolbox.byChapter(List.of(c.id)).getOrDefault(c.id, List.of()),
                previous,
                next,
                c.updatedAt,
                c.version);
    }

    private static Map<String, Object> snapshot(GuideChapter c) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("number", c.number);
        map.put("title", c.title);
        map.put("slug", c.slug);
        map.put("summary", c.summary);
        map.put("body", c.body);
        return map;
    }
}
