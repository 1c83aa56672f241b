package dk.samspil.partnering.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A page of partnerships")
public record PartnershipPage(@Schema(required = true) List<PartnershipSummary> items,
                              @Schema(required = true) int page, @Schema(required = true) int size,
                              @Schema(required = true) long totalItems, @Schema(required = true) int totalPages) {
}
