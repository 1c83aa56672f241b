package dk.samspil.collaboration.activity;

import dk.samspil.collaboration.participation.Channel;
import dk.samspil.common.http.ETags;
import dk.samspil.common.http.IfMatch;
import dk.samspil.common.http.QueryParams;
import dk.samspil.common.paging.PageParams;
import dk.samspil.common.paging.UpdatedSince;
import dk.samspil.common.problem.ApiException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "What libraries do for the themes they take part in")
public class ActivityResource {

    @Inject
    ActivityService service;

    @GET
    @Operation(
            operationId = "listActivities",
            summary = "List activities",
            description = "Filter by theme, library, channel and a date range (from/to, inclusive, Danish time)."
                    + " Sort by startsAt (default), title, library, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of activities")
    public ActivityPage list(
            @BeanParam PageParams page,
            @BeanParam UpdatedSince updatedSince,
            @QueryParam("themeId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String themeId,
            @QueryParam("libraryId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String libraryId,
            @QueryParam("channel") @Parameter(schema = @Schema(implementation = Channel.class)) String channel,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        return service.list(
                null,
                QueryParams.optionalId("themeId", themeId),
                QueryParams.optionalId("libraryId", libraryId),
                QueryParams.optionalEnum("channel", channel, Channel.class),
                QueryParams.optionalDate("from", from),
                QueryParams.optionalDate("to", to),
                updatedSince.value(),
                page.toRequest(ActivityService.SORT));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getActivity",
            summary = "Get one activity",
            description = "Public. The answer carries an ETag; a matching If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The activity")
    public RestResponse<ActivityView> get(@PathParam("id") long id, @Context Request request) {
        ActivityView activity =
                service.get(id).orElseThrow(() -> ApiException.notFound("problem.not-found.detail.activity", id));
        return ETags.ok(request, activity, activity.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateActivity",
            summary = "Replace an activity, or report its attendance and reach",
            description = "The library's editors and coordinators. Attendance and reach only once the activity has"
                    + " started. Requires If-Match.")
    public RestResponse<ActivityView> update(
            @PathParam("id") long id, @BeanParam IfMatch ifMatch, @Valid @NotNull ActivityInput input) {
        ActivityView updated = service.update(id, ifMatch.value(), input);
        return ETags.updated(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteActivity",
            summary = "Delete an activity",
            description = "The library's editors and coordinators. Requires If-Match.")
    @Produces(MediaType.WILDCARD)
    public void delete(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.value());
    }
}
