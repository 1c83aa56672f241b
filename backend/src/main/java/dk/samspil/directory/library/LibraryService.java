package dk.samspil.directory.library;

import static dk.samspil.common.text.Texts.blankToNull;

import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.db.ReferenceGuard;
import dk.samspil.common.http.CrudService;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.Pages;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.search.SearchKind;
import dk.samspil.common.security.Access;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.reference.Municipality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rules for libraries. Entities stay inside; records go in and out. */
@ApplicationScoped
public class LibraryService implements CrudService<LibraryInput, LibraryView> {

    public static final SortFields SORT = SortFields.of(
            "name",
            "l.id asc",
            "name",
            "l.name",
            "municipality",
            "m.name",
            "region",
            "r.name",
            "libraryNumber",
            "l.libraryNumber",
            "createdAt",
            "l.createdAt",
            "updatedAt",
            "l.updatedAt");

    @Inject
    EntityManager em;

    @Inject
    ReferenceGuard referenceGuard;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    public LibraryPage list(LibraryFilter filter, Instant updatedSince, PageRequest page) {
        Filters where = new Filters()
                .and("r.code = :region", "region", filter.region())
                .and("m.code = :municipality", "municipality", filter.municipality())
                .and("l.centralLibrary = :central", "central", filter.central())
                .and("l.active = :active", "active", filter.active())
                .updatedSince("l.updatedAt", updatedSince)
                .matches(filter.q(), SearchKind.LIBRARY, "l.id");
        String from = " from Library l join l.municipality m join m.region r";
        return Pages.query(
                em, where, "select count(l)" + from, """
                select new dk.samspil.directory.library.LibrarySummary(l.id, l.name, l.libraryNumber, m.code, m.name,
                    r.code, r.name, l.centralLibrary, l.city, l.active, l.updatedAt)
                """ + from, page, LibrarySummary.class, LibraryPage::new);
    }

    /** The libraries in figures, in one statement. */
    public LibraryCounts counts() {
        return em.createQuery("""
                        select new dk.samspil.directory.library.LibraryCounts(count(l),
                            coalesce(sum(case when l.centralLibrary then 1 else 0 end), 0),
                            (select count(r) from Region r))
                        from Library l
                        """, LibraryCounts.class).getSingleResult();
    }

    @Override
    public LibraryView get(long id) {
        return Library.<Library>find(
                        "from Library l join fetch l.municipality m join fetch m.region where l.id = ?1", id)
                .firstResultOptional()
                .map(LibraryView::of)
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.library", id));
    }

    /** Coordinators add libraries. */
    @Transactional
    public LibraryView create(LibraryInput input) {
        access.requireCoordinator();
        Library library = new Library();
        Instant now = clock.now();
        library.createdAt = now;
        apply(library, input, now);
        library.demo = false;
        library.persistAndFlush();
        audit.created("library", library.id, snapshot(library));
        return LibraryView.of(library);
    }

    /** The library's own editors and coordinators change it. */
    @Transactional
    public LibraryView update(long id, String ifMatch, LibraryInput input) {
        access.requireLibraryEditor(id);
        Library library = find(id);
        ETags.requireMatch(ifMatch, library.version);
        Map<String, Object> before = snapshot(library);
        apply(library, input, clock.now());
        Library.flush();
        audit.updated("library", id, before, snapshot(library));
        return LibraryView.of(library);
    }

    /** Coordinators remove libraries nothing refers to any more. */
    @Transactional
    public void delete(long id, String ifMatch) {
        access.requireCoordinator();
        Library library = find(id);
        ETags.requireMatch(ifMatch, library.version);
        Map<String, Object> before = snapshot(library);
        referenceGuard.deleteUnreferenced("library", id, library);
        audit.deleted("library", id, before);
    }

    private static Library find(long id) {
        return Library.<Library>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.library", id));
    }

    /** Copies the input onto the entity after checking the rules Bean Validation cannot see. */
    private void apply(Library library, LibraryInput input, Instant now) {
        Municipality municipality = Municipality.<Municipality>findByIdOptional(input.municipalityCode())
                .orElseThrow(() -> ApiException.invalidField("municipalityCode", "library.municipality.unknown"));
        String expectedPrefix = "7" + String.format("%03d", municipality.code);
        if (!input.libraryNumber().startsWith(expectedPrefix)) {
            throw ApiException.invalidField("libraryNumber", "library.number.mismatch", expectedPrefix);
        }
        if (Library.count(
                        "libraryNumber = ?1 and id <> ?2", input.libraryNumber(), library.id == null ? -1L : library.id)
                > 0) {
            throw ApiException.conflictOnField(
                    "libraryNumber", "problem.conflict.detail.library-number", input.libraryNumber());
        }
        Map<String, Object> before = snapshot(library);
        library.name = input.name().trim();
        library.municipality = municipality;
        library.libraryNumber = input.libraryNumber();
        library.centralLibrary = Boolean.TRUE.equals(input.centralLibrary());
        library.street = blankToNull(input.street());
        library.postalCode = blankToNull(input.postalCode());
        library.city = blankToNull(input.city());
        library.website = blankToNull(input.website());
        library.email = blankToNull(input.email());
        library.phone = blankToNull(input.phone());
        library.joinedOn = input.joinedOn();
        library.active = input.active() == null || input.active();
        if (library.id == null || !before.equals(snapshot(library))) {
            library.updatedAt = now;
        }
    }

    /** The fields a client can change: what the audit trail records, and what decides if a PUT changed anything. */
    private static Map<String, Object> snapshot(Library l) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", l.name);
        map.put("municipalityCode", l.municipality == null ? null : l.municipality.code);
        map.put("libraryNumber", l.libraryNumber);
        map.put("centralLibrary", l.centralLibrary);
        map.put("street", l.street);
        map.put("postalCode", l.postalCode);
        map.put("city", l.city);
        map.put("website", l.website);
        map.put("email", l.email);
        map.put("phone", l.phone);
        map.put("joinedOn", l.joinedOn);
        map.put("active", l.active);
        return map;
    }
}
