package dk.samspil.common.paging;

/** A page of a collection, as every list answers: which page, its size, and how many pages there are. */
public interface Paged {
    int page();

    int size();

    int totalPages();
}
