package dk.samspil.demo;

import dk.samspil.common.db.Sql;
import dk.samspil.directory.library.Library;
import dk.samspil.directory.library.LibraryRef;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Demo libraries: one library service per municipality, the six central libraries flagged. */
@ApplicationScoped
public class DemoLibraries {

    static final String NAME = "libraries";

    /** Municipality codes of the six central libraries: Aalborg, Herning, Vejle, Odense, Roskilde, Gentofte. */
    static final Set<Integer> CENTRAL_LIBRARIES = Set.of(851, 657, 630, 461, 265, 157);

    /** shared/data names Aarhus' library service; the others are "<Municipality> Bibliotekerne". */
    static final int AARHUS = 751;

    static final String AARHUS_NAME = "Borgerservice og Biblioteker Aarhus";

    @Inject
    Sql sql;

    @Inject
    DemoMarkers markers;

    /** @return true when it loaded now, false when it had been loaded before */
    @Transactional
    public boolean loadOnce() {
        if (!markers.claim(NAME)) {
            return false;
        }
        // One statement; the main library's number is 7 + code + 00 (shared/data).
        sql.update("""
                insert into library (name, municipality_code, library_number, central_library, city, website,
                                     joined_on, active, demo)
                select case when m.code = :aarhus then :aarhusName else m.name || ' Bibliotekerne' end,
                       m.code, m.library_number, m.code in (:central), null, null,
                       case when m.code % 4 = 0 then null else date '2015-01-01' + (m.code * 7 % 900) end,
                       true, true
                from municipality m
                where not exists (select 1 from library l where l.library_number = m.library_number)
                order by m.code
                """)
                .param("central", CENTRAL_LIBRARIES)
                .param("aarhus", AARHUS)
                .param("aarhusName", AARHUS_NAME)
                .execute();
        return true;
    }

    /** The ids of the libraries that match (Panache query), in the order given. */
    static List<Long> ids(String query, Sort sort, Object... params) {
        return Library.find(query, sort, params).project(LibraryRef.class).list().stream()
                .map(LibraryRef::id)
                .toList();
    }

    /** The demo library of a municipality, unless an editor has deleted it. */
    static Optional<Long> ofMunicipality(int code) {
        return ids("municipality.code = ?1 and demo = true", Sort.by("id"), code).stream()
                .findFirst();
    }
}
