package dk.samspil.common.db;

import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.Reference;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    /** A single-column foreign key that points at the table in question. */
    record ForeignKey(String referencingTable, String referencingColumn) {}

    @Inject
    Sql sql;

    public void requireUnreferenced(String table, Object id) {
        List<Reference> references = referencesTo(table, id);
        if (!references.isEmpty()) {
            String summary =
                    references.stream().map(r -> r.count() + " × " + r.entity()).collect(Collectors.joining(", "));
            throw ApiException.stillReferenced(references, "problem.still-referenced.detail", summary);
        }
    }

    /**
     * Deletes the record unless something still refers to it (409), and writes the delete at once, so that
     * a constraint the catalog did not foresee fails here and not after the audit trail recorded the delete.
     */
    public void deleteUnreferenced(String table, long id, PanacheEntityBase entity) {
        requireUnreferenced(table, id);
        entity.delete();
        Panache.flush();
    }

    public List<Reference> referencesTo(String table, Object id) {
        List<ForeignKey> foreignKeys = sql.select("""
                        select c.conrelid::regclass::text as referencing_table, a.attname::text as referencing_column
                        from pg_constraint c
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                        where c.contype = 'f' and c.confrelid = cast(:table as regclass) and cardinality(c.conkey) = 1
                          and c.confdeltype <> 'c'
                        order by 1, 2
                        """).param("table", table).list(ForeignKey.class);
        List<Reference> references = new ArrayList<>();
        for (ForeignKey fk : foreignKeys) {
            // Identifiers come from the catalog, not from the client.
            long count = sql.select("select count(*) from " + fk.referencingTable() + " where \""
                            + fk.referencingColumn() + "\" = :id")
                    .param("id", id)
                    .one(Long.class);
            if (count > 0) {
                references.add(new Reference(fk.referencingTable().replace("\"", ""), count));
            }
        }
        return references;
    }
}
