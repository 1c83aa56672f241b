package dk.samspil.collaboration.calendar;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** iCalendar feeds to subscribe to from Outlook, Google Calendar or a phone. */
@Path("/calendar")
@Produces(CalendarResource.TEXT_CALENDAR)
@Tag(
        name = "Calendar feeds",
        description = "iCalendar (RFC 5545) feeds to subscribe to, each from a year back to two years ahead")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar;charset=utf-8";

    @Inject
    CalendarService service;

    @GET
    @Path("/themes.ics")
    @Operation(
            operationId = "getThemeCalendar",
            summary = "Every theme's weeks and peak weeks, as all-day events",
            description =
                    "iCalendar (RFC 5545) feed to subscribe to: each theme that runs from a year back to two years ahead, as an"
                            + " all-day event over its ISO weeks, and its peak weeks. Public.")
    @APIResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response themes(@Context UriInfo uri) {
        URI site = site(uri);
        return feed(out -> service.writeThemes(site, out), "temaer.ics");
    }

    @GET
    @Path("/milestones.ics")
    @Operation(
            operationId = "getMilestoneCalendar",
            summary = "Every theme's milestones, as all-day events",
            description =
                    "iCalendar (RFC 5545) feed to subscribe to: sign-up deadlines, kick-offs and the other milestones of the"
                            + " themes, due from a year back to two years ahead. Public.")
    @APIResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response milestones(@Context UriInfo uri) {
        URI site = site(uri);
        return feed(out -> service.writeMilestones(site, out), "milepaele.ics");
    }

    @GET
    @Path("/network-meetings.ics")
    @Operation(
            operationId = "getNetworkMeetingCalendar",
            summary = "The network meetings",
            description =
                    "iCalendar (RFC 5545) feed to subscribe to: the network meetings from a year back to two years ahead, with"
                            + " their place and host, in Danish time. Public.")
    @APIResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response meetings(@Context UriInfo uri) {
        URI site = site(uri);
        return feed(out -> service.writeMeetings(site, out), "netvaerksmoeder.ics");
    }

    @GET
    @Path("/libraries/{id}/activities.ics")
    @Operation(
            operationId = "getLibraryActivityCalendar",
            summary = "One library's activities in the themes",
            description =
                    "iCalendar (RFC 5545) feed to subscribe to: the library's activities from a year back to two years ahead"
                            + " (by the day they start, Danish time), with their place, in time order. Public.")
    @APIResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response libraryActivities(@PathParam("id") long id, @Context UriInfo uri) {
        String name = service.libraryName(id);
        URI site = site(uri);
        return feed(out -> service.writeLibraryActivities(id, name, site, out), "aktiviteter-" + id + ".ics");
    }

    /** The SPA's root, where the events link to. */
    private static URI site(UriInfo uri) {
        return uri.getBaseUri().resolve("/");
    }

    /** The feed, written to the response as it is read. */
    private static Response feed(StreamingOutput body, String fileName) {
        return Response.ok(body, TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .header("Cache-Control", "public, max-age=300")
                .build();
    }
}
