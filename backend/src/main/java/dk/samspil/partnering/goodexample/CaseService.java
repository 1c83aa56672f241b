package dk.samspil.partnering.goodexample;

import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.common.content.ContentService;
import dk.samspil.common.db.ChildRows;
import dk.samspil.common.db.KnownIds;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.search.SearchKind;
import dk.samspil.common.text.Markdown;
import dk.samspil.directory.library.LibraryRef;
import dk.samspil.directory.link.Linked;
import dk.samspil.directory.partner.PartnerRef;
import dk.samspil.partnering.toolbox.ToolboxItemSummary;
import dk.samspil.partnering.toolbox.ToolboxService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** Good examples: everyone reads them, coordinators write them. */
@ApplicationScoped
public class CaseService extends ContentService<GoodExample, CaseInput, CaseView> {

    public static final SortFields SORT = SortFields.of(
            "title", "c.id asc", "title", "c.title", "startsOn", "c.starts_on", "updatedAt", "c.updated_at");

    /** Good examples in a list, each with its libraries and partners: one statement for a whole page. */
    private static final String SUMMARY =
            "select c.id, c.slug, c.title, c.summary, %s as libraries, %s as partners from cases c"
                    .formatted(
                            Linked.libraries("case_library", "case_id", "c.id"),
                            Linked.partners("case_partner", "case_id", "c.id"));

    record AnswerRow(int position, String question, String answer) {}

    private static final ChildRows<AnswerRow> ANSWERS =
            ChildRows.of("case_answer", "case_id", "position", AnswerRow.class);
    private static final ChildRows<Long> LIBRARIES = ChildRows.links("case_library", "case_id", "library_id");
    private static final ChildRows<Long> PARTNERS = ChildRows.links("case_partner", "case_id", "partner_id");
    private static final ChildRows<Long> THEMES = ChildRows.links("case_theme", "case_id", "theme_id");
    private static final ChildRows<Long> TOOLBOX_ITEMS = ChildRows.links("case_toolbox_item", "case_id", "item_id");

    @Inject
    ToolboxService toolbox;

    @Inject
    KnownIds knownIds;

    CaseService() {
        super("cases", "problem.not-found.detail.case", GoodExample::new, id -> GoodExample.findByIdOptional(id));
    }

