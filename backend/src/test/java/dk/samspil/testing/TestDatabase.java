package dk.samspil.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/** Reads and writes the database directly, to check what a request really left behind. */
@ApplicationScoped
public class TestDatabase {

    @Inject
    EntityManager em;

    public Map<String, Object> row(String sql, Object... params) {
        List<Map<String, Object>> rows = rows(sql, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> rows(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql, jakarta.persistence.Tuple.class);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            List<jakarta.persistence.Tuple> tuples = query.getResultList();
            return tuples.stream()
                    .map(t -> {
                        Map<String, Object> map = new java.util.LinkedHashMap<>();
                        t.getElements().forEach(e -> map.put(e.getAlias(), t.get(e.getAlias())));
                        return map;
                    })
                    .toList();
        });
    }

    public long count(String sql, Object... params) {
        return ((Number) row(sql, params).values().iterator().next()).longValue();
    }

    public void execute(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            query.executeUpdate();
        });
    }
}
