package dk.samspil.common.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds the responses that follow from an operation's shape or from the common layers, so that a
 * resource declares only what is particular to it (200/201/204, 409, a 403 or 404 of its own):
 * 400 with query parameters or a body, 404 with path parameters, 304 where a GET sends an ETag,
 * 412 and 428 with If-Match, 401 everywhere (a bad bearer token), 403 on writes (CSRF, origin),
 * 413 and 415 with a body, 429 everywhere (every call counts against a rate limit), 500 everywhere, 503
 * everywhere (the database unreachable, or too many reads in flight).
 *
 * <p>It also completes the success response from the fixed HTTP semantics, filling in only what a
 * resource left out: "Created" and Location on a POST 201, "Updated" on a PUT 200, "Deleted" on a
 * DELETE 204 (in place of SmallRye's "OK" and "No Content"), and the ETag header on a 2xx JSON body
 * whose schema has a {@code version}. An operation whose versioned body carries no ETag says so with
 * the extension {@value #NO_ETAG}, which is removed here. A page of a list links to the other pages
 * (Link), and every answer says where the caller stands in its rate limit (RateLimit, RateLimit-Policy).
 *
 * <p>Last, it gives each operation its security where the resource declared none (see {@link AccessRules}).
 */
public class CrossCuttingResponses implements OASFilter {

    /** Operation extension: the body has a version, but the response sends no ETag. */
    public static final String NO_ETAG = "x-no-etag";

    private static final String HEADERS = "#/components/headers/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        CrudDocs.complete(openAPI);
        if (openAPI.getComponents() != null && openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(CrossCuttingResponses::addRateLimitHeaders);
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.getOperations().entrySet()) {
                Operation op = entry.getValue();
                AccessRules.complete(entry.getKey(), op);
                completeSuccess(openAPI, entry.getKey(), op);
                boolean read = entry.getKey() == PathItem.HttpMethod.GET || entry.getKey() == PathItem.HttpMethod.HEAD;
                List<Parameter> parameters = op.getParameters() == null ? List.of() : op.getParameters();
                parameters.forEach(ParameterLimits::complete);
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
                if (!read) {
                    add(op, "403", "Forbidden");
                }
                add(op, "429", "TooManyRequests");
                if (op.getRequestBody() != null) {
                    add(op, "413", "PayloadTooLarge");
                    add(op, "415", "UnsupportedMediaType");
                }
                add(op, "500", "InternalError");
                add(op, "503", "ServiceUnavailable");
            }
        }
    }

    private static void completeSuccess(OpenAPI openAPI, PathItem.HttpMethod method, Operation op) {
        if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
            return;
        }
        // SmallRye puts a method's @Extension on the operation's responses (and each response)
        boolean etag = !hasExtension(op.getExtensions())
                && !hasExtension(op.getResponses().getExtensions());
        op.removeExtension(NO_ETAG);
        op.getResponses().removeExtension(NO_ETAG);
        for (Map.Entry<String, APIResponse> entry :
                new LinkedHashMap<>(op.getResponses().getAPIResponses()).entrySet()) {
            String status = entry.getKey();
            APIResponse response = entry.getValue();
            if (response.getRef() == null && status.startsWith("4")) {
                addRateLimitHeaders(response);
            }
            if (response.getRef() != null || !status.startsWith("2")) {
                continue;
            }
            response.removeExtension(NO_ETAG);
            String description = response.getDescription();
            Map<String, Header> headers = new LinkedHashMap<>();
            if (response.getHeaders() != null) {
                headers.putAll(response.getHeaders());
            }
            if (method == PathItem.HttpMethod.POST && status.equals("201")) {
                description = described(description, null, "Created");
                headers.putIfAbsent("Location", reference("Location"));
            } else if (method == PathItem.HttpMethod.PUT && status.equals("200")) {
                description = described(description, "OK", "Updated");
            } else if (method == PathItem.HttpMethod.DELETE && status.equals("204")) {
                description = described(description, "No Content", "Deleted");
            }
            if (etag && versioned(openAPI, response)) {
                headers.putIfAbsent("ETag", reference("ETag"));
            }
            if (paged(openAPI, response)) {
                headers.putIfAbsent("Link", reference("Link"));
            }
            headers.putIfAbsent("RateLimit", reference("RateLimit"));
            headers.putIfAbsent("RateLimit-Policy", reference("RateLimitPolicy"));
            if (Objects.equals(description, response.getDescription())
                    && headers.equals(response.getHeaders() == null ? Map.of() : response.getHeaders())) {
                continue;
            }
            // rebuilt rather than changed in place, so that the contract lists its parts in the usual order
            op.getResponses()
                    .addAPIResponse(
                            status,
                            OASFactory.createAPIResponse()
                                    .description(description)
                                    .headers(headers.isEmpty() ? null : headers)
                                    .content(response.getContent())
                                    .links(response.getLinks())
                                    .extensions(response.getExtensions()));
        }
    }

    /** Every answer to a counted call says where the caller stands (see RateLimiter). */
    private static void addRateLimitHeaders(APIResponse response) {
        if (response.getRef() == null) {
            response.addHeader("RateLimit", reference("RateLimit"));
            response.addHeader("RateLimit-Policy", reference("RateLimitPolicy"));
        }
    }

    private static boolean hasExtension(Map<String, Object> extensions) {
        return extensions != null && extensions.containsKey(NO_ETAG);
    }

    /** The description the resource gave, or the standard one when it gave none (or SmallRye's default). */
    private static String described(String current, String generated, String standard) {
        return current == null || current.isBlank() || current.equals(generated) ? standard : current;
    }

    private static Header reference(String name) {
        return OASFactory.createHeader().ref(HEADERS + name);
    }

    private static boolean versioned(OpenAPI openAPI, APIResponse response) {
        return hasProperty(openAPI, response, "version");
    }

    /** A page of a list (see PageLinks): it links to the other pages. */
    private static boolean paged(OpenAPI openAPI, APIResponse response) {
        return hasProperty(openAPI, response, "totalPages");
    }

    private static boolean hasProperty(OpenAPI openAPI, APIResponse response, String property) {
        if (response.getContent() == null || openAPI.getComponents() == null) {
            return false;
        }
        MediaType json = response.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        Schema schema = json == null ? null : json.getSchema();
        if (schema == null || schema.getRef() == null || openAPI.getComponents().getSchemas() == null) {
            return false;
        }
        Schema target = openAPI.getComponents()
                .getSchemas()
                .get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        return target != null
                && target.getProperties() != null
                && target.getProperties().containsKey(property);
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
