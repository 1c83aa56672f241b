package dk.samspil.partnering.partnership;

import static dk.samspil.common.db.SqlValues.date;
import static dk.samspil.common.db.SqlValues.instant;

import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.db.KnownIds;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.security.Access;
import dk.samspil.common.security.Caller;
import dk.samspil.common.text.Markdown;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.contact.Contact;
import dk.samspil.directory.contact.ContactRef;
import dk.samspil.directory.library.LibraryRef;
import dk.samspil.directory.partner.PartnerRef;
import dk.samspil.directory.partner.PartnerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Partnerships: everyone reads them; a library's editors manage those their library is in, coordinators all.
 * The status moves only along the lifecycle (each move time-stamped); the workbench pairs the current phase
 * with the toolbox and keeps the guide's checklist per partnership.
 */
@ApplicationScoped
@SuppressWarnings("unchecked")
public class PartnershipService {

    public static final SortFields SORT = SortFields.of(
            "title",
            "p.id asc",
            "title",
            "p.title",
            "status",
            "p.status",
            "startsOn",
            "p.starts_on",
            "updatedAt",
            "p.updated_at");

    private static final String SUMMARY = """
            select p.id, p.title, p.status, f.code, f.position, f.name_da, f.name_en, p.starts_on, p.ends_on,
                   p.updated_at
            from partnership p join partnership_phase f on f.code = p.phase""";

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    KnownIds knownIds;

    public PartnershipPage list(
            PartnershipStatus status,
            Long libraryId,
            Long partnerId,
            Long themeId,
            String phase,
            String q,
            PageRequest page) {
        Filters where = new Filters()
                .and("p.status = :status", "status", status == null ? null : status.name())
                .and("p.phase = :phase", "phase", phase)
                .and(
                        "exists (select 1 from partnership_library x where x.partnership_id = p.id"
                                + " and x.library_id = :library)",
                        "library",
                        libraryId)
                .and(
                        "exists (select 1 from partnership_partner x where x.partnership_id = p.id"
                                + " and x.partner_id = :partner)",
                        "partner",
                        partnerId)
                .and(
                        "exists (select 1 from partnership_theme x where x.partnership_id = p.id"
                                + " and x.theme_id = :theme)",
                        "theme",
                        themeId)
                .contains(q, "p.title", "p.purpose");
        long total = where.countNative(em, "select count(*) from partnership p");
        List<PartnershipSummary> items = summaries(where.pageNative(em, SUMMARY, page, total));
        return new PartnershipPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    public PartnershipView get(long id) {
        return view(find(id));
    }

    @Transactional
    public PartnershipView create(PartnershipInput input) {
        Caller caller = requireManagerOf(input.libraryIds());
        Partnership p = new Partnership();
        p.status = PartnershipStatus.IDEA;
        p.createdAt = clock.now();
        p.updatedAt = p.createdAt;
        apply(p, input);
        em.persist(p);
        em.flush();
        replaceParts(p.id, input);
        transition(p.id, null, PartnershipStatus.IDEA, caller);
        PartnershipView view = view(p);
        audit.created("partnership", p.id, snapshot(view));
        return view;
    }

    @Transactional
    public PartnershipView update(long id, String ifMatch, PartnershipInput input) {
        Partnership p = find(id);
        requireManager(p);
        requireManagerOf(input.libraryIds());
        ETags.requireMatch(ifMatch, p.version);
        Map<String, Object> before = snapshot(view(p));
        apply(p, input);
        p.updatedAt = clock.now();
        em.flush();
        replaceParts(id, input);
        PartnershipView after = view(p);
        audit.updated("partnership", id, before, snapshot(after));
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Partnership p = find(id);
        requireManager(p);
        ETags.requireMatch(ifMatch, p.version);
        Map<String, Object> before = snapshot(view(p));
        em.remove(p);
        em.flush();
        audit.deleted("partnership", id, before);
    }

    /** Moves the partnership to another status, if the lifecycle allows it from where it is (409 otherwise). */
    @Transactional
    public PartnershipView move(long id, String ifMatch, PartnershipStatus to) {
        Partnership p = find(id);
        Caller caller = requireManager(p);
        ETags.requireMatch(ifMatch, p.version);
        PartnershipStatus from = p.status;
        if (!from.next().contains(to)) {
            String allowed = from.next().isEmpty()
                    ? "-"
                    : from.next().stream().map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.conflict(
                    "problem.conflict.detail.partnership-transition", from.name(), to.name(), allowed);
        }
        p.status = to;
        p.updatedAt = clock.now();
        em.flush();
        transition(id, from, to, caller);
        audit.updated("partnership", id, Map.of("status", from), Map.of("status", to));
        return view(p);
    }

    public Workbench workbench(long id) {
        Partnership p = find(id);
        PartnershipSummary summary = summaries((List<Object[]>) em.createNativeQuery(SUMMARY + " where p.id = :id")
                        .setParameter("id", p.id)
                        .getResultList())
                .get(0);
        List<PhaseView> phases = ((List<Object[]>) em.createNativeQuery(
                                "select code, position, name_da, name_en from partnership_phase order by position")
                        .getResultList())
                .stream()
                        .map(r ->
                                new PhaseView((String) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3]))
                        .toList();
        List<Workbench.Recommended> recommended = ((List<Object[]>)
                        em.createNativeQuery("""
                        select id, slug, title, summary, kind, heading from toolbox_item
                        where :phase = any (phases) order by title, id""").setParameter("phase", p.phase).getResultList())
                .stream()
                        .map(r -> new Workbench.Recommended(
                                ((Number) r[0]).longValue(),
                                (String) r[1],
                                (String) r[2],
                                (String) r[3],
                                (String) r[4],
                                (String) r[5]))
                        .toList();
        List<Workbench.Step> steps = checklist(id);
        int done = (int) steps.stream().filter(Workbench.Step::done).count();
        return new Workbench(summary, phases, recommended, steps, done, steps.size());
    }

