package dk.samspil.directory.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality as other resources refer to it. */
public record MunicipalityRef(
        @Schema(required = true, example = "851") int code,
        @Schema(required = true, example = "Aalborg") String name) {}
