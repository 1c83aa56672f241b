package dk.samspil.partnering.toolbox;

import dk.samspil.common.http.CrudOperations;
import dk.samspil.common.http.CrudResource;
import dk.samspil.common.http.QueryParams;
import dk.samspil.common.http.VersionedResponses;
import dk.samspil.common.paging.PageParams;
import dk.samspil.common.paging.UpdatedSince;
import dk.samspil.common.search.SearchQuery;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/toolbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Toolbox",
        description = "The Byg partnerskaber toolbox: tools, templates, checklists, games, models, films")
@CrudOperations(
        name = "ToolboxItem",
        noun = "toolbox item",
        creators = "Coordinators.",
        refusedWhile = "a good example refers to it")
public class ToolboxResource extends CrudResource<ToolboxService, ToolboxItemInput, ToolboxItemView> {

    ToolboxResource(ToolboxService service) {
        super(service);
    }

    @GET
    @Operation(
            operationId = "listToolboxItems",
            summary = "Browse the toolbox",
            description =
                    "Filter by heading, kind, phase (a phase code), tag and guide chapter; q searches as GET /api/search does."
                            + " Sort by title (default), kind, year, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of items")
    public ToolboxPage list(
            @BeanParam PageParams page,
            @BeanParam UpdatedSince updatedSince,
            @QueryParam("heading") @Parameter(schema = @Schema(implementation = ToolboxHeading.class)) String heading,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = ToolboxKind.class)) String kind,
            @QueryParam("phase") @Parameter(description = "A phase code") String phase,
            @QueryParam("tag") String tag,
            @QueryParam("guideChapterId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String chapter,
            @QueryParam("q") @Parameter(description = SearchQuery.LIST_PARAMETER) String q) {
        return service.list(
                QueryParams.optionalEnum("heading", heading, ToolboxHeading.class),
                QueryParams.optionalEnum("kind", kind, ToolboxKind.class),
                QueryParams.optionalText("phase", phase),
                QueryParams.optionalText("tag", tag),
                QueryParams.optionalId("guideChapterId", chapter),
                QueryParams.optionalText("q", q),
                updatedSince.value(),
                page.toRequest(ToolboxService.SORT));
    }

    @GET
    @Path("/tags")
    @Operation(
            operationId = "listToolboxTags",
            summary = "The tags in use, with their counts",
            description = "Public. Every tag on a toolbox item, with how many items carry it, by name.")
    @APIResponse(responseCode = "200", description = "The tags")
    public List<TagCount> tags() {
        return service.tags();
    }

    @GET
    @Path("/by-slug/{slug}")
    @Operation(
            operationId = "getToolboxItemBySlug",
            summary = "Get a toolbox item by its slug",
            description =
                    "Public; the slug is the one in the web app's address (/vaerktoejskassen/{slug}). The answer carries an ETag.")
    @APIResponse(responseCode = "200", description = "The item")
    public RestResponse<ToolboxItemView> bySlug(@PathParam("slug") String slug, @Context Request request) {
        return VersionedResponses.ok(request, service.bySlug(slug));
    }
}
