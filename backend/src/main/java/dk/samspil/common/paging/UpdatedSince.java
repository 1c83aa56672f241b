package dk.samspil.common.paging;

import dk.samspil.common.http.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The updatedSince query parameter of the lists whose items have an updatedAt: what changed at or after a
 * time, for a client that resyncs (after a 410 from the change feed) or polls without the feed. The
 * service applies it with {@link Filters#updatedSince}.
 */
public class UpdatedSince {

    public static final String NAME = "updatedSince";

    @QueryParam(NAME)
    @Parameter(
            description = "Only items changed at or after this time (ISO 8601 with an offset, e.g."
                    + " 2026-05-01T00:00:00Z)",
            schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40))
    String text;

    /** The time asked for, or null; a 400 naming the parameter when it is not a time. */
    public Instant value() {
        return QueryParams.optionalInstant(NAME, text);
    }
}
