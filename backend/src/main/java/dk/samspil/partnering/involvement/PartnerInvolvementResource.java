package dk.samspil.partnering.involvement;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partners/{id}/involvement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners")
public class PartnerInvolvementResource {

    @Inject
    PartnerInvolvementService service;

    @GET
    @Operation(
            operationId = "getPartnerInvolvement",
            summary = "The themes, partnerships, good examples and projects a partner is in",
            description = "Public. Lets a coordinator see what still refers to a partner before deleting it.")
    @APIResponse(
            responseCode = "200",
            description = "What the partner is in",
            content = @Content(schema = @Schema(implementation = PartnerInvolvement.class)))
    public PartnerInvolvement involvement(@PathParam("id") long id) {
        return service.involvement(id);
    }
}
