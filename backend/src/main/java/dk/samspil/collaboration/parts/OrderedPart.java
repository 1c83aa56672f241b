package dk.samspil.collaboration.parts;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A part that holds a place in its record's order (a theme's materials, a meeting's ideas): a row of its own,
 * whose content is what an input gives for it.
 *
 * @param <T> the content, as a record that compares by value (the normalised input)
 */
public interface OrderedPart<T> {

    T content();

    int position();

    /** Takes the content and the place. */
    void place(T content, int position);

    /** Stores a new part (an entity's own persist). */
    void persist();

    /**
     * Makes the stored parts, in their order, hold the wanted contents: the part at each place takes the
     * content wanted there when it holds another, wanted contents beyond the stored parts become new parts,
     * and stored parts beyond the wanted go. Only what differs is written.
     *
     * @param create a new, empty part of the record
     * @param remove deletes the given parts (at once)
     * @return whether anything changed
     */
    static <P extends OrderedPart<T>, T> boolean arrange(
            List<P> stored, List<T> wanted, Supplier<P> create, Consumer<List<P>> remove) {
        boolean changed = false;
        for (int i = 0; i < wanted.size(); i++) {
            T content = wanted.get(i);
            if (i >= stored.size()) {
                P part = create.get();
                part.place(content, i);
                part.persist();
                changed = true;
            } else if (stored.get(i).position() != i || !stored.get(i).content().equals(content)) {
                stored.get(i).place(content, i);
                changed = true;
            }
        }
        if (stored.size() > wanted.size()) {
            remove.accept(stored.subList(wanted.size(), stored.size()));
            changed = true;
        }
        return changed;
    }
}
