package dk.samspil.directory.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact as other resources show it; email and phone only when the caller may see them. */
@Schema(description = "A contact person as other resources refer to it")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactRef(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        String title,
        String email,
        String phone) {}
