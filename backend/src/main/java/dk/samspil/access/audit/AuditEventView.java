package dk.samspil.access.audit;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One change in the audit trail")
public record AuditEventView(
        @Schema(required = true) long id,
        @Schema(required = true) Instant occurredAt,

        @Schema(
                required = true,
                enumeration = {"USER", "TOKEN", "SYSTEM"})
        String actorType,

        @Schema(nullable = true, description = "The user's or the token's id")
        Long actorId,

        @Schema(required = true) String actorName,
        @Schema(required = true, example = "library") String entityType,
        @Schema(required = true) long entityId,

        @Schema(required = true, description = "The kind of item in words, e.g. Tilmelding", example = "Bibliotek")
        String entityLabel,

        @Schema(
                nullable = true,
                description = "The item's name as it is now (as it was, once deleted), e.g. \"Tema 14: Vores natur\"",
                example = "Aalborg Bibliotekerne")
        String entityName,

        @Schema(
                required = true,
                enumeration = {"CREATE", "UPDATE", "DELETE"})
        String action,

        @Schema(required = true, description = "Changed fields: old and new value, and both in words")
        Map<String, AuditChange> changes) {}
