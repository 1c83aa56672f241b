package dk.samspil.collaboration.networkmeeting;

import dk.samspil.common.http.ETags;
import dk.samspil.common.http.IfMatch;
import dk.samspil.common.http.QueryParams;
import dk.samspil.common.openapi.CrossCuttingResponses;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/network-meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network meetings", description = "The libraries' meetings, twice a year: agenda, minutes, ideas")
public class NetworkMeetingResource {

    @Inject
    NetworkMeetingService service;

    @GET
    @Operation(
            operationId = "listNetworkMeetings",
            summary = "List network meetings",
            description = "Filter by year, upcoming (not ended yet) or past, and attending library. Sort by startsAt"
                    + " (default -startsAt: newest first), title, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of meetings")
    public NetworkMeetingPage list(
            @BeanParam PageParams page,
            @BeanParam UpdatedSince updatedSince,
            @QueryParam("year")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "2000",
                                            maximum = "2100"))
                    String year,
            @QueryParam("upcoming") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String upcoming,
            @QueryParam("libraryId")
                    @Parameter(
                            description = "Meetings this library attends",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String libraryId) {
        return service.list(
                QueryParams.optionalInt("year", year, 2000, 2100),
                QueryParams.optionalBoolean("upcoming", upcoming),
                QueryParams.optionalId("libraryId", libraryId),
                updatedSince.value(),
                page.toRequest(NetworkMeetingService.SORT));
    }

    @GET
    @Path("/next")
    @Operation(
            operationId = "getNextNetworkMeeting",
            summary = "The next network meeting that has not ended",
            description = "Public. 404 when none is planned.")
    @APIResponse(responseCode = "200", description = "The meeting")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @Extension(name = CrossCuttingResponses.NO_ETAG, value = "true")
    public NetworkMeetingView next() {
        return service.next().orElseThrow(() -> ApiException.notFound("problem.not-found.detail.no-next-meeting"));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getNetworkMeeting",
            summary = "Get one network meeting",
            description = "Public. The answer carries an ETag; a matching If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The meeting")
    public RestResponse<NetworkMeetingView> get(@PathParam("id") long id, @Context Request request) {
        NetworkMeetingView meeting =
                service.get(id).orElseThrow(() -> ApiException.notFound("problem.not-found.detail.meeting", id));
        return ETags.ok(request, meeting, meeting.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createNetworkMeeting", summary = "Plan a network meeting", description = "Coordinators.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = NetworkMeetingView.class)))
    public RestResponse<NetworkMeetingView> create(@Valid @NotNull NetworkMeetingInput input, @Context UriInfo uri) {
        NetworkMeetingView created = service.create(input);
        return ETags.created(uri, created.id(), created.version(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateNetworkMeeting",
            summary = "Replace a network meeting: agenda, attendees, minutes, ideas",
            description = "Coordinators. Requires If-Match.")
    public RestResponse<NetworkMeetingView> update(
            @PathParam("id") long id, @BeanParam IfMatch ifMatch, @Valid @NotNull NetworkMeetingInput input) {
        NetworkMeetingView updated = service.update(id, ifMatch.value(), input);
        return ETags.updated(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteNetworkMeeting",
            summary = "Delete a network meeting",
            description = "Coordinators. Requires If-Match.")
    @Produces(MediaType.WILDCARD)
    public void delete(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.value());
    }
}
