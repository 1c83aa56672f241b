package dk.samspil.directory.contact;

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

@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "Contact persons: coordinators, network leads, partners' contacts")
@CrudOperations(
        name = "Contact",
        noun = "contact person",
        readNote = "A contact that is not public is not found by anonymous callers.",
        creators = "Coordinators; a library's editors for the library's own contacts.",
        refusedWhile = "a sign-up names the person as network lead",
        conflicts = false)
public class ContactResource extends CrudResource<ContactService, ContactInput, ContactView> {

    ContactResource(ContactService service) {
        super(service);
    }

    @GET
    @Operation(
            operationId = "listContacts",
            summary = "List contact persons",
            description = "Anonymous callers see only public contacts. Filter by library, partner and coordinator;"
                    + " q searches as GET /api/search does. Sort by name (default), updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of contacts")
    public ContactPage list(
            @BeanParam PageParams page,
            @BeanParam UpdatedSince updatedSince,
            @QueryParam("libraryId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String libraryId,
            @QueryParam("partnerId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String partnerId,
            @QueryParam("coordinator") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String coordinator,
            @QueryParam("q") @Parameter(description = SearchQuery.LIST_PARAMETER) String q) {
        return service.list(
                QueryParams.optionalId("libraryId", libraryId),
                QueryParams.optionalId("partnerId", partnerId),
                QueryParams.optionalBoolean("coordinator", coordinator),
                QueryParams.optionalText("q", q),
                updatedSince.value(),
                page.toRequest(ContactService.SORT));
    }
}
