package dk.samspil.partnering.partnership;

import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.common.content.ContentFiles;
import dk.samspil.common.content.ContentService;
import dk.samspil.common.content.FileList;
import dk.samspil.common.db.ChildRows;
import dk.samspil.common.db.KnownIds;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.search.SearchKind;
import dk.samspil.common.security.Caller;
import dk.samspil.common.text.Markdown;
import dk.samspil.directory.contact.Contact;
import dk.samspil.directory.contact.ContactRef;
import dk.samspil.directory.library.LibraryRef;
import dk.samspil.partnering.partnership.PartnershipSummary.PartnerInPartnership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Partnerships: everyone reads them; a library's editors manage those their library is in, coordinators all.
 * The status moves only along the lifecycle (each move time-stamped); the workbench pairs the current phase
 * with the toolbox and keeps the guide's checklist per partnership.
 */
@ApplicationScoped
public class PartnershipService extends ContentService<Partnership, PartnershipInput, PartnershipView> {

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
            select p.id, p.title, p.status, f.code as phase_code, f.position as phase_position,
                   f.name_da as phase_name_da, f.name_en as phase_name_en, f.status as phase_status, p.starts_on, p.ends_on, p.updated_at
            from partnership p join partnership_phase f on f.code = p.phase""";

    /** A partnership in a list, before its libraries and partners are added. */
    record SummaryRow(
            long id,
            String title,
            PartnershipStatus status,
            PhaseView phase,
            LocalDate startsOn,
            LocalDate endsOn,
            Instant updatedAt) {}

    record ChecklistCount(int done, int total) {}

    record FileFacts(String contentType, long sizeBytes) {}

    private static final ChildRows<Long> LIBRARIES =
            ChildRows.links("partnership_library", "partnership_id", "library_id");
    private static final ChildRows<Linked.PartnerWithRole> PARTNERS =
            ChildRows.of("partnership_partner", "partnership_id", "partner_id", Linked.PartnerWithRole.class);
    private static final ChildRows<Long> THEMES = ChildRows.links("partnership_theme", "partnership_id", "theme_id");

    private static final FileList FILES = FileList.of("partnership_file", "partnership_id");

    @Inject
    KnownIds knownIds;

    PartnershipService() {
        super(
                "partnership",
                "problem.not-found.detail.partnership",
                PartnershipService::newIdea,
                id -> Partnership.findByIdOptional(id));
    }

    /** A new partnership starts as an idea. */
    private static Partnership newIdea() {
        Partnership p = new Partnership();
        p.status = PartnershipStatus.IDEA;
        return p;
    }

    public PartnershipPage list(
            PartnershipStatus status,
            Long libraryId,
            Long partnerId,
            Long themeId,
            String phase,
            String q,
            Instant updatedSince,
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
                .updatedSince("p.updated_at", updatedSince)
                .matchesNative(q, SearchKind.PARTNERSHIP, "p.id");
        long total = where.countNative(em, "select count(*) from partnership p");
        List<PartnershipSummary> items = summaries(where.pageNative(em, SUMMARY, page, total, SummaryRow.class));
        return new PartnershipPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    /** Moves the partnership to another status, if the lifecycle allows it from where it is (409 otherwise). */
    @Transactional
    public PartnershipView move(long id, String ifMatch, TransitionInput input) {
        PartnershipStatus to = input.to();
        String phase = input.phase() == null || input.phase().isBlank()
                ? null
                : input.phase().trim();
        if (to == null && phase == null) {
            throw ApiException.invalidField("to", "partnership.move.nothing");
        }
        Partnership p = require(id);
        Caller caller = requireManager(p);
        ETags.requireMatch(ifMatch, p.version);
        PartnershipStatus from = p.status;
        if (to != null && !from.next().contains(to)) {
            String allowed = from.next().isEmpty()
                    ? "-"
                    : from.next().stream().map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.conflict(
                    "problem.conflict.detail.partnership-transition", from.name(), to.name(), allowed);
        }
        if (phase != null) {
            requirePhase(phase);
            if (from.next().isEmpty()) {
                throw ApiException.conflict("problem.conflict.detail.partnership-closed", from.name());
            }
        }
        Map<String, Object> before = new java.util.LinkedHashMap<>();
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        if (to != null) {
            before.put("status", from);
            after.put("status", to);
            p.status = to;
        }
        if (phase != null && !phase.equals(p.phase)) {
            before.put("phase", p.phase);
            after.put("phase", phase);
            p.phase = phase;
        }
        if (after.isEmpty()) {
            return view(p);
        }
        p.updatedAt = clock.now();
        em.flush();
        if (to != null) {
            transition(id, from, to, caller);
        }
        audit.updated(table(), id, before, after);
        return view(p);
    }

    public Workbench workbench(long id) {
        Partnership p = require(id);
        PartnershipSummary summary = summaries(List.of(sql.select(SUMMARY + " where p.id = :id")
                        .param("id", p.id)
                        .one(SummaryRow.class)))
                .get(0);
        List<PhaseView> phases = sql.select(
                        "select code, position, name_da, name_en, status from partnership_phase order by position")
                .list(PhaseView.class);
        List<Workbench.Recommended> recommended =
                sql.select("""
                        select id, slug, title, summary, kind, heading from toolbox_item
                        where :phase = any (phases) order by title, id""").param("phase", p.phase).list(Workbench.Recommended.class);
        List<Workbench.Step> steps = checklist(id);
        int done = (int) steps.stream().filter(Workbench.Step::done).count();
        return new Workbench(summary, phases, recommended, steps, done, steps.size());
    }

    /** Ticks or unticks a checklist step; ticking keeps who did it first and when. */
    @Transactional
    public Workbench.Step tick(long id, String stepCode, boolean done) {
        Partnership p = require(id);
        Caller caller = requireManager(p);
        if (sql.select("select code from checklist_step where code = :c")
                .param("c", stepCode)
                .optional(String.class)
                .isEmpty()) {
            throw ApiException.notFound("problem.not-found.detail.checklist-step", stepCode);
        }
        int changed = done
                ? sql.update("""
                                insert into partnership_checklist (partnership_id, step_code, done_at, done_by)
                                values (:p, :s, :at, :by) on conflict do nothing""")
                        .param("p", id)
                        .param("s", stepCode)
                        .param("at", clock.now())
                        .param("by", caller.name())
                        .execute()
                : sql.update("delete from partnership_checklist where partnership_id = :p and step_code = :s")
                        .param("p", id)
                        .param("s", stepCode)
                        .execute();
        if (changed > 0) {
            audit.updated(table(), id, Map.of("checklist." + stepCode, !done), Map.of("checklist." + stepCode, done));
        }
        return checklist(id).stream()
                .filter(s -> s.code().equals(stepCode))
                .findFirst()
                .orElseThrow();
    }

    private List<Workbench.Step> checklist(long id) {
        return sql.select("""
                        select s.code, s.position, s.phase, s.text_da, s.text_en, c.done_at is not null as done,
                               c.done_at, c.done_by
                        from checklist_step s
                        left join partnership_checklist c on c.step_code = s.code and c.partnership_id = :p
                        order by s.position""").param("p", id).list(Workbench.Step.class);
    }

    /** Who may write depends on the partnership's libraries: checked once it is read. */
    @Override
    protected void requireWriter() {}

    @Override
    protected void requireWriterOf(Partnership p, PartnershipInput input) {
        if (p != null) {
            requireManager(p);
        }
        if (input != null) {
            requireManagerOf(input.libraryIds());
        }
    }

    @Override
    protected boolean touchesOnEveryUpdate() {
        return true;
    }

    /** Coordinators, or an editor of one of the partnership's libraries. */
    private Caller requireManager(Partnership p) {
        Caller caller = access.requireSignedIn();
        List<Long> libraries = sql.select("select library_id from partnership_library where partnership_id = :p")
                .param("p", p.id)
                .list(Long.class);
        if (caller.coordinates() || libraries.stream().anyMatch(caller::editsLibrary)) {
            return caller;
        }
        throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.partnership");
    }

    /** An editor may only make partnerships their own library is in. */
    private void requireManagerOf(List<Long> libraryIds) {
        Caller caller = access.requireSignedIn();
        if (caller.coordinates()) {
            return;
        }
        if (caller.libraryId() == null || !caller.editsLibrary(caller.libraryId())) {
            throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.partnership");
        }
        if (!libraryIds.contains(caller.libraryId())) {
            throw ApiException.invalidField("libraryIds", "partnership.libraries.own-missing");
        }
    }

    @Override
    protected void apply(Partnership p, PartnershipInput in) {
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
        knownIds.require("theme", "themeIds", "", orEmpty(in.themeIds()), false, "partnership.theme.unknown");
        String phase = in.phase() == null || in.phase().isBlank() ? "NEED" : in.phase();
        requirePhase(phase);
        requirePeriod(in.startsOn(), in.endsOn());
        if (in.leadContactId() != null) {
            Optional<Contact> lead = Contact.findByIdOptional(in.leadContactId());
            if (lead.filter(c -> c.isPublic || access.caller().readsPrivate()).isEmpty()) {
                throw ApiException.invalidField("leadContactId", "partnership.lead.unknown");
            }
        }
        knownIds.require(
                "attachment",
                "files",
                ".attachmentId",
                FileList.ids(orEmpty(in.files())),
                true,
                "partnership.agreement.unknown");
        String agreementName = null;
        if (in.agreementAttachmentId() != null) {
            Optional<String> name = sql.select("select file_name from attachment where id = :id")
                    .param("id", in.agreementAttachmentId())
                    .optional(String.class);
            if (name.isEmpty()) {
                throw ApiException.invalidField("agreementAttachmentId", "partnership.agreement.unknown");
            }
            agreementName =
                    in.agreementAttachmentId().equals(p.agreementAttachmentId) ? p.agreementFileName : name.get();
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

    /** Its libraries, partners and themes; a new partnership's history starts as an idea. */
    @Override
    protected boolean writeParts(Partnership p, PartnershipInput in, boolean created) {
        List<Linked.PartnerWithRole> partners = in.partners().stream()
                .map(x -> new Linked.PartnerWithRole(x.partnerId(), x.role().trim()))
                .toList();
        boolean changed = LIBRARIES.write(sql, p.id, in.libraryIds(), created);
        changed |= PARTNERS.write(sql, p.id, partners, created);
        changed |= THEMES.write(sql, p.id, orEmpty(in.themeIds()), created);
        if (in.files() != null) {
            changed |= FILES.write(sql, p.id, in.files(), created);
        }
        if (created) {
            transition(p.id, null, PartnershipStatus.IDEA, access.caller());
        }
        return changed;
    }

    private void requirePhase(String code) {
        if (sql.select("select code from partnership_phase where code = :c")
                .param("c", code)
                .optional(String.class)
                .isEmpty()) {
            throw ApiException.invalidField("phase", "partnership.phase.unknown");
        }
    }

    private void transition(long id, PartnershipStatus from, PartnershipStatus to, Caller caller) {
        sql.update("""
                        insert into partnership_transition (partnership_id, from_status, to_status, at, actor)
                        values (:p, :from, :to, :at, :actor)""")
                .param("p", id)
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("at", clock.now())
                .param("actor", caller.name())
                .execute();
    }

    /** Summaries with their libraries and partners: three statements for a whole page. */
    private List<PartnershipSummary> summaries(List<SummaryRow> rows) {
        List<Long> ids = rows.stream().map(SummaryRow::id).toList();
        Map<Long, List<LibraryRef>> libraries = libraries(ids);
        Map<Long, List<PartnerInPartnership>> partners = partners(ids);
        return rows.stream()
                .map(r -> new PartnershipSummary(
                        r.id(),
                        r.title(),
                        r.status(),
                        r.phase(),
                        libraries.getOrDefault(r.id(), List.of()),
                        partners.getOrDefault(r.id(), List.of()),
                        r.startsOn(),
                        r.endsOn(),
                        r.updatedAt()))
                .toList();
    }

    private Map<Long, List<LibraryRef>> libraries(List<Long> ids) {
        return Linked.libraries(sql, "partnership_library", "partnership_id", ids);
    }

    private Map<Long, List<PartnerInPartnership>> partners(List<Long> ids) {
        return Linked.partnersWithRoles(sql, "partnership_partner", "partnership_id", ids);
    }

    /** A partnership's phase and parts, aggregated by the database in one statement, each in a client's order. */
    private record Parts(
            PhaseView phase,
            List<ThemeRef> themes,
            List<PartnershipView.Transition> transitions,
            ChecklistCount checklist,
            List<LibraryRef> libraries,
            List<PartnerInPartnership> partners) {}

    private static final String PARTS = """
            select ph.code as phase_code, ph.position as phase_position, ph.name_da as phase_name_da,
                   ph.name_en as phase_name_en, ph.status as phase_status,
              (select coalesce(json_agg(json_build_object('id', t.id, 'number', t.number, 'title', t.title, 'slug', t.slug)
                                        order by t.start_date, t.id), '[]')
               from partnership_theme x join theme t on t.id = x.theme_id where x.partnership_id = :p)::text as themes,
              (select coalesce(json_agg(json_build_object('from', tr.from_status, 'to', tr.to_status, 'at', tr.at,
                                                          'actor', tr.actor) order by tr.at, tr.id), '[]')
               from partnership_transition tr where tr.partnership_id = :p)::text as transitions,
              (select count(*) from partnership_checklist where partnership_id = :p) as checklist_done,
              (select count(*) from checklist_step) as checklist_total,
              (select coalesce(json_agg(json_build_object('id', l.id, 'name', l.name) order by l.name, l.id), '[]')
               from partnership_library x join library l on l.id = x.library_id where x.partnership_id = :p)::text
                  as libraries,
              (select coalesce(json_agg(json_build_object(
                          'partner', json_build_object('id', pa.id, 'name', pa.name, 'type', pa.type, 'national', pa.national),
                          'role', x.role) order by pa.name, pa.id), '[]')
               from partnership_partner x join partner pa on pa.id = x.partner_id where x.partnership_id = :p)::text
                  as partners
            from partnership_phase ph where ph.code = :c""";

    /**
     * Two statements for the public (the partnership, already read, and its parts), one more for its lead, and for
     * those who read private details its agreement and files.
     */
    @Override
    protected PartnershipView view(Partnership p) {
        long id = p.id;
        Parts parts = sql.select(PARTS).param("p", id).param("c", p.phase).one(Parts.class);
        PhaseView phase = parts.phase();
        List<ThemeRef> themes = parts.themes();
        List<PartnershipView.Transition> transitions = parts.transitions();
        ChecklistCount checklist = parts.checklist();
        ContactRef lead = p.leadContactId == null
                ? null
                : Contact.<Contact>findByIdOptional(p.leadContactId)
                        .filter(c -> c.isPublic || access.caller().readsPrivate())
                        .map(c -> new ContactRef(c.id, c.name, c.title, c.email, c.phone))
                        .orElse(null);
        PartnershipView.Agreement agreement = null;
        if (p.agreementAttachmentId != null && access.caller().readsPrivate()) {
            FileFacts file = sql.select("select content_type, size_bytes from attachment where id = :id")
                    .param("id", p.agreementAttachmentId)
                    .one(FileFacts.class);
            agreement = new PartnershipView.Agreement(
                    p.agreementAttachmentId,
                    p.agreementFileName,
                    ContentFiles.href(p.agreementAttachmentId, p.agreementFileName),
                    file.contentType(),
                    file.sizeBytes());
        }
        return new PartnershipView(
                id,
                p.title,
                p.purpose,
                p.status,
                phase,
                parts.libraries(),
                parts.partners(),
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
                access.caller().readsPrivate() ? FILES.read(sql, id) : List.of(),
                transitions,
                List.copyOf(new TreeSet<>(p.status.next())),
                checklist.done(),
                checklist.total(),
                p.createdAt,
                p.updatedAt,
                p.version);
    }

    @Override
    protected Map<String, Object> fields(Partnership p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", p.title);
        map.put("purpose", p.purpose);
        map.put("phase", p.phase);
        map.put("startsOn", p.startsOn);
        map.put("endsOn", p.endsOn);
        map.put("goals", p.goals);
        map.put("outcomes", p.outcomes);
        map.put("evaluation", p.evaluation);
        return map;
    }

    /** Its parts, and the lead and agreement as the caller sees them. */
    @Override
    protected Map<String, Object> parts(PartnershipView v) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("libraryIds", v.libraries().stream().map(LibraryRef::id).toList());
        map.put(
                "partners",
                v.partners().stream()
                        .map(x -> x.partner().name() + " (" + x.role() + ")")
                        .toList());
        map.put("themeIds", v.themes().stream().map(ThemeRef::id).toList());
        map.put("leadContactId", v.lead() == null ? null : v.lead().id());
        map.put("agreement", v.agreement() == null ? null : v.agreement().attachmentId());
        map.put(
                "files",
                v.files().stream().map(f -> f.attachmentId() + ": " + f.title()).toList());
        return map;
    }
}
