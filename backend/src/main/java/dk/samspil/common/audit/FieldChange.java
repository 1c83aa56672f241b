package dk.samspil.common.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A field's value before and after a change, as text (null when it had none). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "A field's value before and after, as text")
public record FieldChange(
        @JsonProperty("old") @Schema(name = "old", nullable = true)
        String oldValue,

        @JsonProperty("new") @Schema(name = "new", nullable = true)
        String newValue) {}
