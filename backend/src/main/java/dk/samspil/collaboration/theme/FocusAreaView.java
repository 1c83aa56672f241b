package dk.samspil.collaboration.theme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FocusArea", description = "One of the six focus areas of the collaboration")
public record FocusAreaView(
        @Schema(required = true, example = "DEBATE") String code,
        @Schema(required = true, example = "Debat") String nameDa,
        @Schema(required = true, example = "Debate") String nameEn) {}
