package dk.samspil.partnering.guide;

import dk.samspil.common.content.ContentResponses;
import dk.samspil.common.http.IfMatch;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/guide")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guide", description = "The partnership guide: chapters in order with their tools, and the checklist")
public class GuideResource {

    @Inject
    GuideService service;

    @GET
    @Operation(
            operationId = "getGuide",
            summary = "The guide's chapters, each with its tools, and the checklist",
            description =
                    "Public. The Byg partnerskaber guide in reading order: each chapter with its toolbox items, and the checklist partnerships tick off.")
    @APIResponse(
            responseCode = "200",
            description = "The guide",
            content = @Content(schema = @Schema(implementation = Guide.class)))
    public Guide guide() {
        return service.guide();
    }

    @GET
    @Path("/chapters/by-slug/{slug}")
    @Operation(
            operationId = "getGuideChapterBySlug",
            summary = "A chapter to read",
            description =
                    "Public; the slug is the one in the web app's address (/guide/{slug}). The answer carries an ETag.")
    @APIResponse(responseCode = "200", description = "The chapter")
    public RestResponse<Chapter> bySlug(@PathParam("slug") String slug, @Context Request request) {
        return ContentResponses.ok(request, service.bySlug(slug));
    }

    @GET
    @Path("/chapters/{id}")
    @Operation(
            operationId = "getGuideChapter",
            summary = "Get one chapter",
            description = "Public. The answer carries an ETag; a matching If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The chapter")
    public RestResponse<Chapter> get(@PathParam("id") long id, @Context Request request) {
        return ContentResponses.ok(request, service.get(id));
    }

    @POST
    @Path("/chapters")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createGuideChapter", summary = "Add a chapter", description = "Coordinators.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Chapter.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<Chapter> create(@Valid @NotNull GuideChapterInput input, @Context UriInfo uri) {
        return ContentResponses.created(uri, service.create(input));
    }

    @PUT
    @Path("/chapters/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateGuideChapter",
            summary = "Replace a chapter",
            description = "Coordinators. Requires If-Match.")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<Chapter> update(
            @PathParam("id") long id, @BeanParam IfMatch ifMatch, @Valid @NotNull GuideChapterInput input) {
        return ContentResponses.updated(service.update(id, ifMatch.value(), input));
    }

    @DELETE
    @Path("/chapters/{id}")
    @Operation(
            operationId = "deleteGuideChapter",
            summary = "Delete a chapter",
            description = "Coordinators. Requires If-Match. Refused with 409 while toolbox items belong to it.")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Produces(MediaType.WILDCARD)
    public void delete(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.value());
    }
}
