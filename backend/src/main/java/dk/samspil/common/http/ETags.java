package dk.samspil.common.http;

import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Strong ETags derived from a row's version column, and the If-Match rules for PUT and DELETE:
 * missing -> 428, stale -> 412, so that nobody overwrites a change they have not seen.
 */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag("v" + version);
    }

    /** 200 with the body and its ETag, or 304 when the client's If-None-Match is current. */
    public static Response ok(Request request, Object body, long version) {
        EntityTag etag = of(version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        return notModified != null
                ? notModified.build()
                : Response.ok(body).tag(etag).build();
    }

    /** 200 after an update: the new state and its new ETag. */
    public static Response updated(Object body, long version) {
        return Response.ok(body).tag(of(version)).build();
    }

    /** 201 with Location (the collection's URL + id), ETag and the body. */
    public static Response created(UriInfo uri, long id, long version, Object body) {
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
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
