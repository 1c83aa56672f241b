package dk.samspil.common.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A field's value before and after a change, as text (null when it had none). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FieldChange(
        @JsonProperty("old") String oldValue,

        @JsonProperty("new") String newValue) {}
