package dk.samspil.directory.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner as other resources refer to it. */
public record PartnerRef(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        @Schema(required = true) PartnerType type,
        @Schema(required = true) boolean national) {}
