package dk.samspil.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What exists, for valid requests: ids by the kind of resource, slugs, codes and cursors, read from the API's
 * own answers. A kind is named by its stem: the segment of a path or the name of a field, singular, without
 * dashes and without "Id" ({@code /api/network-meetings} and {@code hostLibraryId}: "networkmeeting", "hostlibrary").
 * A field's stem finds the kind it ends or starts with ("hostlibrary" is a "library").
 */
final class Pools {

    private final Map<String, Set<Long>> ids = new TreeMap<>();
    private final Map<String, Set<String>> texts = new TreeMap<>();
    private final Map<String, Set<Long>> excluded = new TreeMap<>();

    static String stem(String name) {
        String s = name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        if (s.endsWith("ids")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("id") && s.length() > 2) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("ies")) {
            return s.substring(0, s.length() - 3) + "y";
        }
        return s.endsWith("s") && !s.endsWith("ss") ? s.substring(0, s.length() - 1) : s;
    }

    /** Reads every id, slug, code and cursor in an answer; {@code stem} is the kind its top-level items are. */
    void harvest(String stem, JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> harvest(stem, item));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (var field : node.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.equals("id") && value.canConvertToLong() && value.isIntegralNumber()) {
                add(stem, value.longValue());
            } else if (key.endsWith("Id") && value.isIntegralNumber()) {
                add(stem(key), value.longValue());
            } else if (key.endsWith("Ids") && value.isArray()) {
                value.forEach(v -> {
                    if (v.isIntegralNumber()) {
                        add(stem(key), v.longValue());
                    }
                });
            } else if (key.equals("slug") && value.isTextual()) {
                text("slug:" + stem, value.textValue());
            } else if (key.equals("code") && value.isIntegralNumber()) {
                add(stem + "code", value.longValue()); // a region's or a municipality's number
            } else if ((key.equals("code") || key.equals("phase")) && value.isTextual()) {
                text("code", value.textValue());
            } else if (key.equals("cursor") && value.isTextual()) {
                text("cursor", value.textValue());
            } else if (key.equals("email") && value.isTextual()) {
                text("email", value.textValue());
            } else if (value.isContainerNode()) {
                harvest(key.equals("items") ? stem : stem(key), value);
            }
        }
    }

    void add(String stem, long id) {
        ids.computeIfAbsent(stem, k -> new TreeSet<>()).add(id);
    }

    void text(String kind, String value) {
        texts.computeIfAbsent(kind, k -> new TreeSet<>()).add(value);
    }

    /** Never used where a request could change it (the fuzzer's own admin, say). */
    void exclude(String stem, long id) {
        excluded.computeIfAbsent(stem, k -> new TreeSet<>()).add(id);
    }

    /** The kind a name means: itself, else the longest known kind it ends or starts with. */
    String kindOf(String name) {
        String s = stem(name);
        if (ids.containsKey(s)) {
            return s;
        }
        String best = null;
        for (String kind : ids.keySet()) {
            if ((s.endsWith(kind) || s.startsWith(kind)) && (best == null || kind.length() > best.length())) {
                best = kind;
            }
        }
        return best;
    }

    /**
     * A known id of that kind (of any kind if none is known), or null when nothing is known at all. For a
     * write, never an excluded one.
     */
    Long id(String kind, Random random, boolean forWrites) {
        List<Long> candidates = new ArrayList<>(kind == null ? Set.of() : ids.getOrDefault(kind, Set.of()));
        if (forWrites && kind != null) {
            candidates.removeAll(excluded.getOrDefault(kind, Set.of()));
        }
        if (candidates.isEmpty()) {
            // any id at all, but none that is excluded for some kind (a number does not say its kind)
            ids.values().forEach(candidates::addAll);
            if (forWrites) {
                excluded.values().forEach(candidates::removeAll);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    String text(String kind, Random random) {
        List<String> candidates = new ArrayList<>(texts.getOrDefault(kind, Set.of()));
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        ids.forEach((k, v) -> out.append(k).append('=').append(v.size()).append(' '));
        texts.forEach((k, v) -> out.append(k).append('=').append(v.size()).append(' '));
        return out.toString().trim();
    }
}
