package dk.samspil.collaboration.activity;

import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.PageParams;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/participations/{id}/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
public class ParticipationActivityResource {

    @Inject
    ActivityService service;

    @GET
    @Operation(
            operationId = "listParticipationActivities",
            summary = "The activities of one sign-up",
            description = "Sort by startsAt (default), title, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of activities")
    public ActivityPage list(@PathParam("id") long participationId, @BeanParam PageParams page) {
        service.requireParticipation(participationId);
        return service.list(participationId, null, null, null, null, null, null, page.toRequest(ActivityService.SORT));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createActivity",
            summary = "Add an activity to a sign-up",
            description = "The library's editors and coordinators; not for a withdrawn sign-up (409).")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ActivityView> create(
            @PathParam("id") long participationId, @Valid @NotNull ActivityInput input, @Context UriInfo uri) {
        ActivityView created = service.create(participationId, input);
        return ETags.createdIn(uri, "activities", created.id(), created.version(), created);
    }
}
