package dk.samspil.collaboration.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The part at each place takes the content wanted there; only what differs is written. */
class OrderedPartTest {

    /** A part that remembers what was written to it. */
    static final class Part implements OrderedPart<String> {
        final String id;
        String content;
        int position;
        int writes;

        Part(String id, String content, int position) {
            this.id = id;
            this.content = content;
            this.position = position;
        }

        @Override
        public String content() {
            return content;
        }

        @Override
        public int position() {
            return position;
        }

        @Override
        public void place(String content, int position) {
            this.content = content;
            this.position = position;
            writes++;
        }

        @Override
        public void persist() {
            inserted.add(this);
        }

        static final List<Part> inserted = new ArrayList<>();
    }

    private final List<Part> removed = new ArrayList<>();

    private boolean arrange(List<Part> stored, List<String> wanted) {
        Part.inserted.clear();
        removed.clear();
        return OrderedPart.arrange(stored, wanted, () -> new Part("new", null, -1), removed::addAll);
    }

    @Test
    void theSameContentsInTheSameOrderWriteNothing() {
        List<Part> stored = List.of(new Part("a", "Idékatalog", 0), new Part("b", "Grafik", 1));
        assertFalse(arrange(stored, List.of("Idékatalog", "Grafik")));
        assertEquals(0, stored.get(0).writes + stored.get(1).writes);
        assertTrue(Part.inserted.isEmpty());
        assertTrue(removed.isEmpty());
    }

    @Test
    void aChangedContentIsWrittenInItsPlaceAndMoreAreAdded() {
        List<Part> stored = List.of(new Part("a", "Idékatalog", 0), new Part("b", "Grafik", 1));
        assertTrue(arrange(stored, List.of("Idékatalog", "Plakat", "Video")));
        assertEquals(0, stored.get(0).writes);
        assertEquals("Plakat", stored.get(1).content);
        assertEquals(1, Part.inserted.size());
        assertEquals("Video", Part.inserted.get(0).content);
        assertEquals(2, Part.inserted.get(0).position);
    }

    @Test
    void partsBeyondTheWantedGoAtOnce() {
        List<Part> stored =
                List.of(new Part("a", "Idékatalog", 0), new Part("b", "Grafik", 1), new Part("c", "Video", 2));
        assertTrue(arrange(stored, List.of("Idékatalog")));
        assertEquals(List.of("b", "c"), removed.stream().map(p -> p.id).toList());
    }

    @Test
    void aPartOutOfPlaceTakesItsPlace() {
        List<Part> stored = List.of(new Part("a", "Idékatalog", 0), new Part("b", "Grafik", 5));
        assertTrue(arrange(stored, List.of("Idékatalog", "Grafik")));
        assertEquals(1, stored.get(1).position);
    }
}
