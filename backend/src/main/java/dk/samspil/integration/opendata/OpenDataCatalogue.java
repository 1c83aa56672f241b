package dk.samspil.integration.opendata;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The public datasets, each as JSON and as CSV, under one licence")
public record OpenDataCatalogue(
        @Schema(required = true) String title,
        @Schema(required = true) String publisher,
        @Schema(required = true) Licence licence,
        @Schema(required = true) List<Dataset> datasets) {

    @Schema(name = "OpenDataLicence", description = "The licence of all the data: use it, say where it comes from")
    public record Licence(
            @Schema(required = true, example = "CC BY 4.0") String name,
            @Schema(required = true) String url) {}

    @Schema(
            name = "OpenDataEntry",
            description = "One dataset: what it holds, when it last changed, and where to get it")
    public record Dataset(
            @Schema(required = true) OpenDataset id,
            @Schema(required = true) String titleDa,
            @Schema(required = true) String titleEn,
            @Schema(required = true) String descriptionDa,
            @Schema(required = true) String descriptionEn,

            @Schema(required = true, description = "The newest change to what it holds (to the second)")
            Instant lastModified,

            @Schema(required = true, description = "How many rows it has")
            long items,

            @Schema(required = true) List<Distribution> distributions) {}

    @Schema(name = "OpenDataDistribution", description = "A download of a dataset in one format")
    public record Distribution(
            @Schema(required = true, example = "text/csv") String mediaType,
            @Schema(required = true) String url) {}
}
