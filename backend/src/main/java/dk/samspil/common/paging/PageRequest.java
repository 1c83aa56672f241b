package dk.samspil.common.paging;

/** A validated page (1-based), size and ORDER BY clause. */
public record PageRequest(int page, int size, String orderBy) {

    /** Rows before this page; a long, as page 2147483647 of 100 lies beyond any int. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    public int totalPages(long totalItems) {
        return (int) ((totalItems + size - 1) / size);
    }
}
