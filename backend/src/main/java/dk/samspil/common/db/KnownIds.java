package dk.samspil.common.db;

import dk.samspil.common.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the ids an input refers to, in one statement: the first one the table lacks (or that is listed
 * twice) is a 400 on its own field, e.g. {@code partners[1].partnerId}, so the form can point at it.
 */
@ApplicationScoped
public class KnownIds {

    @Inject
    Sql sql;

    /**
     * @param table  the referred table (a name from code, never from a client)
     * @param list   the input's list field, e.g. "partners"
     * @param suffix what follows the index, e.g. ".partnerId", or "" when the list holds the ids themselves
     */
    public void require(
            String table, String list, String suffix, List<Long> ids, boolean repeatsAllowed, String unknownKey) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Set<Long> known = Set.copyOf(sql.select("select id from " + table + " where id in (:ids)")
                .param("ids", ids)
                .list(Long.class));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = list + "[" + i + "]" + suffix;
            if (!known.contains(ids.get(i))) {
                throw ApiException.invalidField(field, unknownKey);
            }
            if (!seen.add(ids.get(i)) && !repeatsAllowed) {
                throw ApiException.invalidField(field, "reference.listed-twice");
            }
        }
    }
}
