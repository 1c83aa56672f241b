package dk.samspil.common.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Adds the responses that follow from an operation's shape or from the common layers, so that a
 * resource declares only what is particular to it (200/201/204, 409, a 403 or 404 of its own):
 * 400 with query parameters or a body, 404 with path parameters, 304 where a GET sends an ETag,
 * 412 and 428 with If-Match, 401 everywhere (a bad bearer token), 403 on writes (CSRF, origin),
 * 413 and 415 with a body, 429 on reads (rate limit), 500 everywhere.
 */
public class CrossCuttingResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.getOperations().entrySet()) {
                Operation op = entry.getValue();
                boolean read = entry.getKey() == PathItem.HttpMethod.GET || entry.getKey() == PathItem.HttpMethod.HEAD;
                List<Parameter> parameters = op.getParameters() == null ? List.of() : op.getParameters();
                if (op.getRequestBody() != null || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
                    add(op, "400", "BadRequest");
                }
                if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
                    add(op, "404", "NotFound");
                }
                if (read && sendsETag(op)) {
                    add(op, "304", "NotModified");
                }
                if (parameters.stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equals(p.getName()))) {
                    add(op, "412", "PreconditionFailed");
                    add(op, "428", "PreconditionRequired");
                }
                add(op, "401", "Unauthorized");
                if (read) {
                    add(op, "429", "TooManyRequests");
                } else {
                    add(op, "403", "Forbidden");
                }
                if (op.getRequestBody() != null) {
                    add(op, "413", "PayloadTooLarge");
                    add(op, "415", "UnsupportedMediaType");
                }
                add(op, "500", "InternalError");
            }
        }
    }

    private static boolean sendsETag(Operation op) {
        var ok = op.getResponses() == null ? null : op.getResponses().getAPIResponse("200");
        return ok != null && ok.getHeaders() != null && ok.getHeaders().containsKey("ETag");
    }

    private static void add(Operation op, String status, String component) {
        if (op.getResponses() != null && !op.getResponses().hasAPIResponse(status)) {
            op.getResponses()
                    .addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + component));
        }
    }
}
