package dk.samspil.integration.changes;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change in the feed. A deletion is a tombstone: the same fields, no version. */
@Schema(description = "One create, update or delete of a resource")
public record ChangeView(
        @Schema(required = true, implementation = ChangeTypeName.class)
        String type,

        @Schema(required = true, description = "The resource's id")
        long id,

        @Schema(
                required = true,
                type = SchemaType.STRING,
                enumeration = {"created", "updated", "deleted"})
        String action,

        @Schema(required = true, description = "When the change was made")
        Instant occurredAt,

        @Schema(
                nullable = true,
                description = "The resource's version after the change (its ETag is \"v<version>\"); null for a"
                        + " deletion and for files")
        Long version,

        @Schema(required = true, description = "The API path that reads the resource (gone after a deletion)")
        String href) {}
