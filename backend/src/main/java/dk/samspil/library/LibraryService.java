package dk.samspil.library;

import dk.samspil.common.db.ReferenceGuard;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.reference.Municipality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The rules for libraries. Entities stay inside; records go in and out. */
@ApplicationScoped
public class LibraryService {

    public static final SortFields SORT = SortFields.of("name", "l.id asc",
            "name", "l.name",
            "municipality", "m.name",
            "region", "r.name",
            "libraryNumber", "l.libraryNumber",
            "createdAt", "l.createdAt",
            "updatedAt", "l.updatedAt");

    @Inject
    EntityManager em;

    @Inject
    ReferenceGuard referenceGuard;

    public LibraryPage list(LibraryFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.region() != null) {
            where.append(" and r.code = :region");
            params.put("region", filter.region());
        }
        if (filter.municipality() != null) {
            where.append(" and m.code = :municipality");
            params.put("municipality", filter.municipality());
        }
        if (filter.central() != null) {
            where.append(" and l.centralLibrary = :central");
            params.put("central", filter.central());
        }
        if (filter.active() != null) {
            where.append(" and l.active = :active");
            params.put("active", filter.active());
        }
        if (filter.q() != null) {
            where.append(" and (lower(l.name) like :q escape '\\' or lower(m.name) like :q escape '\\')");
            params.put("q", "%" + escapeLike(filter.q().toLowerCase(Locale.ROOT)) + "%");
        }
        String from = " from Library l join l.municipality m join m.region r";

        TypedQuery<Long> count = em.createQuery("select count(l)" + from + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();

        List<LibrarySummary> items = List.of();
        if (total > page.offset()) {
            TypedQuery<LibrarySummary> query = em.createQuery("""
                    select new dk.samspil.library.LibrarySummary(l.id, l.name, l.libraryNumber, m.code, m.name,
                        r.code, r.name, l.centralLibrary, l.city, l.active, l.updatedAt)
                    """ + from + where + " order by " + page.orderBy(), LibrarySummary.class);
            params.forEach(query::setParameter);
            items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        }
        return LibraryPage.of(items, page, total);
    }

    public Optional<LibraryView> get(long id) {
        return em.createQuery("""
                        select l from Library l join fetch l.municipality m join fetch m.region where l.id = :id
                        """, Library.class)
                .setParameter("id", id)
                .getResultStream().findFirst().map(LibraryView::of);
    }

    @Transactional
    public LibraryView create(LibraryInput input) {
        Library library = new Library();
        Instant now = now();
        library.createdAt = now;
        apply(library, input, now);
        library.demo = false;
        em.persist(library);
        em.flush();
        return LibraryView.of(library);
    }

    @Transactional
    public LibraryView update(long id, String ifMatch, LibraryInput input) {
        Library library = find(id);
        ETags.requireMatch(ifMatch, library.version);
        apply(library, input, now());
        em.flush();
        return LibraryView.of(library);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Library library = find(id);
        ETags.requireMatch(ifMatch, library.version);
        referenceGuard.requireUnreferenced("library", id);
        em.remove(library);
        em.flush();
    }

    private Library find(long id) {
        Library library = em.find(Library.class, id);
        if (library == null) {
            throw ApiException.notFound("problem.not-found.detail.library", id);
        }
        return library;
    }

    /** Copies the input onto the entity after checking the rules Bean Validation cannot see. */
    private void apply(Library library, LibraryInput input, Instant now) {
        Municipality municipality = em.find(Municipality.class, input.municipalityCode());
        if (municipality == null) {
            throw ApiException.invalidField("municipalityCode", "library.municipality.unknown");
        }
        String expectedPrefix = "7" + String.format("%03d", municipality.code);
        if (!input.libraryNumber().startsWith(expectedPrefix)) {
            throw ApiException.invalidField("libraryNumber", "library.number.mismatch", expectedPrefix);
        }
        boolean numberTaken = !em.createQuery(
                        "select l.id from Library l where l.libraryNumber = :number and l.id <> :id", Long.class)
                .setParameter("number", input.libraryNumber())
                .setParameter("id", library.id == null ? -1L : library.id)
                .setMaxResults(1).getResultList().isEmpty();
        if (numberTaken) {
            throw ApiException.conflict("problem.conflict.detail.library-number", input.libraryNumber());
        }
        List<Object> before = content(library);
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
        if (library.id == null || !before.equals(content(library))) {
            library.updatedAt = now;
        }
    }

    /** The fields a client can change: a PUT that changes none of them leaves updatedAt and the version alone. */
    private static List<Object> content(Library l) {
        return Arrays.asList(l.name, l.municipality == null ? null : l.municipality.code, l.libraryNumber,
                l.centralLibrary, l.street, l.postalCode, l.city, l.website, l.email, l.phone, l.joinedOn, l.active);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
