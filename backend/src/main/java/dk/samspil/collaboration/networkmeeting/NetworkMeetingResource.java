package dk.samspil.collaboration.networkmeeting;

import dk.samspil.common.http.CrudOperations;
import dk.samspil.common.http.CrudResource;
import dk.samspil.common.http.QueryParams;
import dk.samspil.common.openapi.CrossCuttingResponses;
import dk.samspil.common.paging.PageParams;
import dk.samspil.common.paging.UpdatedSince;
import dk.samspil.common.problem.ApiException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/network-meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network meetings", description = "The libraries' meetings, twice a year: agenda, minutes, ideas")
@CrudOperations(
        name = "NetworkMeeting",
        noun = "network meeting",
        creators = "Coordinators.",
        updateNote = "Its agenda, attendees, minutes and ideas are replaced with it.",
        conflicts = false)
public class NetworkMeetingResource
        extends CrudResource<NetworkMeetingService, NetworkMeetingInput, NetworkMeetingView> {

    NetworkMeetingResource(NetworkMeetingService service) {
        super(service);
    }

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
}
