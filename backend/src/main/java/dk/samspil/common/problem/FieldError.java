package dk.samspil.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input field and what is wrong with it, in the client's language. */
public record FieldError(
        @Schema(required = true, example = "postalCode") String field,
        @Schema(required = true) String message) {}
