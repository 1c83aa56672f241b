package dk.samspil.collaboration.participation;

import dk.samspil.common.paging.PageParams;
import dk.samspil.common.paging.UpdatedSince;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A library's sign-ups, for its page (a class of its own: /libraries belongs to LibraryResource). */
@Path("/libraries/{id}/participations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participations")
public class LibraryParticipationResource {

    @Inject
    ParticipationService service;

    @GET
    @Operation(
            operationId = "listLibraryParticipations",
            summary = "A library's sign-ups",
            description = "Sort by theme (its start), library, region, signedUpAt.")
    @APIResponse(responseCode = "200", description = "A page of sign-ups")
    public ParticipationPage list(
            @PathParam("id") long libraryId, @BeanParam PageParams page, @BeanParam UpdatedSince updatedSince) {
        service.requireLibrary(libraryId);
        return service.list(
                null, libraryId, null, null, updatedSince.value(), page.toRequest(ParticipationService.SORT));
    }
}
