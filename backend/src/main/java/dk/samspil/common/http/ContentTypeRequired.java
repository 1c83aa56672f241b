package dk.samspil.common.http;

import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An operation that reads a body only reads one that says what it is. Without a Content-Type the REST layer
 * would take the body for whatever the operation consumes; it is refused instead (415), as a body of another
 * type is, so that what reaches an operation is always what its contract names.
 */
public class ContentTypeRequired {

    @ServerRequestFilter(priority = Priorities.HEADER_DECORATOR)
    public void require(ContainerRequestContext request, ResourceInfo resource) {
        if (request.getMediaType() != null || resource.getResourceMethod() == null) {
            return;
        }
        Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        if (consumes != null) {
            throw new ApiException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "problem.unsupported-media-type.detail.missing",
                    String.join(", ", consumes.value()));
        }
    }
}
