package dk.samspil.collaboration.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only the rows that differ are named: the removed, the added and those whose value changed. */
class KeyedChangesTest {

    @Test
    void namesTheRemovedTheAddedAndTheChangedOnly() {
        Map<Long, String> stored = new LinkedHashMap<>();
        stored.put(1L, "Mediepartner");
        stored.put(2L, "Faglig partner");
        stored.put(3L, "Sponsor");
        Map<Long, String> wanted = new LinkedHashMap<>();
        wanted.put(4L, "Ny partner");
        wanted.put(2L, "Faglig partner");
        wanted.put(3L, "Hovedsponsor");
        wanted.put(5L, "Endnu en");

        KeyedChanges<Long, String> changes = KeyedChanges.between(stored, wanted);

        assertEquals(List.of(1L), changes.removed());
        assertEquals(List.of(4L, 5L), List.copyOf(changes.added().keySet()), "in the wanted order");
        assertEquals(Map.of(3L, "Hovedsponsor"), changes.changed());
    }

    @Test
    void setsOnlyGainAndLoseKeys() {
        KeyedChanges<String, String> changes =
                KeyedChanges.betweenSets(List.of("DEBATE", "LITERATURE"), List.of("LITERATURE", "PARTNERS"));
        assertEquals(List.of("DEBATE"), changes.removed());
        assertEquals(List.of("PARTNERS"), List.copyOf(changes.added().keySet()));
        assertTrue(changes.changed().isEmpty());
        assertTrue(KeyedChanges.betweenSets(List.of(1, 2), List.of(2, 1)).isEmpty(), "the order of a set is no change");
    }
}
