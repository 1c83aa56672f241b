package dk.samspil.common.paging;

/** A validated page (1-based), size and ORDER BY clause. */
public record PageRequest(int page, int size, String orderBy) {

    public int offset() {
        return (page - 1) * size;
    }

    public int totalPages(long totalItems) {
        return (int) ((totalItems + size - 1) / size);
    }
}
