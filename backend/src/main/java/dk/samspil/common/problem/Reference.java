package dk.samspil.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rows of another kind that still point at a resource someone tried to delete. */
public record Reference(
        @Schema(required = true, description = "What refers to it", example = "participation")
        String entity,

        @Schema(required = true, description = "How many of them")
        long count) {}
