package dk.samspil.partnering.guide;

import dk.samspil.common.http.CrudOperations;
import dk.samspil.common.http.CrudResource;
import dk.samspil.common.http.VersionedResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The guide's chapters one by one: to read (by slug, as the web app does) and to write. */
@Path("/guide/chapters")
@Tag(name = "Guide")
@CrudOperations(
        name = "GuideChapter",
        noun = "chapter",
        creators = "Coordinators.",
        refusedWhile = "toolbox items belong to it")
public class GuideChapterResource extends CrudResource<GuideService, GuideChapterInput, Chapter> {

    GuideChapterResource(GuideService service) {
        super(service);
    }

    @GET
    @Path("/by-slug/{slug}")
    @Operation(
            operationId = "getGuideChapterBySlug",
            summary = "A chapter to read",
            description =
                    "Public; the slug is the one in the web app's address (/guide/{slug}). The answer carries an ETag.")
    @APIResponse(responseCode = "200", description = "The chapter")
    public RestResponse<Chapter> bySlug(@PathParam("slug") String slug, @Context Request request) {
        return VersionedResponses.ok(request, service.bySlug(slug));
    }
}