    /** Ticks or unticks a checklist step; ticking keeps who did it first and when. */
    @Transactional
    public Workbench.Step tick(long id, String stepCode, boolean done) {
        Partnership p = find(id);
        Caller caller = requireManager(p);
        boolean known = !em.createNativeQuery("select code from checklist_step where code = :c")
                .setParameter("c", stepCode)
                .getResultList()
                .isEmpty();
        if (!known) {
            throw ApiException.notFound("problem.not-found.detail.checklist-step", stepCode);
        }
        int changed = done
                ? em.createNativeQuery("""
                        insert into partnership_checklist (partnership_id, step_code, done_at, done_by)
                        values (:p, :s, :at, :by) on conflict do nothing""")
                        .setParameter("p", id)
                        .setParameter("s", stepCode)
                        .setParameter("at", clock.now())
                        .setParameter("by", caller.name())
                        .executeUpdate()
                : em.createNativeQuery("delete from partnership_checklist where partnership_id = :p and step_code = :s")
                        .setParameter("p", id)
                        .setParameter("s", stepCode)
                        .executeUpdate();
        if (changed > 0) {
            audit.updated(
                    "partnership", id, Map.of("checklist." + stepCode, !done), Map.of("checklist." + stepCode, done));
        }
        return checklist(id).stream()
                .filter(s -> s.code().equals(stepCode))
                .findFirst()
                .orElseThrow();
    }

    private List<Workbench.Step> checklist(long id) {
        return ((List<Object[]>) em.createNativeQuery("""
                        select s.code, s.position, s.phase, s.text_da, s.text_en, c.done_at, c.done_by
                        from checklist_step s
                        left join partnership_checklist c on c.step_code = s.code and c.partnership_id = :p
                        order by s.position""").setParameter("p", id).getResultList())
                .stream()
                        .map(r -> new Workbench.Step(
                                (String) r[0],
                                ((Number) r[1]).intValue(),
                                (String) r[2],
                                (String) r[3],
                                (String) r[4],
                                r[5] != null,
                                instant(r[5]),
                                (String) r[6]))
                        .toList();
    }

