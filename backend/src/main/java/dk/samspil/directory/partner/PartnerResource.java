package dk.samspil.directory.partner;

import dk.samspil.common.http.CrudOperations;
import dk.samspil.common.http.CrudResource;
import dk.samspil.common.http.QueryParams;
import dk.samspil.common.paging.PageParams;
import dk.samspil.common.paging.UpdatedSince;
import dk.samspil.common.search.SearchQuery;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Organisations libraries work with (DR, museums, theatres, ...)")
@CrudOperations(
        name = "Partner",
        noun = "partner",
        creators = "Coordinators and admins; a library's editors may add a local partner (national false) that is"
                + " missing, e.g. for a partnership.",
        refusedWhile = "a theme lists it")
public class PartnerResource extends CrudResource<PartnerService, PartnerInput, PartnerView> {

    PartnerResource(PartnerService service) {
        super(service);
    }

    @GET
    @Operation(
            operationId = "listPartners",
            summary = "List partners",
            description =
                    "Filter by type and national; q searches as GET /api/search does. Sort by name (default), type, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of partners")
    public PartnerPage list(
            @BeanParam PageParams page,
            @BeanParam UpdatedSince updatedSince,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = PartnerType.class)) String type,
            @QueryParam("national") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String national,
            @QueryParam("q") @Parameter(description = SearchQuery.LIST_PARAMETER) String q) {
        return service.list(
                QueryParams.optionalEnum("type", type, PartnerType.class),
                QueryParams.optionalBoolean("national", national),
                QueryParams.optionalText("q", q),
                updatedSince.value(),
                page.toRequest(PartnerService.SORT));
    }
}
