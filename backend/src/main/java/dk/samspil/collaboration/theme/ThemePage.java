package dk.samspil.collaboration.theme;

import dk.samspil.common.paging.Paged;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of themes")
public record ThemePage(
        @Schema(required = true) List<ThemeSummary> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages)
        implements Paged {}
