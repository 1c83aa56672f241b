package dk.samspil.partnering.guide;

import dk.samspil.common.cache.PublicReads;
import dk.samspil.common.content.ContentService;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.text.Markdown;
import dk.samspil.partnering.toolbox.ToolboxItemSummary;
import dk.samspil.partnering.toolbox.ToolboxItemSummary.ChapterRef;
import dk.samspil.partnering.toolbox.ToolboxService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The guide: everyone reads it, coordinators edit it. */
@ApplicationScoped
public class GuideService extends ContentService<GuideChapter, GuideChapterInput, Chapter> {

    @Inject
    ToolboxService toolbox;

    @Inject
    PublicReads publicReads;

    GuideService() {
        super(
                "guide_chapter",
                "problem.not-found.detail.guide-chapter",
                GuideChapter::new,
                id -> GuideChapter.findByIdOptional(id));
    }

    /** A chapter as the table of contents reads it: no body. */
    private record ChapterHead(long id, int number, String title, String slug, String summary) {}

    /** The table of contents; kept for anonymous visitors until anything changes (it grows with the toolbox). */
    public Guide guide() {
        return publicReads.get(List.of("guide"), this::read);
    }

    private Guide read() {
        List<ChapterHead> chapters = sql.select(
                        "select id, number, title, slug, summary from guide_chapter order by number")
                .list(ChapterHead.class);
        Map<Long, List<ToolboxItemSummary>> items =
                toolbox.byChapter(chapters.stream().map(ChapterHead::id).toList());
        List<ChecklistStep> checklist = sql.select(
                        "select code, position, phase, text_da, text_en from checklist_step order by position")
                .list(ChecklistStep.class);
        return new Guide(
                chapters.stream()
                        .map(c -> new ChapterSummary(
                                c.id(),
                                c.number(),
                                c.title(),
                                c.slug(),
                                c.summary(),
                                items.getOrDefault(c.id(), List.of())))
                        .toList(),
                checklist);
    }

    @Override
    protected Optional<GuideChapter> findBySlug(String slug) {
        return GuideChapter.find("slug", slug).firstResultOptional();
    }

    @Override
    protected void apply(GuideChapter c, GuideChapterInput in) {
        long self = c.id == null ? -1L : c.id;
        if (GuideChapter.count("number = ?1 and id <> ?2", in.number(), self) > 0) {
            throw ApiException.conflictOnField("number", "problem.conflict.detail.chapter-number", in.number());
        }
        String slug = uniqueSlug(c, in.slug(), in.title());
        c.number = in.number();
        c.title = in.title().trim();
        c.slug = slug;
        c.summary = in.summary() == null ? "" : in.summary().strip();
        c.body = in.body() == null ? "" : in.body().strip();
    }

    @Override
    protected Chapter view(GuideChapter c) {
        List<ChapterRef> neighbours = sql.select("""
                        (select id, number, title, slug from guide_chapter where number < :n order by number desc limit 1)
                        union all
                        (select id, number, title, slug from guide_chapter where number > :n order by number limit 1)""").param("n", c.number).list(ChapterRef.class);
        ChapterRef previous = neighbours.stream()
                .filter(n -> n.number() < c.number)
                .findFirst()
                .orElse(null);
        ChapterRef next = neighbours.stream()
                .filter(n -> n.number() > c.number)
                .findFirst()
                .orElse(null);
        return new Chapter(
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

    @Override
    protected Map<String, Object> fields(GuideChapter c) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("number", c.number);
        map.put("title", c.title);
        map.put("slug", c.slug);
        map.put("summary", c.summary);
        map.put("body", c.body);
        return map;
    }
}
