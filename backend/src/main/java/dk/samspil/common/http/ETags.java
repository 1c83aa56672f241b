package dk.samspil.common.http;

import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Strong ETags derived from a row's version column, and the If-Match rules for PUT and DELETE:
 * missing -> 428, stale -> 412, so that nobody overwrites a change they have not seen.
 *
 * <p>The responses are typed ({@code RestResponse<T>}) so that the OpenAPI schema of a resource method
 * follows from its return type instead of being declared next to it.
 */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag("v" + version);
    }

    /** 200 with the body and its ETag, or 304 when the client's If-None-Match is current. */
    public static <T> RestResponse<T> ok(Request request, T body, long version) {
        EntityTag etag = of(version);
        Response.ResponseBuilder precondition = request.evaluatePreconditions(etag);
        if (precondition == null) {
            return RestResponse.ResponseBuilder.ok(body).tag(etag).build();
        }
        // the JAX-RS answer (304 with its ETag, or 412), kept as it is
        Response answer = precondition.build();
        RestResponse.ResponseBuilder<T> typed = RestResponse.ResponseBuilder.<T>create(answer.getStatusInfo());
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> typed.header(name, value)));
        return typed.build();
    }

    /** 200 after an update: the new state and its new ETag. */
    public static <T> RestResponse<T> updated(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(of(version)).build();
    }

    /** 201 with Location (the collection's URL + id), ETag and the body. */
    public static <T> RestResponse<T> created(UriInfo uri, long id, long version, T body) {
        return created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build(), version, body);
    }

    /**
     * 201 for a resource created under another one (POST /parents/{id}/children): Location names it in
     * its own top-level collection, {@code /api/<collection>/<id>}.
     */
    public static <T> RestResponse<T> createdIn(UriInfo uri, String collection, long id, long version, T body) {
        URI location = UriBuilder.fromUri(uri.getBaseUri())
                .path(collection)
                .path(String.valueOf(id))
                .build();
        return created(location, version, body);
    }

    private static <T> RestResponse<T> created(URI location, long version, T body) {
        return RestResponse.ResponseBuilder.<T>created(location)
                .tag(of(version))
                .entity(body)
                .build();
    }

    /** Throws unless {@code ifMatch} names the current version (or is "*"). */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED, "problem.precondition-required.detail");
        }
        String current = "\"" + of(currentVersion).getValue() + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new ApiException(ProblemType.PRECONDITION_FAILED, "problem.precondition-failed.detail");
    }
}
