package dk.samspil.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one error shape of the API: RFC 9457 problem details, sent as application/problem+json.
 * {@code errors} lists invalid fields (validation), {@code references} what blocks a delete,
 * {@code correlationId} ties a 500 to the server log.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(
                required = true,
                description = "Problem type, a URI reference; see docs/api.md",
                example = "/problems/validation")
        String type,

        @Schema(required = true, description = "Short summary in the client's language")
        String title,

        @Schema(required = true) int status,

        @Schema(description = "What went wrong in this occurrence")
        String detail,

        @Schema(description = "The request path") String instance,

        @Schema(description = "Quote it when reporting an unexpected error (status 500)")
        String correlationId,

        @Schema(description = "Invalid fields (validation problems)")
        List<FieldError> errors,

        @Schema(description = "What still refers to the resource (delete refused with 409)")
        List<Reference> references) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
