package dk.samspil.partnering.goodexample;

import dk.samspil.common.http.CrudOperations;
import dk.samspil.common.http.CrudResource;
import dk.samspil.common.http.QueryParams;
import dk.samspil.common.http.VersionedResponses;
import dk.samspil.common.paging.PageParams;
import dk.samspil.common.paging.UpdatedSince;
import dk.samspil.common.search.SearchQuery;
import dk.samspil.partnering.partnership.LinkFilters;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Good examples", description = "Partnership stories with the five quick questions")
@CrudOperations(name = "Case", noun = "good example", creators = "Coordinators.")
public class CaseResource extends CrudResource<CaseService, CaseInput, CaseView> {

    CaseResource(CaseService service) {
        super(service);
    }

    @GET
    @Operation(
            operationId = "listCases",
            summary = "List good examples",
            description =
                    "Filter by library, partner, theme and toolbox item; q searches as GET /api/search does. Sort by"
                            + " title (default), startsOn, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of good examples")
    public CasePage list(
            @BeanParam PageParams page,
            @BeanParam UpdatedSince updatedSince,
            @BeanParam LinkFilters links,
            @QueryParam("toolboxItemId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String itemId,
            @QueryParam("q") @Parameter(description = SearchQuery.LIST_PARAMETER) String q) {
        return service.list(
                links.libraryId(),
                links.partnerId(),
                links.themeId(),
                QueryParams.optionalId("toolboxItemId", itemId),
                QueryParams.optionalText("q", q),
                updatedSince.value(),
                page.toRequest(CaseService.SORT));
    }

    @GET
    @Path("/by-slug/{slug}")
    @Operation(
            operationId = "getCaseBySlug",
            summary = "Get a good example by its slug",
            description =
                    "Public; the slug is the one in the web app's address (/gode-eksempler/{slug}). The answer carries an ETag.")
    @APIResponse(responseCode = "200", description = "The good example")
    public RestResponse<CaseView> bySlug(@PathParam("slug") String slug, @Context Request request) {
        return VersionedResponses.ok(request, service.bySlug(slug));
    }
}
