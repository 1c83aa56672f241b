package dk.samspil.collaboration.theme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A theme as sign-ups, activities, partnerships and others refer to it. */
@Schema(description = "A theme as a sign-up refers to it")
public record ThemeRef(
        @Schema(required = true) long id,
        @Schema(required = true) int number,
        @Schema(required = true) String title,
        @Schema(required = true) String slug) {}
