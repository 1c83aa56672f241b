package dk.samspil.collaboration.parts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What turns the stored parts of a record that are known by a key (a link row, a peak week) into the wanted
 * ones: the keys to delete, the rows to insert and the rows whose value to update. Rows that stay as they are
 * appear nowhere, so an update writes only what changed.
 *
 * @param removed stored keys that are not wanted
 * @param added   wanted keys that are not stored, with their values, in the wanted order
 * @param changed keys stored and wanted whose value differs, with the wanted value
 */
public record KeyedChanges<K, V>(List<K> removed, Map<K, V> added, Map<K, V> changed) {

    public static <K, V> KeyedChanges<K, V> between(Map<K, V> stored, Map<K, V> wanted) {
        List<K> removed =
                stored.keySet().stream().filter(k -> !wanted.containsKey(k)).toList();
        Map<K, V> added = new LinkedHashMap<>();
        Map<K, V> changed = new LinkedHashMap<>();
        wanted.forEach((key, value) -> {
            if (!stored.containsKey(key)) {
                added.put(key, value);
            } else if (!Objects.equals(stored.get(key), value)) {
                changed.put(key, value);
            }
        });
        return new KeyedChanges<>(removed, added, changed);
    }

    /** For parts that are their key alone (a set of rows): nothing is ever changed, only removed or added. */
    public static <K> KeyedChanges<K, K> betweenSets(Collection<K> stored, Collection<K> wanted) {
        return between(byItself(stored), byItself(wanted));
    }

    public boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty() && changed.isEmpty();
    }

    private static <K> Map<K, K> byItself(Collection<K> keys) {
        return keys.stream()
                .collect(Collectors.toMap(Function.identity(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
