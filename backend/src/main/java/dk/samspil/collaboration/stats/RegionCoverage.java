package dk.samspil.collaboration.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.directory.reference.RegionRef;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Per region: the municipalities whose library takes part in a theme, of all municipalities")
public record RegionCoverage(
        @Schema(required = true) ThemeRef theme,
        @Schema(required = true) List<Row> regions,
        @Schema(required = true) Row total) {

    @Schema(description = "One region's coverage (or the whole country's, without region)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(
            @Schema(description = "Omitted for the total") RegionRef region,
            @Schema(required = true) long municipalities,

            @Schema(required = true, description = "Municipalities with a participating library")
            long participating,

            @Schema(required = true, description = "Participating libraries (a municipality may have more)")
            long libraries,

            @Schema(required = true, description = "participating / municipalities, 0..1")
            double share) {}
}
