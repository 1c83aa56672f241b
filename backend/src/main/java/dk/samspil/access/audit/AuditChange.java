package dk.samspil.access.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A changed field as recorded (old and new, as text) and as people say it, in the caller's language. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "FieldChange", description = "A field's value before and after, as text")
public record AuditChange(
        @JsonProperty("old") @Schema(name = "old", nullable = true, description = "As recorded")
        String oldValue,

        @JsonProperty("new") @Schema(name = "new", nullable = true, description = "As recorded")
        String newValue,

        @Schema(required = true, description = "The field's name as the forms say it, e.g. Værtsbibliotek")
        String label,

        @Schema(
                nullable = true,
                description = "The old value in words: names for ids, labels for codes, Ja/Nej for true/false")
        String oldText,

        @Schema(nullable = true, description = "The new value in words")
        String newText) {}
