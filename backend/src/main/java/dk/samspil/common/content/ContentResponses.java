package dk.samspil.common.content;

import dk.samspil.common.http.ETags;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The responses of a content type's resource, with the ETag taken from the view itself. */
public final class ContentResponses {

    private ContentResponses() {}

    /** 200 with the ETag, or 304 when the client's copy is current. */
    public static Response ok(Request request, ContentView view) {
        return ETags.ok(request, view, view.version());
    }

    /** 201 with Location (the collection's URL + id) and ETag. */
    public static Response created(UriInfo uri, ContentView view) {
        return ETags.created(uri, view.id(), view.version(), view);
    }

    /** 200 with the new state and its new ETag. */
    public static Response updated(ContentView view) {
        return ETags.updated(view, view.version());
    }
}