    private Partnership find(long id) {
        Partnership p = em.find(Partnership.class, id);
        if (p == null) {
            throw ApiException.notFound("problem.not-found.detail.partnership", id);
        }
        return p;
    }

    /** Coordinators, or an editor of one of the partnership's libraries. */
    private Caller requireManager(Partnership p) {
        Caller caller = access.requireSignedIn();
        List<Long> libraries = em
                .createNativeQuery("select library_id from partnership_library where partnership_id = :p")
                .setParameter("p", p.id)
                .getResultList()
                .stream()
                .map(n -> ((Number) n).longValue())
                .toList();
        if (caller.coordinates() || libraries.stream().anyMatch(caller::editsLibrary)) {
            return caller;
        }
        throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.partnership");
    }

    /** An editor may only make partnerships their own library is in. */
    private Caller requireManagerOf(List<Long> libraryIds) {
        Caller caller = access.requireSignedIn();
        if (caller.coordinates()) {
            return caller;
        }
        if (caller.libraryId() == null || !caller.editsLibrary(caller.libraryId())) {
            throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.partnership");
        }
        if (!libraryIds.contains(caller.libraryId())) {
            throw ApiException.invalidField("libraryIds", "partnership.libraries.own-missing");
        }
        return caller;
    }

    private void apply(Partnership p, PartnershipInput in) {
        knownIds.require("library", "libraryIds", "", in.libraryIds(), false, "partnership.library.unknown");
        knownIds.require(
                "partner",
                "partners",
                ".partnerId",
                in.partners().stream()
                        .map(PartnershipInput.PartnerRole::partnerId)
                        .toList(),
                false,
                "partnership.partner.unknown");
        knownIds.require("theme", "themeIds", "", themeIds(in), false, "partnership.theme.unknown");
        String phase = in.phase() == null || in.phase().isBlank() ? "NEED" : in.phase();
        if (em.createNativeQuery("select code from partnership_phase where code = :c")
                .setParameter("c", phase)
                .getResultList()
                .isEmpty()) {
            throw ApiException.invalidField("phase", "partnership.phase.unknown");
        }
        if (in.startsOn() != null && in.endsOn() != null && in.endsOn().isBefore(in.startsOn())) {
            throw ApiException.invalidField("endsOn", "partnership.ends.before-start");
        }
        if (in.leadContactId() != null) {
            Contact lead = em.find(Contact.class, in.leadContactId());
            if (lead == null || !(lead.isPublic || access.caller().readsPrivate())) {
                throw ApiException.invalidField("leadContactId", "partnership.lead.unknown");
            }
        }
        String agreementName = null;
        if (in.agreementAttachmentId() != null) {
            List<Object> names = em.createNativeQuery("select file_name from attachment where id = :id")
                    .setParameter("id", in.agreementAttachmentId())
                    .getResultList();
            if (names.isEmpty()) {
                throw ApiException.invalidField("agreementAttachmentId", "partnership.agreement.unknown");
            }
            agreementName = in.agreementAttachmentId().equals(p.agreementAttachmentId)
                    ? p.agreementFileName
                    : (String) names.get(0);
        }
        p.title = in.title().trim();
        p.purpose = in.purpose().strip();
        p.phase = phase;
        p.startsOn = in.startsOn();
        p.endsOn = in.endsOn();
        p.leadContactId = in.leadContactId();
        p.goals = in.goals() == null ? "" : in.goals().strip();
        p.outcomes = in.outcomes() == null ? "" : in.outcomes().strip();
        p.evaluation = in.evaluation() == null ? "" : in.evaluation().strip();
        p.agreementAttachmentId = in.agreementAttachmentId();
        p.agreementFileName = agreementName;
    }

    private static List<Long> themeIds(PartnershipInput in) {
        return in.themeIds() == null ? List.of() : in.themeIds();
    }

