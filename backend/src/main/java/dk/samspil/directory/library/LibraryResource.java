package dk.samspil.directory.library;

import dk.samspil.common.http.CrudOperations;
import dk.samspil.common.http.CrudResource;
import dk.samspil.common.http.QueryParams;
import dk.samspil.common.paging.PageParams;
import dk.samspil.common.paging.UpdatedSince;
import dk.samspil.common.search.SearchQuery;
import dk.samspil.directory.reference.RegionParam;
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

/** HTTP mapping for libraries; the rules live in {@link LibraryService}. */
@Path("/libraries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Libraries", description = "The municipal library services")
@CrudOperations(
        name = "Library",
        noun = "library",
        creators = "Coordinators and admins.",
        editors = "The library's editors, coordinators and admins.",
        deleters = "Coordinators and admins.",
        refusedWhile = "other records refer to the library")
public class LibraryResource extends CrudResource<LibraryService, LibraryInput, LibraryView> {

    LibraryResource(LibraryService service) {
        super(service);
    }

    @GET
    @Operation(
            operationId = "listLibraries",
            summary = "List libraries",
            description =
                    "Filter by region, municipality, central and active; q searches as GET /api/search does (name, municipality, address, town)."
                            + " Sort by name, municipality, region, libraryNumber, createdAt, updatedAt (default name).")
    @APIResponse(responseCode = "200", description = "A page of libraries")
    public LibraryPage list(
            @BeanParam PageParams page,
            @BeanParam UpdatedSince updatedSince,
            @BeanParam RegionParam region,
            @QueryParam("municipality")
                    @Parameter(
                            description = "Municipality code, e.g. 851",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "101",
                                            maximum = "860"))
                    String municipality,
            @QueryParam("central")
                    @Parameter(
                            description = "Only central libraries (true) or only others (false)",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    String central,
            @QueryParam("active")
                    @Parameter(
                            description = "Only active (true) or inactive (false) libraries",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    String active,
            @QueryParam("q") @Parameter(description = SearchQuery.LIST_PARAMETER) String q) {
        var filter = new LibraryFilter(
                region.value(),
                QueryParams.optionalInt("municipality", municipality, 101, 860),
                QueryParams.optionalBoolean("central", central),
                QueryParams.optionalBoolean("active", active),
                QueryParams.optionalText("q", q));
        return service.list(filter, updatedSince.value(), page.toRequest(LibraryService.SORT));
    }
}