    public CasePage list(
            Long libraryId,
            Long partnerId,
            Long themeId,
            Long toolboxItemId,
            String q,
            Instant updatedSince,
            PageRequest page) {
        Filters where = new Filters()
                .and(
                        "exists (select 1 from case_library x where x.case_id = c.id and x.library_id = :library)",
                        "library",
                        libraryId)
                .and(
                        "exists (select 1 from case_partner x where x.case_id = c.id and x.partner_id = :partner)",
                        "partner",
                        partnerId)
                .and(
                        "exists (select 1 from case_theme x where x.case_id = c.id and x.theme_id = :theme)",
                        "theme",
                        themeId)
                .and(
                        "exists (select 1 from case_toolbox_item x where x.case_id = c.id and x.item_id = :item)",
                        "item",
                        toolboxItemId)
                .updatedSince("c.updated_at", updatedSince)
                .matchesNative(q, SearchKind.GOOD_EXAMPLE, "c.id");
        long total = where.countNative(em, "select count(*) from cases c");
        List<CaseSummary> items = where.pageNative(em, SUMMARY, page, total, CaseSummary.class);
        return new CasePage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    @Override
    protected Optional<GoodExample> findBySlug(String slug) {
        return GoodExample.find("slug", slug).firstResultOptional();
    }

    @Override
    protected boolean touchesOnEveryUpdate() {
        return true;
    }

    @Override
    protected void apply(GoodExample c, CaseInput in) {
        String slug = uniqueSlug(c, in.slug(), in.title());
        requirePeriod(in.startsOn(), in.endsOn());
        knownIds.require("library", "libraryIds", "", in.libraryIds(), false, "case.reference.unknown");
        knownIds.require("partner", "partnerIds", "", in.partnerIds(), false, "case.reference.unknown");
        knownIds.require("theme", "themeIds", "", in.themeIds(), false, "case.reference.unknown");
        knownIds.require("toolbox_item", "toolboxItemIds", "", in.toolboxItemIds(), false, "case.reference.unknown");
        c.title = in.title().trim();
        c.slug = slug;
        c.summary = in.summary().strip();
        c.result = in.result() == null ? "" : in.result().strip();
        c.startsOn = in.startsOn();
        c.endsOn = in.endsOn();
    }

    @Override
    protected boolean writeParts(GoodExample c, CaseInput in, boolean created) {
        List<AnswerRow> answers = IntStream.range(0, in.answers().size())
                .mapToObj(i -> new AnswerRow(
                        i + 1,
                        in.answers().get(i).question().strip(),
                        in.answers().get(i).answer().strip()))
                .toList();
        boolean changed = ANSWERS.write(sql, c.id, answers, created);
        changed |= LIBRARIES.write(sql, c.id, orEmpty(in.libraryIds()), created);
        changed |= PARTNERS.write(sql, c.id, orEmpty(in.partnerIds()), created);
        changed |= THEMES.write(sql, c.id, orEmpty(in.themeIds()), created);
        return TOOLBOX_ITEMS.write(sql, c.id, orEmpty(in.toolboxItemIds()), created) || changed;
    }

    /** A good example's parts, aggregated by the database in one statement, each in a client's order. */
    private record Parts(
            List<CaseInput.Answer> answers,
            List<ThemeRef> themes,
            List<Long> toolboxItems,
            List<LibraryRef> libraries,
            List<PartnerRef> partners) {}

    private static final String PARTS = """
            select
              (select coalesce(json_agg(json_build_object('question', a.question, 'answer', a.answer)
                                        order by a.position), '[]')
               from case_answer a where a.case_id = :id)::text as answers,
              (select coalesce(json_agg(json_build_object('id', t.id, 'number', t.number, 'title', t.title, 'slug', t.slug)
                                        order by t.start_date, t.id), '[]')
               from case_theme x join theme t on t.id = x.theme_id where x.case_id = :id)::text as themes,
              (select coalesce(json_agg(x.item_id), '[]') from case_toolbox_item x where x.case_id = :id)::text
                  as toolbox_items,
              %s as libraries,
              %s as partners""".formatted(
            Linked.libraries("case_library", "case_id", ":id"), Linked.partners("case_partner", "case_id", ":id"));

    /** Three statements at most: the good example (already read), its parts, and its toolbox items if any. */
    @Override
    protected CaseView view(GoodExample c) {
        Parts parts = sql.select(PARTS).param("id", c.id).one(Parts.class);
        return new CaseView(
                c.id,
                c.slug,
                c.title,
                c.summary,
                parts.answers(),
                c.result,
                Markdown.toSafeHtml(c.result),
                c.startsOn,
                c.endsOn,
                parts.libraries(),
                parts.partners(),
                parts.themes(),
                toolbox.summaries(parts.toolboxItems()),
                c.updatedAt,
                c.version);
    }

    @Override
    protected Map<String, Object> fields(GoodExample c) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", c.title);
        map.put("slug", c.slug);
        map.put("summary", c.summary);
        map.put("result", c.result);
        map.put("startsOn", c.startsOn);
        map.put("endsOn", c.endsOn);
        return map;
    }

    @Override
    protected Map<String, Object> parts(CaseView v) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(
                "answers",
                v.answers().stream().map(a -> a.question() + " " + a.answer()).toList());
        map.put("libraryIds", v.libraries().stream().map(LibraryRef::id).toList());
        map.put("partnerIds", v.partners().stream().map(PartnerRef::id).toList());
        map.put("themeIds", v.themes().stream().map(ThemeRef::id).toList());
        map.put(
                "toolboxItemIds",
                v.toolboxItems().stream().map(ToolboxItemSummary::id).toList());
        return map;
    }
}
