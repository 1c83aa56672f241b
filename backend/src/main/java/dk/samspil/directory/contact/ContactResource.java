package dk.samspil.directory.contact;

import dk.samspil.common.http.ETags;
import dk.samspil.common.http.IfMatch;
import dk.samspil.common.http.QueryParams;
import dk.samspil.common.paging.PageParams;
import dk.samspil.common.paging.UpdatedSince;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.search.SearchQuery;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "Contact persons: coordinators, network leads, partners' contacts")
public class ContactResource {

    @Inject
    ContactService service;

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

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getContact",
            summary = "Get one contact person",
            description = "A contact that is not public is not found by anonymous callers.")
    @APIResponse(responseCode = "200", description = "The contact")
    public RestResponse<ContactView> get(@PathParam("id") long id, @Context Request request) {
        ContactView contact =
                service.get(id).orElseThrow(() -> ApiException.notFound("problem.not-found.detail.contact", id));
        return ETags.ok(request, contact, contact.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createContact",
            summary = "Create a contact person",
            description = "Coordinators; a library's editors for the library's own contacts.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ContactView.class)))
    public RestResponse<ContactView> create(@Valid @NotNull ContactInput input, @Context UriInfo uri) {
        ContactView created = service.create(input);
        return ETags.created(uri, created.id(), created.version(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateContact",
            summary = "Replace a contact person's details",
            description = "Coordinators; a library's editors for the library's own contacts. Requires If-Match.")
    public RestResponse<ContactView> update(
            @PathParam("id") long id, @BeanParam IfMatch ifMatch, @Valid @NotNull ContactInput input) {
        ContactView updated = service.update(id, ifMatch.value(), input);
        return ETags.updated(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteContact",
            summary = "Delete a contact person",
            description = "As update. Refused with 409 while a sign-up names the person as network lead.")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Produces(MediaType.WILDCARD)
    public void delete(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.value());
    }
}
