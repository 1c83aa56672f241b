package dk.samspil.directory.library;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The libraries in figures: how many, how many are central libraries, in how many regions")
public record LibraryCounts(
        @Schema(required = true, description = "Every library in the directory")
        long libraries,

        @Schema(required = true, description = "The central libraries among them")
        long centralLibraries,

        @Schema(required = true, description = "The regions of Denmark")
        long regions) {}
