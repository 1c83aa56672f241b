package dk.samspil.common.http;

import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** The answers about one record that can be changed, with the ETag taken from the record itself. */
public final class VersionedResponses {

    private VersionedResponses() {}

    /** 200 with the ETag, or 304 when the client's copy is current. */
    public static <V extends Versioned> RestResponse<V> ok(Request request, V view) {
        return ETags.ok(request, view, view.version());
    }

    /** 201 with Location (the collection's URL + id) and ETag. */
    public static <V extends Versioned> RestResponse<V> created(UriInfo uri, V view) {
        return ETags.created(uri, view.id(), view.version(), view);
    }

    /** 200 with the new state and its new ETag. */
    public static <V extends Versioned> RestResponse<V> updated(V view) {
        return ETags.updated(view, view.version());
    }
}
