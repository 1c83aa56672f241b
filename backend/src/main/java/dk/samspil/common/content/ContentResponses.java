package dk.samspil.common.content;

import dk.samspil.common.http.ETags;
import dk.samspil.common.http.Versioned;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** The responses of a content type's resource, with the ETag taken from the view itself. */
public final class ContentResponses {

    private ContentResponses() {}

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
