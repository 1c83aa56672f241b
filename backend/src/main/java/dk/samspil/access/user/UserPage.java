package dk.samspil.access.user;

import dk.samspil.common.paging.Paged;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of users")
public record UserPage(
        @Schema(required = true) List<UserSummary> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages)
        implements Paged {}
