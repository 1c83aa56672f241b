package dk.samspil.common.paging;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Web links (RFC 8288) for every page of a list: first, prev, next and last, each the request's own URL
 * with its filters and sort and another page number, so a client can walk a collection without building
 * URLs. The body's envelope says the same in numbers.
 */
public class PageLinks {

    @ServerResponseFilter
    public void addLinks(UriInfo uri, ContainerResponseContext response) {
        if (response.getStatus() == 200 && response.getEntity() instanceof Paged page) {
            response.getHeaders().addAll(HttpHeaders.LINK, links(uri.getRequestUriBuilder(), page));
        }
    }

    static Object[] links(UriBuilder request, Paged page) {
        int last = Math.max(1, page.totalPages());
        List<Object> links = new ArrayList<>();
        links.add(link(request, page, 1, "first"));
        if (page.page() > 1) {
            links.add(link(request, page, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last) {
            links.add(link(request, page, page.page() + 1, "next"));
        }
        links.add(link(request, page, last, "last"));
        return links.toArray();
    }

    private static String link(UriBuilder request, Paged page, int number, String rel) {
        return Link.fromUri(request.clone()
                        .replaceQueryParam("page", number)
                        .replaceQueryParam("size", page.size())
                        .build())
                .rel(rel)
                .build()
                .toString();
    }
}
