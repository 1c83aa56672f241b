package dk.samspil.collaboration.participation;

import dk.samspil.common.http.ETags;
import dk.samspil.common.http.IfMatch;
import dk.samspil.common.problem.ApiException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/participations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participations", description = "Libraries' sign-ups to themes")
public class ParticipationResource {

    @Inject
    ParticipationService service;

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getParticipation",
            summary = "Get one sign-up",
            description = "Public. The answer carries an ETag; a matching If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The sign-up")
    public RestResponse<ParticipationView> get(@PathParam("id") long id, @Context Request request) {
        ParticipationView p =
                service.get(id).orElseThrow(() -> ApiException.notFound("problem.not-found.detail.participation", id));
        return ETags.ok(request, p, p.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateParticipation",
            summary = "Change a sign-up: confirm, withdraw, channels",
            description = "Coordinators confirm and change anything; the library's editors choose channels and focus"
                    + " areas, withdraw, and sign up again until the deadline. Requires If-Match.")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ParticipationView> update(
            @PathParam("id") long id, @BeanParam IfMatch ifMatch, @Valid @NotNull ParticipationUpdate input) {
        ParticipationView updated = service.update(id, ifMatch.value(), input);
        return ETags.updated(updated, updated.version());
    }
}
