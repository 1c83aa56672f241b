package dk.samspil.directory.library;

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

/** HTTP mapping for libraries; the rules live in {@link LibraryService}. */
@Path("/libraries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Libraries", description = "The municipal library services")
public class LibraryResource {

    @Inject
    LibraryService service;

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
            @QueryParam("region")
                    @Parameter(
                            description = "Region code, e.g. 1081",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1081",
                                            maximum = "1085"))
                    String region,
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
                QueryParams.optionalInt("region", region, 1081, 1085),
                QueryParams.optionalInt("municipality", municipality, 101, 860),
                QueryParams.optionalBoolean("central", central),
                QueryParams.optionalBoolean("active", active),
                QueryParams.optionalText("q", q));
        return service.list(filter, updatedSince.value(), page.toRequest(LibraryService.SORT));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getLibrary",
            summary = "Get one library",
            description =
                    "Public. The answer carries an ETag; a matching If-None-Match answers 304. Send that ETag as If-Match to change or delete the library.")
    @APIResponse(responseCode = "200", description = "The library")
    public RestResponse<LibraryView> get(@PathParam("id") long id, Request request) {
        LibraryView library =
                service.get(id).orElseThrow(() -> ApiException.notFound("problem.not-found.detail.library", id));
        return ETags.ok(request, library, library.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createLibrary", summary = "Create a library", description = "Coordinators and admins.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = LibraryView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<LibraryView> create(
            @Valid @NotNull LibraryInput input, @jakarta.ws.rs.core.Context UriInfo uri) {
        LibraryView created = service.create(input);
        return ETags.created(uri, created.id(), created.version(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateLibrary",
            summary = "Replace a library's details",
            description =
                    "The library's editors, coordinators and admins. Requires If-Match with the ETag from the last GET.")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<LibraryView> update(
            @PathParam("id") long id, @BeanParam IfMatch ifMatch, @Valid @NotNull LibraryInput input) {
        LibraryView updated = service.update(id, ifMatch.value(), input);
        return ETags.updated(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteLibrary",
            summary = "Delete a library",
            description =
                    "Coordinators and admins. Requires If-Match. Refused with 409 while other records refer to the library.")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Produces(MediaType.WILDCARD)
    public void delete(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.value());
    }
}
