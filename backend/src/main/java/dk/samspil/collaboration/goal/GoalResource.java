package dk.samspil.collaboration.goal;

import dk.samspil.common.http.ETags;
import dk.samspil.common.http.IfMatch;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/goal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "The collaboration's goal and how far it has come")
public class GoalResource {

    @Inject
    GoalService service;

    @GET
    @Operation(
            operationId = "getGoal",
            summary = "The collaboration's goal",
            description =
                    "Public. How many libraries the collaboration aims to have taking part; coordinators change it with If-Match.")
    @APIResponse(responseCode = "200", description = "The goal")
    public RestResponse<GoalView> get(@Context Request request) {
        GoalView goal = service.get();
        return ETags.ok(request, goal, goal.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateGoal",
            summary = "Set the collaboration's goal",
            description = "Coordinators. Requires If-Match.")
    public RestResponse<GoalView> update(@BeanParam IfMatch ifMatch, @Valid @NotNull GoalInput input) {
        GoalView updated = service.update(ifMatch.value(), input);
        return ETags.updated(updated, updated.version());
    }
}
