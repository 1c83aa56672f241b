package dk.samspil.collaboration.stats;

import dk.samspil.common.http.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class StatsResource {

    @Inject
    StatsService service;

    @GET
    @Path("/goal")
    @Operation(
            operationId = "getGoalProgress",
            summary = "Participating libraries now and per theme, against the goal",
            description = "Public. The number of participating libraries now and in each theme, next to the goal.")
    @APIResponse(
            responseCode = "200",
            description = "The progress",
            content = @Content(schema = @Schema(implementation = GoalProgress.class)))
    public GoalProgress goal() {
        return service.goalProgress();
    }

    @GET
    @Path("/themes/{id}/regions")
    @Operation(
            operationId = "getRegionCoverage",
            summary = "Per region: municipalities with a participating library, of all municipalities",
            description =
                    "Public. For each of the five regions: how many of its municipalities have a library signed up for the theme.")
    @APIResponse(
            responseCode = "200",
            description = "The coverage",
            content = @Content(schema = @Schema(implementation = RegionCoverage.class)))
    public RegionCoverage regions(@PathParam("id") long themeId) {
        return service.regionCoverage(themeId);
    }

    @GET
    @Path("/themes/{id}/signups")
    @Operation(
            operationId = "getSignupsOverTime",
            summary = "A theme's participants over time, by sign-up date",
            description = "Public. One row per day (Danish time) on which libraries signed up, with the count so far.")
    @APIResponse(
            responseCode = "200",
            description = "One row per day with sign-ups",
            content = @Content(schema = @Schema(implementation = SignupsOverTime.class)))
    public SignupsOverTime signups(@PathParam("id") long themeId) {
        return service.signupsOverTime(themeId);
    }

    @GET
    @Path("/activities")
    @Operation(
            operationId = "getActivityTotals",
            summary = "Activities, attendance and reach per theme and per channel",
            description = "With themeId, only that theme's activities.")
    @APIResponse(
            responseCode = "200",
            description = "The totals",
            content = @Content(schema = @Schema(implementation = ActivityTotals.class)))
    public ActivityTotals activities(
            @QueryParam("themeId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String themeId) {
        return service.activityTotals(QueryParams.optionalId("themeId", themeId));
    }
}
