package dk.samspil.collaboration.participation;

import dk.samspil.collaboration.theme.Theme;
import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.db.Sql;
import dk.samspil.common.http.ETags;
import dk.samspil.common.i18n.Messages;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.security.Access;
import dk.samspil.common.security.Caller;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.contact.Contact;
import dk.samspil.directory.library.Library;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sign-ups: a library's editor signs it up before the deadline (coordinators also after), one sign-up
 * per library and theme; coordinators confirm; the library or a coordinator withdraws.
 */
@ApplicationScoped
public class ParticipationService {

    public static final SortFields SORT = SortFields.of(
            "library",
            "p.id asc",
            "library",
            "l.name",
            "region",
            "r.name",
            "signedUpAt",
            "p.signedUpAt",
            "theme",
            "t.startDate");

    private static final String SELECT = """
            select new dk.samspil.collaboration.participation.ParticipationView(p.id, t.id, t.number, t.title, t.slug, l.id, l.name,
                r.code, r.name, p.state, p.channels, p.focusAreas, p.signedUpAt, p.confirmedAt, p.withdrawnAt,
                nl.id, nl.name, nl.title, nl.email, nl.phone, p.version)
            from Participation p
                left join Contact nl on nl.id = p.networkLeadId and (nl.isPublic = true or :private = true),
                Theme t, Library l join l.municipality m join m.region r""";
    private static final String JOIN = "t.id = p.themeId and l.id = p.libraryId";

    @Inject
    EntityManager em;

    @Inject
    Sql sql;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    public ParticipationPage list(
            Long themeId,
            Long libraryId,
            ParticipationState state,
            Integer region,
            Instant updatedSince,
            PageRequest page) {
        Filters where = new Filters(JOIN)
                .and("p.themeId = :theme", "theme", themeId)
                .and("p.libraryId = :library", "library", libraryId)
                .and("p.state = :state", "state", state)
                .and("r.code = :region", "region", region)
                .updatedSince("p.updatedAt", updatedSince);
        long total = where.count(
                em, "select count(p) from Participation p, Theme t, Library l join l.municipality m join m.region r");
        List<ParticipationView> items = where.param("private", access.caller().readsPrivate())
                .page(em, SELECT, page, total, ParticipationView.class);
        return new ParticipationPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    /** Every sign-up of a theme, by library name, in one statement (for the export: no count, no page). */
    public List<ParticipationView> all(long themeId) {
        return new Filters(JOIN)
                .and("p.themeId = :theme", "theme", themeId)
                .param("private", access.caller().readsPrivate())
                .all(em, SELECT, "l.name, p.id", ParticipationView.class);
    }

    public Optional<ParticipationView> get(long id) {
        return em.createQuery(SELECT + " where " + JOIN + " and p.id = :id", ParticipationView.class)
                .setParameter("id", id)
                .setParameter("private", access.caller().readsPrivate())
                .getResultStream()
                .findFirst();
    }

    public void requireTheme(long themeId) {
        Theme.require(themeId);
    }

    public void requireLibrary(long libraryId) {
        if (Library.findById(libraryId) == null) {
            throw ApiException.notFound("problem.not-found.detail.library", libraryId);
        }
    }

    @Transactional
    public ParticipationView signUp(long themeId, ParticipationInput input) {
        Theme theme = Theme.require(themeId);
        Caller caller = access.requireLibraryEditor(input.libraryId());
        if (Library.findById(input.libraryId()) == null) {
            throw ApiException.invalidField("libraryId", "participation.library.unknown");
        }
        if (clock.today().isAfter(theme.signupDeadline) && !caller.coordinates()) {
            throw new ApiException(
                    ProblemType.CONFLICT, "problem.conflict.detail.signup-closed", theme.signupDeadline.toString());
        }
        if (Participation.count("themeId = ?1 and libraryId = ?2", themeId, input.libraryId()) > 0) {
            throw ApiException.conflictOnField("libraryId", "problem.conflict.detail.signed-up-already");
        }
        checkFocusAreas(themeId, input.focusAreas());
        checkNetworkLead(input.libraryId(), input.networkLeadId());
        Instant now = clock.now();
        Participation p = new Participation();
        p.themeId = themeId;
        p.libraryId = input.libraryId();
        p.state = ParticipationState.SIGNED_UP;
        p.channels =
                input.channels().stream().distinct().sorted().map(Enum::name).toArray(String[]::new);
        p.focusAreas = input.focusAreas().stream().distinct().sorted().toArray(String[]::new);
        p.networkLeadId = input.networkLeadId();
        p.signedUpAt = now;
        p.createdAt = now;
        p.updatedAt = now;
        p.persist();
        audit.created("participation", p.id, snapshot(p));
        return get(p.id).orElseThrow();
    }

    @Transactional
    public ParticipationView update(long id, String ifMatch, ParticipationUpdate input) {
        Participation p = Participation.require(id);
        Caller caller = access.requireLibraryEditor(p.libraryId);
        ETags.requireMatch(ifMatch, p.version);
        Theme theme = Theme.findById(p.themeId);
        checkTransition(caller, p.state, input.state(), theme);
        checkFocusAreas(p.themeId, input.focusAreas());
        checkNetworkLead(p.libraryId, input.networkLeadId());
        Map<String, Object> before = snapshot(p);
        Instant now = clock.now();
        if (input.state() != p.state) {
            switch (input.state()) {
                case CONFIRMED -> p.confirmedAt = now;
                case WITHDRAWN -> p.withdrawnAt = now;
                case SIGNED_UP -> {
                    p.confirmedAt = null;
                    p.withdrawnAt = null;
                    if (p.state == ParticipationState.WITHDRAWN) {
                        p.signedUpAt = now;
                    }
                }
            }
            p.state = input.state();
        }
        p.channels =
                input.channels().stream().distinct().sorted().map(Enum::name).toArray(String[]::new);
        p.focusAreas = input.focusAreas().stream().distinct().sorted().toArray(String[]::new);
        p.networkLeadId = input.networkLeadId();
        Map<String, Object> after = snapshot(p);
        if (!before.equals(after)) {
            p.updatedAt = now;
            Participation.flush();
            audit.updated("participation", id, before, after);
        }
        return get(id).orElseThrow();
    }

    /**
     * Confirms sign-ups of one theme together, all or none: each must be the theme's and waiting
     * (SIGNED_UP), else nothing changes and the first that is not is named. One audit event each.
     */
    @Transactional
    public Confirmation confirm(long themeId, List<Long> ids) {
        access.requireCoordinator();
        Theme.require(themeId);
        Map<Long, Participation> found =
                Participation.<Participation>list("themeId = ?1 and id in ?2", themeId, ids).stream()
                        .collect(Collectors.toMap(p -> p.id, p -> p));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Participation p = found.get(ids.get(i));
            if (p == null) {
                throw ApiException.invalidField("ids[" + i + "]", "participation.confirm.not-in-theme");
            }
            if (!seen.add(p.id)) {
                throw ApiException.invalidField("ids[" + i + "]", "reference.listed-twice");
            }
            if (p.state != ParticipationState.SIGNED_UP) {
                throw ApiException.conflictOnField(
                        "ids[" + i + "]",
                        "participation.confirm.not-waiting",
                        new Messages.Text("label.participation-state." + p.state.name()));
            }
        }
        Instant now = clock.now();
        for (Long id : ids) {
            Participation p = found.get(id);
            Map<String, Object> before = snapshot(p);
            p.state = ParticipationState.CONFIRMED;
            p.confirmedAt = now;
            p.updatedAt = now;
            audit.updated("participation", p.id, before, snapshot(p));
        }
        Participation.flush();
        return new Confirmation(ids.size(), List.copyOf(ids));
    }

