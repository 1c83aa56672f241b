package dk.samspil.partnering.guide;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/guide")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guide", description = "The partnership guide: chapters in order with their tools, and the checklist")
public class GuideResource {

    @Inject
    GuideService service;

    @GET
    @Operation(
            operationId = "getGuide",
            summary = "The guide's chapters, each with its tools, and the checklist",
            description =
                    "Public. The Byg partnerskaber guide in reading order: each chapter with its toolbox items, and the checklist partnerships tick off.")
    @APIResponse(
            responseCode = "200",
            description = "The guide",
            content = @Content(schema = @Schema(implementation = Guide.class)))
    public Guide guide() {
        return service.guide();
    }
}