    private void replaceParts(long id, PartnershipInput in) {
        for (String table : List.of("partnership_library", "partnership_partner", "partnership_theme")) {
            em.createNativeQuery("delete from " + table + " where partnership_id = :id")
                    .setParameter("id", id)
                    .executeUpdate();
        }
        for (Long library : new TreeSet<>(in.libraryIds())) {
            em.createNativeQuery("insert into partnership_library (partnership_id, library_id) values (:p, :l)")
                    .setParameter("p", id)
                    .setParameter("l", library)
                    .executeUpdate();
        }
        for (PartnershipInput.PartnerRole partner : in.partners()) {
            em.createNativeQuery(
                            "insert into partnership_partner (partnership_id, partner_id, role) values (:p, :x, :r)")
                    .setParameter("p", id)
                    .setParameter("x", partner.partnerId())
                    .setParameter("r", partner.role().trim())
                    .executeUpdate();
        }
        for (Long theme : new TreeSet<>(themeIds(in))) {
            em.createNativeQuery("insert into partnership_theme (partnership_id, theme_id) values (:p, :t)")
                    .setParameter("p", id)
                    .setParameter("t", theme)
                    .executeUpdate();
        }
    }

    private void transition(long id, PartnershipStatus from, PartnershipStatus to, Caller caller) {
        em.createNativeQuery("""
                        insert into partnership_transition (partnership_id, from_status, to_status, at, actor)
                        values (:p, :from, :to, :at, :actor)""")
                .setParameter("p", id)
                .setParameter("from", from == null ? null : from.name())
                .setParameter("to", to.name())
                .setParameter("at", clock.now())
                .setParameter("actor", caller.name())
                .executeUpdate();
    }

    /** Summaries with their libraries and partners: three statements for a whole page. */
    private List<PartnershipSummary> summaries(List<Object[]> rows) {
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<LibraryRef>> libraries = libraries(ids);
        Map<Long, List<PartnershipSummary.PartnerInPartnership>> partners = partners(ids);
        return rows.stream()
                .map(r -> {
                    long id = ((Number) r[0]).longValue();
                    PhaseView phase =
                            new PhaseView((String) r[3], ((Number) r[4]).intValue(), (String) r[5], (String) r[6]);
                    return new PartnershipSummary(
                            id,
                            (String) r[1],
                            PartnershipStatus.valueOf((String) r[2]),
                            phase,
                            libraries.getOrDefault(id, List.of()),
                            partners.getOrDefault(id, List.of()),
                            date(r[7]),
                            date(r[8]),
                            instant(r[9]));
                })
                .toList();
    }

    private Map<Long, List<LibraryRef>> libraries(List<Long> ids) {
        Map<Long, List<LibraryRef>> byPartnership = new HashMap<>();
        if (!ids.isEmpty()) {
            ((List<Object[]>) em.createNativeQuery("""
                            select x.partnership_id, l.id, l.name from partnership_library x
                            join library l on l.id = x.library_id where x.partnership_id in (:ids)
                            order by l.name, l.id""").setParameter("ids", ids).getResultList())
                    .forEach(r -> byPartnership
                            .computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                            .add(new LibraryRef(((Number) r[1]).longValue(), (String) r[2])));
        }
        return byPartnership;
    }

    private Map<Long, List<PartnershipSummary.PartnerInPartnership>> partners(List<Long> ids) {
        Map<Long, List<PartnershipSummary.PartnerInPartnership>> byPartnership = new HashMap<>();
        if (!ids.isEmpty()) {
            ((List<Object[]>) em.createNativeQuery("""
                            select x.partnership_id, p.id, p.name, p.type, p.national, x.role from partnership_partner x
                            join partner p on p.id = x.partner_id where x.partnership_id in (:ids)
                            order by p.name, p.id""").setParameter("ids", ids).getResultList())
                    .forEach(r -> byPartnership
                            .computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                            .add(new PartnershipSummary.PartnerInPartnership(
                                    new PartnerRef(
                                            ((Number) r[1]).longValue(),
                                            (String) r[2],
                                            PartnerType.valueOf((String) r[3]),
                                            (Boolean) r[4]),
                                    (String) r[5])));
        }
        return byPartnership;
    }

