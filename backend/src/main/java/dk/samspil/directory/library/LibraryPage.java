package dk.samspil.directory.library;

import dk.samspil.common.paging.Paged;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of libraries, in the collection envelope every list uses. */
@Schema(description = "A page of libraries")
public record LibraryPage(
        @Schema(required = true) List<LibrarySummary> items,

        @Schema(required = true, description = "This page's number, from 1")
        int page,

        @Schema(required = true, description = "Items per page")
        int size,

        @Schema(required = true, description = "Items matching the filters, on all pages")
        long totalItems,

        @Schema(required = true) int totalPages)
        implements Paged {}
