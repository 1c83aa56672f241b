package dk.samspil.partnering.project;

import dk.samspil.common.content.ContentResponses;
import dk.samspil.common.http.IfMatch;
import dk.samspil.common.paging.UpdatedSince;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Development projects and their documents")
public class ProjectResource {

    @Inject
    ProjectService service;

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
        return ContentResponses.ok(request, service.bySlug(slug));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getProject",
            summary = "Get one project",
            description = "Public. The answer carries an ETag; a matching If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The project")
    public RestResponse<ProjectView> get(@PathParam("id") long id, @Context Request request) {
        return ContentResponses.ok(request, service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProject", summary = "Add a project", description = "Coordinators.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ProjectView> create(@Valid @NotNull ProjectInput input, @Context UriInfo uri) {
        return ContentResponses.created(uri, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateProject",
            summary = "Replace a project",
            description = "Coordinators. Requires If-Match.")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ProjectView> update(
            @PathParam("id") long id, @BeanParam IfMatch ifMatch, @Valid @NotNull ProjectInput input) {
        return ContentResponses.updated(service.update(id, ifMatch.value(), input));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteProject",
            summary = "Delete a project",
            description = "Coordinators. Requires If-Match.")
    @Produces(MediaType.WILDCARD)
    public void delete(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.value());
    }
}