    /** Coordinators may make any change; a library may withdraw, and come back until the deadline. */
    private void checkTransition(Caller caller, ParticipationState from, ParticipationState to, Theme theme) {
        if (from == to || caller.coordinates()) {
            return;
        }
        if (to == ParticipationState.WITHDRAWN) {
            return;
        }
        if (from == ParticipationState.WITHDRAWN && to == ParticipationState.SIGNED_UP) {
            if (clock.today().isAfter(theme.signupDeadline)) {
                throw new ApiException(
                        ProblemType.CONFLICT, "problem.conflict.detail.signup-closed", theme.signupDeadline.toString());
            }
            return;
        }
        throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.participation-state", to.name());
    }

    private void checkFocusAreas(long themeId, List<String> chosen) {
        Set<String> offered =
                new HashSet<>(sql.select("select focus_area_code from theme_focus_area where theme_id = :theme")
                        .param("theme", themeId)
                        .list(String.class));
        for (int i = 0; i < chosen.size(); i++) {
            if (!offered.contains(chosen.get(i))) {
                throw ApiException.invalidField("focusAreas[" + i + "]", "participation.focus-area.not-in-theme");
            }
        }
    }

    /** The network lead must be one of the library's own contacts. */
    private void checkNetworkLead(long libraryId, Long contactId) {
        if (contactId == null) {
            return;
        }
        Contact lead = Contact.findById(contactId);
        if (lead == null || lead.libraryId == null || lead.libraryId != libraryId) {
            throw ApiException.invalidField("networkLeadId", "participation.network-lead.not-library-contact");
        }
    }

    private static Map<String, Object> snapshot(Participation p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("themeId", p.themeId);
        map.put("libraryId", p.libraryId);
        map.put("state", p.state);
        map.put("channels", List.of(p.channels));
        map.put("focusAreas", List.of(p.focusAreas));
        map.put("networkLeadId", p.networkLeadId);
        return map;
    }
}
