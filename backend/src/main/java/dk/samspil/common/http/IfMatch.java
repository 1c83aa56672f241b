package dk.samspil.common.http;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The If-Match header every update and delete requires, declared once: a resource method takes
 * {@code @BeanParam IfMatch ifMatch} and hands {@link #value()} to its service, which checks it against
 * the record's version ({@link ETags#requireMatch}: 428 when missing, 412 when stale).
 */
public class IfMatch {

    @HeaderParam(HttpHeaders.IF_MATCH)
    @Parameter(required = true, description = "The ETag from the last GET")
    String value;

    public String value() {
        return value;
    }
}
