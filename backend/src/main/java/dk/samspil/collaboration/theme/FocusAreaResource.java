package dk.samspil.collaboration.theme;

import dk.samspil.common.http.CacheableResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The focus areas a theme chooses from: reference data of the theme collaboration. */
@Path("/focus-areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Themes")
public class FocusAreaResource {

    @Inject
    ThemeService service;

    @GET
    @Operation(
            operationId = "listFocusAreas",
            summary = "The six focus areas a theme can choose from",
            description = "Public reference data, in the order the collaboration lists them; cacheable, with an ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The focus areas, in order",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FocusAreaView.class)))
    public Response focusAreas(@Context Request request) {
        return CacheableResponses.ok(request, service.focusAreas());
    }
}
