package dk.samspil.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

import java.util.Map;

/**
 * Adds the responses that any operation can give because of the common layers, so that no resource
 * has to repeat them: 401 (a bad bearer token or an expired session), 403 on writes (CSRF, origin),
 * 413 and 415 with a body, 429 on reads (rate limit) and 500.
 */
public class CrossCuttingResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation op = entry.getValue();
                boolean read = entry.getKey() == PathItem.HttpMethod.GET || entry.getKey() == PathItem.HttpMethod.HEAD;
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

    private static void add(Operation op, String status, String component) {
        if (op.getResponses() != null && !op.getResponses().hasAPIResponse(status)) {
            op.getResponses().addAPIResponse(status,
                    OASFactory.createAPIResponse().ref("#/components/responses/" + component));
        }
    }
}
