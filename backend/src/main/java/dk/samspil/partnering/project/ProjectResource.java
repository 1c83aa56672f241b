package dk.samspil.partnering.project;

import dk.samspil.common.http.CrudOperations;
import dk.samspil.common.http.CrudResource;
import dk.samspil.common.http.VersionedResponses;
import dk.samspil.common.paging.UpdatedSince;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Development projects and their documents")
@CrudOperations(name = "Project", noun = "project", creators = "Coordinators.")
public class ProjectResource extends CrudResource<ProjectService, ProjectInput, ProjectView> {

    ProjectResource(ProjectService service) {
        super(service);
    }

    @GET
    @Operation(operationId = "listProjects", summary = "List projects", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The projects")
    public List<ProjectSummary> list(@BeanParam UpdatedSince updatedSince) {
        return service.list(updatedSince.value());
    }

    @GET
    @Path("/by-slug/{slug}")
    @Operation(
            operationId = "getProjectBySlug",
            summary = "Get a project by its slug",
            description =
                    "Public; the slug is the one in the web app's address (/projekter/{slug}). The answer carries an ETag.")
    @APIResponse(responseCode = "200", description = "The project")
    public RestResponse<ProjectView> bySlug(@PathParam("slug") String slug, @Context Request request) {
        return VersionedResponses.ok(request, service.bySlug(slug));
    }
}
