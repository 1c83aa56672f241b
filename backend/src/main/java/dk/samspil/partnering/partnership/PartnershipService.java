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
import dk.samspil.directory.link.Linked;
import dk.samspil.partnering.partnership.PartnershipSummary.PartnerInPartnership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
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

    /** Partnerships in a list, each with its libraries and partners: one statement for a whole page. */
    private static final String SUMMARY = """
            select p.id, p.title, p.status, f.code as phase_code, f.position as phase_position,
                   f.name_da as phase_name_da, f.name_en as phase_name_en, f.status as phase_status,
                   p.starts_on, p.ends_on, p.updated_at, %s as libraries, %s as partners
            from partnership p join partnership_phase f on f.code = p.phase""".formatted(
                    Linked.libraries("partnership_library", "partnership_id", "p.id"),
                    Linked.partnersWithRoles("partnership_partner", "partnership_id", "p.id"));

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

    private static final String NOT_FOUND = "problem.not-found.detail.partnership";

    PartnershipService() {
        super("partnership", NOT_FOUND, PartnershipService::newIdea, id -> Partnership.findByIdOptional(id));
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
        List<PartnershipSummary> items = where.pageNative(em, SUMMARY, page, total, PartnershipSummary.class);
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

    /** The phases, the current phase's toolbox items and the checklist, aggregated by the database. */
    private record WorkbenchParts(
            List<PhaseView> phases, List<Workbench.Recommended> recommended, List<Workbench.Step> checklist) {}

    private static final String WORKBENCH = """
            select
              (select json_agg(json_build_object('code', code, 'position', position, 'nameDa', name_da,
                                                 'nameEn', name_en, 'status', status) order by position)
               from partnership_phase)::text as phases,
              (select coalesce(json_agg(json_build_object('id', id, 'slug', slug, 'title', title, 'summary', summary,
                                                          'kind', kind, 'heading', heading) order by title, id), '[]')
               from toolbox_item where :phase = any (phases))::text as recommended,
              (select coalesce(json_agg(json_build_object('code', s.code, 'position', s.position, 'phase', s.phase,
                                                          'textDa', s.text_da, 'textEn', s.text_en,
                                                          'done', c.done_at is not null, 'doneAt', c.done_at,
                                                          'doneBy', c.done_by) order by s.position), '[]')
               from checklist_step s
               left join partnership_checklist c on c.step_code = s.code and c.partnership_id = :p)::text as checklist""";

    /** Two statements: the partnership as a list shows it, then the rest of the workbench. */
    public Workbench workbench(long id) {
        PartnershipSummary summary = sql.select(SUMMARY + " where p.id = :id")
                .param("id", id)
                .optional(PartnershipSummary.class)
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND, id));
        WorkbenchParts parts = sql.select(WORKBENCH)
                .param("p", id)
                .param("phase", summary.phase().code())
                .one(WorkbenchParts.class);
        int done = (int) parts.checklist().stream().filter(Workbench.Step::done).count();
        return new Workbench(
                summary,
                parts.phases(),
                parts.recommended(),
                parts.checklist(),
                done,
                parts.checklist().size());
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

    /** A partnership's phase and parts, aggregated by the database in one statement, each in a client's order. */
    private record Parts(
            PhaseView phase,
            List<ThemeRef> themes,
            List<PartnershipView.Transition> transitions,
            ChecklistCount checklist,
            List<LibraryRef> libraries,
            List<PartnerInPartnership> partners,
            ContactRef lead,
            FileFacts agreement,
            List<FileList.Row> files) {}

    /** The lead only if public or the caller reads private details; the agreement's facts and the files alike. */
    private static final String PARTS = """
            select ph.code as phase_code, ph.position as phase_position, ph.name_da as phase_name_da,
                   ph.name_en as phase_name_en, ph.status as phase_status,
              (select coalesce(json_agg(json_build_object('id', t.id, 'number', t.number, 'title', t.title, 'slug', t.slug)
                                        order by t.start_date, t.id), '[]')
               from partnership_theme x join theme t on t.id = x.theme_id where x.partnership_id = p.id)::text as themes,
              (select coalesce(json_agg(json_build_object('from', tr.from_status, 'to', tr.to_status, 'at', tr.at,
                                                          'actor', tr.actor) order by tr.at, tr.id), '[]')
               from partnership_transition tr where tr.partnership_id = p.id)::text as transitions,
              (select count(*) from partnership_checklist where partnership_id = p.id) as checklist_done,
              (select count(*) from checklist_step) as checklist_total,
              %s as libraries,
              %s as partners,
              lc.id as lead_id, lc.name as lead_name, lc.title as lead_title, lc.email as lead_email,
              lc.phone as lead_phone,
              ag.content_type as agreement_content_type, ag.size_bytes as agreement_size_bytes,
              case when :private then %s else '[]' end as files
            from partnership p join partnership_phase ph on ph.code = p.phase
            left join contact lc on lc.id = p.lead_contact_id and (lc.public or :private)
            left join attachment ag on ag.id = p.agreement_attachment_id and :private
            where p.id = :p""".formatted(
                    Linked.libraries("partnership_library", "partnership_id", "p.id"),
                    Linked.partnersWithRoles("partnership_partner", "partnership_id", "p.id"),
                    FILES.json("p.id"));

    /** Two statements: the partnership, already read, and its parts. */
    @Override
    protected PartnershipView view(Partnership p) {
        boolean readsPrivate = access.caller().readsPrivate();
        Parts parts = sql.select(PARTS)
                .param("p", p.id)
                .param("private", readsPrivate)
                .one(Parts.class);
        PartnershipView.Agreement agreement = parts.agreement() == null
                ? null
                : new PartnershipView.Agreement(
                        p.agreementAttachmentId,
                        p.agreementFileName,
                        ContentFiles.href(p.agreementAttachmentId, p.agreementFileName),
                        parts.agreement().contentType(),
                        parts.agreement().sizeBytes());
        return new PartnershipView(
                p.id,
                p.title,
                p.purpose,
                p.status,
                parts.phase(),
                parts.libraries(),
                parts.partners(),
                parts.themes(),
                p.startsOn,
                p.endsOn,
                parts.lead(),
                p.goals,
                Markdown.toSafeHtml(p.goals),
                p.outcomes,
                Markdown.toSafeHtml(p.outcomes),
                p.evaluation,
                Markdown.toSafeHtml(p.evaluation),
                agreement,
                FileList.views(parts.files()),
                parts.transitions(),
                List.copyOf(new TreeSet<>(p.status.next())),
                parts.checklist().done(),
                parts.checklist().total(),
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
