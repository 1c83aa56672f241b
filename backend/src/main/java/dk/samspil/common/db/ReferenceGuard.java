package dk.samspil.common.db;

import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.Reference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Before a delete: finds the rows that still point at a record through foreign keys, read from the
 * database catalog, so that every table a later feature adds is covered without code here. Keys with
 * ON DELETE CASCADE belong to the record itself (its parts) and do not block. The
 * client gets a 409 that says what refers to the record instead of a bare constraint error.
 */
@ApplicationScoped
public class ReferenceGuard {

    @Inject
    EntityManager em;

    public void requireUnreferenced(String table, Object id) {
        List<Reference> references = referencesTo(table, id);
        if (!references.isEmpty()) {
            String summary =
                    references.stream().map(r -> r.count() + " × " + r.entity()).collect(Collectors.joining(", "));
            throw ApiException.stillReferenced(references, "problem.still-referenced.detail", summary);
        }
    }

    @SuppressWarnings("unchecked")
    public List<Reference> referencesTo(String table, Object id) {
        List<Object[]> foreignKeys =
                em.createNativeQuery("""
                select c.conrelid::regclass::text, a.attname::text
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f' and c.confrelid = cast(:table as regclass) and cardinality(c.conkey) = 1
                  and c.confdeltype <> 'c'
                order by 1, 2
                """).setParameter("table", table).getResultList();
        List<Reference> references = new ArrayList<>();
        for (Object[] fk : foreignKeys) {
            String referencingTable = (String) fk[0];
            String column = (String) fk[1];
            // Identifiers come from the catalog, not from the client.
            Number count = (Number)
                    em.createNativeQuery("select count(*) from " + referencingTable + " where \"" + column + "\" = :id")
                            .setParameter("id", id)
                            .getSingleResult();
            if (count.longValue() > 0) {
                references.add(new Reference(referencingTable.replace("\"", ""), count.longValue()));
            }
        }
        return references;
    }
}
