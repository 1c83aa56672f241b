package dk.samspil.common.paging;

import dk.samspil.common.problem.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields a collection may be sorted by, each mapped to the JPQL expression behind it. Only these
 * reach the query, so a sort parameter can never inject anything. A tie-breaker keeps paging stable.
 */
public final class SortFields {

    private final Map<String, String> expressions;
    private final String defaultSort;
    private final String tieBreaker;

    private SortFields(Map<String, String> expressions, String defaultSort, String tieBreaker) {
        this.expressions = expressions;
        this.defaultSort = defaultSort;
        this.tieBreaker = tieBreaker;
    }

    /** @param pairs field name, JPQL expression, field name, JPQL expression, ... */
    public static SortFields of(String defaultSort, String tieBreaker, String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return new SortFields(map, defaultSort, tieBreaker);
    }

    public String parse(String sort) {
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        List<String> clauses = new ArrayList<>();
        for (String part : spec.split(",")) {
            String field = part.trim();
            boolean descending = field.startsWith("-");
            if (descending) {
                field = field.substring(1);
            }
            String expression = expressions.get(field);
            if (expression == null) {
                throw ApiException.badRequest(
                        "problem.bad-request.detail.sort", part.trim(), String.join(", ", expressions.keySet()));
            }
            clauses.add(expression + (descending ? " desc" : " asc"));
        }
        clauses.add(tieBreaker);
        return String.join(", ", clauses);
    }

    public String allowed() {
        return String.join(", ", expressions.keySet());
    }
}