    private PartnershipView view(Partnership p) {
        long id = p.id;
        Object[] phase = (Object[])
                em.createNativeQuery("select code, position, name_da, name_en from partnership_phase where code = :c")
                        .setParameter("c", p.phase)
                        .getSingleResult();
        List<ThemeRef> themes = ((List<Object[]>)
                        em.createNativeQuery("""
                        select t.id, t.number, t.title, t.slug from partnership_theme x join theme t on t.id = x.theme_id
                        where x.partnership_id = :p order by t.start_date, t.id""").setParameter("p", id).getResultList())
                .stream()
                        .map(r -> new ThemeRef(
                                ((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], (String) r[3]))
                        .toList();
        List<PartnershipView.Transition> transitions = ((List<Object[]>)
                        em.createNativeQuery("""
                        select from_status, to_status, at, actor from partnership_transition where partnership_id = :p
                        order by at, id""").setParameter("p", id).getResultList())
                .stream()
                        .map(r -> new PartnershipView.Transition(
                                r[0] == null ? null : PartnershipStatus.valueOf((String) r[0]),
                                PartnershipStatus.valueOf((String) r[1]),
                                instant(r[2]),
                                (String) r[3]))
                        .toList();
        Object[] checklist =
                (Object[]) em.createNativeQuery("""
                        select (select count(*) from partnership_checklist where partnership_id = :p),
                               (select count(*) from checklist_step)""").setParameter("p", id).getSingleResult();
        ContactRef lead = null;
        if (p.leadContactId != null) {
            Contact c = em.find(Contact.class, p.leadContactId);
            if (c != null && (c.isPublic || access.caller().readsPrivate())) {
                lead = new ContactRef(c.id, c.name, c.title, c.email, c.phone);
            }
        }
        PartnershipView.Agreement agreement = null;
        if (p.agreementAttachmentId != null && access.caller().readsPrivate()) {
            Object[] file =
                    (Object[]) em.createNativeQuery("select content_type, size_bytes from attachment where id = :id")
                            .setParameter("id", p.agreementAttachmentId)
                            .getSingleResult();
            agreement = new PartnershipView.Agreement(
                    p.agreementAttachmentId,
                    p.agreementFileName,
                    "/api/attachments/" + p.agreementAttachmentId + "?name="
                            + java.net.URLEncoder.encode(p.agreementFileName, java.nio.charset.StandardCharsets.UTF_8),
                    (String) file[0],
                    ((Number) file[1]).longValue());
        }
        List<Long> ids = List.of(id);
        return new PartnershipView(
                id,
                p.title,
                p.purpose,
                p.status,
                new PhaseView((String) phase[0], ((Number) phase[1]).intValue(), (String) phase[2], (String) phase[3]),
                libraries(ids).getOrDefault(id, List.of()),
                partners(ids).getOrDefault(id, List.of()),
                themes,
                p.startsOn,
                p.endsOn,
                lead,
                p.goals,
                Markdown.toSafeHtml(p.goals),
                p.outcomes,
                Markdown.toSafeHtml(p.outcomes),
                p.evaluation,
                Markdown.toSafeHtml(p.evaluation),
                agreement,
                transitions,
                List.copyOf(new TreeSet<>(p.status.next())),
                ((Number) checklist[0]).intValue(),
                ((Number) checklist[1]).intValue(),
                p.createdAt,
                p.updatedAt,
                p.version);
    }

    /** What the audit trail records of a partnership, its parts included. */
    private static Map<String, Object> snapshot(PartnershipView v) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", v.title());
        map.put("purpose", v.purpose());
        map.put("phase", v.phase().code());
        map.put("libraryIds", v.libraries().stream().map(LibraryRef::id).toList());
        map.put(
                "partners",
                v.partners().stream()
                        .map(x -> x.partner().id() + ": " + x.role())
                        .toList());
        map.put("themeIds", v.themes().stream().map(ThemeRef::id).toList());
        map.put("startsOn", v.startsOn());
        map.put("endsOn", v.endsOn());
        map.put("leadContactId", v.lead() == null ? null : v.lead().id());
        map.put("goals", v.goals());
        map.put("outcomes", v.outcomes());
        map.put("evaluation", v.evaluation());
        map.put("agreement", v.agreement() == null ? null : v.agreement().attachmentId());
        return map;
    }
}
