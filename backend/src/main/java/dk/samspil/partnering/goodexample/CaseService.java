package dk.samspil.partnering.goodexample;

import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.db.KnownIds;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.security.Access;
import dk.samspil.common.text.Markdown;
import dk.samspil.common.text.Slugs;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.library.LibraryRef;
import dk.samspil.directory.partner.PartnerRef;
import dk.samspil.directory.partner.PartnerType;
import dk.samspil.partnering.toolbox.ToolboxService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Good examples: everyone reads them, coordinators write them. */
@ApplicationScoped
@SuppressWarnings("unchecked")
public class CaseService {

    public static final SortFields SORT = SortFields.of(
            "title", "c.id asc", "title", "c.title", "startsOn", "c.starts_on", "updatedAt", "c.updated_at");

    /** The parts a case lists, each a link table to another table. */
    private static final Map<String, String> PARTS = Map.of(
            "case_library",
            "library_id",
            "case_partner",
            "partner_id",
            "case_theme",
            "theme_id",
            "case_toolbox_item",
            "item_id");

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
    KnownIds knownIds;

    public CaseViews.CasePage list(
            Long libraryId, Long partnerId, Long themeId, Long toolboxItemId, String q, PageRequest page) {
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
                .contains(q, "c.title", "c.summary");
        long total = where.countNative(em, "select count(*) from cases c");
        List<Object[]> rows = where.pageNative(em, "select c.id, c.slug, c.title, c.summary from cases c", page, total);
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<LibraryRef>> libraries = libraries(ids);
        Map<Long, List<PartnerRef>> partners = partners(ids);
        List<CaseViews.CaseSummary> items = rows.stream()
                .map(r -> {
                    long id = ((Number) r[0]).longValue();
                    return new CaseViews.CaseSummary(
                            id,
                            (String) r[1],
                            (String) r[2],
                            (String) r[3],
                            libraries.getOrDefault(id, List.of()),
                            partners.getOrDefault(id, List.of()));
                })
                .toList();
        return new CaseViews.CasePage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    public Optional<CaseViews.CaseView> get(long id) {
        return Optional.ofNullable(em.find(Case.class, id)).map(this::view);
    }

    public Optional<CaseViews.CaseView> bySlug(String slug) {
        return em.createQuery("select c from GoodExample c where c.slug = :s", Case.class)
                .setParameter("s", slug)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    @Transactional
    public CaseViews.CaseView create(CaseInput input) {
        access.requireCoordinator();
        Case c = new Case();
        c.createdAt = clock.now();
        c.updatedAt = c.createdAt;
        apply(c, input);
        em.persist(c);
        em.flush();
        replaceParts(c.id, input);
        CaseViews.CaseView view = view(c);
        audit.created("cases", c.id, snapshot(view));
        return view;
    }

    @Transactional
    public CaseViews.CaseView update(long id, String ifMatch, CaseInput input) {
        access.requireCoordinator();
        Case c = find(id);
        ETags.requireMatch(ifMatch, c.version);
        Map<String, Object> before = snapshot(view(c));
        apply(c, input);
        c.updatedAt = clock.now();
        em.flush();
        replaceParts(id, input);
        CaseViews.CaseView after = view(c);
        audit.updated("cases", id, before, snapshot(after));
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        access.requireCoordinator();
        Case c = find(id);
        ETags.requireMatch(ifMatch, c.version);
        Map<String, Object> before = snapshot(view(c));
        em.remove(c);
        em.flush();
        audit.deleted("cases", id, before);
    }

    private Case find(long id) {
        Case c = em.find(Case.class, id);
        if (c == null) {
            throw ApiException.notFound("problem.not-found.detail.case", id);
        }
        return c;
    }

    private void apply(Case c, CaseInput in) {
        String slug = in.slug() == null || in.slug().isBlank() ? Slugs.of(in.title()) : in.slug();
        if (!em.createNativeQuery("select id from cases where slug = :s and id <> :id")
                .setParameter("s", slug)
                .setParameter("id", c.id == null ? -1L : c.id)
                .getResultList()
                .isEmpty()) {
            throw ApiException.conflictOnField("slug", "problem.conflict.detail.slug-taken", slug);
        }
        if (in.startsOn() != null && in.endsOn() != null && in.endsOn().isBefore(in.startsOn())) {
            throw ApiException.invalidField("endsOn", "partnership.ends.before-start");
        }
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

    private void replaceParts(long id, CaseInput in) {
        em.createNativeQuery("delete from case_answer where case_id = :id")
                .setParameter("id", id)
                .executeUpdate();
        int position = 1;
        for (CaseInput.Answer answer : in.answers()) {
            em.createNativeQuery(
                            "insert into case_answer (case_id, position, question, answer) values (:c, :p, :q, :a)")
                    .setParameter("c", id)
                    .setParameter("p", position++)
                    .setParameter("q", answer.question().strip())
                    .setParameter("a", answer.answer().strip())
                    .executeUpdate();
        }
        Map<String, List<Long>> parts = Map.of(
                "case_library",
                orEmpty(in.libraryIds()),
                "case_partner",
                orEmpty(in.partnerIds()),
                "case_theme",
                orEmpty(in.themeIds()),
                "case_toolbox_item",
                orEmpty(in.toolboxItemIds()));
        parts.forEach((table, ids) -> {
            em.createNativeQuery("delete from " + table + " where case_id = :id")
                    .setParameter("id", id)
                    .executeUpdate();
            for (Long other : new TreeSet<>(ids)) {
                em.createNativeQuery("insert into " + table + " (case_id, " + PARTS.get(table) + ") values (:c, :o)")
                        .setParameter("c", id)
                        .setParameter("o", other)
                        .executeUpdate();
            }
        });
    }

    private static List<Long> orEmpty(List<Long> ids) {
        return ids == null ? List.of() : ids;
    }

    private Map<Long, List<LibraryRef>> libraries(List<Long> ids) {
        Map<Long, List<LibraryRef>> map = new HashMap<>();
        if (!ids.isEmpty()) {
            ((List<Object[]>) em.createNativeQuery("""
                            select x.case_id, l.id, l.name from case_library x join library l on l.id = x.library_id
                            where x.case_id in (:ids) order by l.name, l.id""").setParameter("ids", ids).getResultList())
                    .forEach(r -> map.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                            .add(new LibraryRef(((Number) r[1]).longValue(), (String) r[2])));
        }
        return map;
    }

    private Map<Long, List<PartnerRef>> partners(List<Long> ids) {
        Map<Long, List<PartnerRef>> map = new HashMap<>();
        if (!ids.isEmpty()) {
            ((List<Object[]>) em.createNativeQuery("""
                            select x.case_id, p.id, p.name, p.type, p.national from case_partner x
                            join partner p on p.id = x.partner_id where x.case_id in (:ids) order by p.name, p.id""").setParameter("ids", ids).getResultList())
                    .forEach(r -> map.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                            .add(new PartnerRef(
                                    ((Number) r[1]).longValue(),
                                    (String) r[2],
                                    PartnerType.valueOf((String) r[3]),
                                    (Boolean) r[4])));
        }
        return map;
    }

    private CaseViews.CaseView view(Case c) {
        List<Long> ids = List.of(c.id);
        List<CaseInput.Answer> answers = ((List<Object[]>) em.createNativeQuery(
                                "select question, answer from case_answer where case_id = :id order by position")
                        .setParameter("id", c.id)
                        .getResultList())
                .stream()
                        .map(r -> new CaseInput.Answer((String) r[0], (String) r[1]))
                        .toList();
        List<ThemeRef> themes = ((List<Object[]>)
                        em.createNativeQuery("""
                        select t.id, t.number, t.title, t.slug from case_theme x join theme t on t.id = x.theme_id
                        where x.case_id = :id order by t.start_date, t.id""").setParameter("id", c.id).getResultList())
                .stream()
                        .map(r -> new ThemeRef(
                                ((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], (String) r[3]))
                        .toList();
        List<Long> items = ((List<Number>)
                        em.createNativeQuery("select item_id from case_toolbox_item where case_id = :id")
                                .setParameter("id", c.id)
                                .getResultList())
                .stream().map(Number::longValue).toList();
        return new CaseViews.CaseView(
                c.id,
                c.slug,
                c.title,
                c.summary,
                answers,
                c.result,
                Markdown.toSafeHtml(c.result),
                c.startsOn,
                c.endsOn,
                libraries(ids).getOrDefault(c.id, List.of()),
                partners(ids).getOrDefault(c.id, List.of()),
                themes,
                toolbox.summaries(items),
                c.updatedAt,
                c.version);
    }

    private static Map<String, Object> snapshot(CaseViews.CaseView v) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", v.title());
        map.put("slug", v.slug());
        map.put("summary", v.summary());
        map.put(
                "answers",
                v.answers().stream().map(a -> a.question() + " " + a.answer()).toList());
        map.put("result", v.result());
        map.put("startsOn", v.startsOn());
        map.put("endsOn", v.endsOn());
        map.put("libraryIds", v.libraries().stream().map(LibraryRef::id).toList());
        map.put("partnerIds", v.partners().stream().map(PartnerRef::id).toList());
        map.put("themeIds", v.themes().stream().map(ThemeRef::id).toList());
        map.put("toolboxItemIds", v.toolboxItems().stream().map(i -> i.id()).toList());
        return map;
    }
}
