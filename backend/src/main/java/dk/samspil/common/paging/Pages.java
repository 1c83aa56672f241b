package dk.samspil.common.paging;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * One page of a collection in its envelope: every list answers with the same five fields, so a service
 * names its query and its page record once instead of assembling the envelope by hand.
 */
public final class Pages {

    private Pages() {}

    /** A collection's page record, by its canonical constructor, e.g. {@code LibraryPage::new}. */
    @FunctionalInterface
    public interface Envelope<P, T> {
        P of(List<T> items, int page, int size, long totalItems, int totalPages);
    }

    /** The items of one page, with the total they were cut from. */
    public static <P, T> P of(List<T> items, PageRequest page, long totalItems, Envelope<P, T> envelope) {
        return envelope.of(items, page.page(), page.size(), totalItems, page.totalPages(totalItems));
    }

    /** The count and then the page (JPQL, typed), with the same filters. */
    public static <P, T> P query(
            EntityManager em,
            Filters where,
            String countAndFrom,
            String selectAndFrom,
            PageRequest page,
            Class<T> type,
            Envelope<P, T> envelope) {
        long total = where.count(em, countAndFrom);
        return of(where.page(em, selectAndFrom, page, total, type), page, total, envelope);
    }
}
