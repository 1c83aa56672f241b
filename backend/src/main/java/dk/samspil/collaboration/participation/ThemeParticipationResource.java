package dk.samspil.collaboration.participation;

import dk.samspil.common.http.ETags;
import dk.samspil.common.http.QueryParams;
import dk.samspil.common.paging.PageParams;
import dk.samspil.common.paging.UpdatedSince;
import dk.samspil.directory.reference.RegionParam;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A theme's sign-ups: the list of them, and signing a library up. */
@Path("/themes/{id}/participations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participations")
public class ThemeParticipationResource {

    @Inject
    ParticipationService service;

    @GET
    @Operation(
            operationId = "listThemeParticipations",
            summary = "The libraries signed up for a theme",
            description = "Filter by state and region. Sort by library (default), region, signedUpAt.")
    @APIResponse(responseCode = "200", description = "A page of sign-ups")
    public ParticipationPage listForTheme(
            @PathParam("id") long themeId,
            @BeanParam PageParams page,
            @BeanParam UpdatedSince updatedSince,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = ParticipationState.class)) String state,
            @BeanParam RegionParam region) {
        service.requireTheme(themeId);
        return service.list(
                themeId,
                null,
                QueryParams.optionalEnum("state", state, ParticipationState.class),
                region.value(),
                updatedSince.value(),
                page.toRequest(ParticipationService.SORT));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "signUp",
            summary = "Sign a library up for a theme",
            description = "The library's editors until the sign-up deadline; coordinators also after it. One sign-up"
                    + " per library and theme (409).")
    @APIResponse(
            responseCode = "201",
            description = "Signed up",
            content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ParticipationView> signUp(
            @PathParam("id") long themeId, @Valid @NotNull ParticipationInput input, @Context UriInfo uri) {
        ParticipationView created = service.signUp(themeId, input);
        return ETags.createdIn(uri, "participations", created.id(), created.version(), created);
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "confirmParticipations",
            summary = "Confirm several sign-ups of a theme at once",
            description = "Coordinators and admins. All or none: every id must be a sign-up of this theme waiting for"
                    + " confirmation (SIGNED_UP), listed once; else nothing changes (400 for an id that is not the"
                    + " theme's, 409 for one that is not waiting, each naming ids[i]). The audit trail gets one event"
                    + " per sign-up.")
    @APIResponse(
            responseCode = "200",
            description = "All confirmed",
            content = @Content(schema = @Schema(implementation = Confirmation.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Confirmation confirm(@PathParam("id") long themeId, @Valid @NotNull ConfirmInput input) {
        return service.confirm(themeId, input.ids());
    }
}
