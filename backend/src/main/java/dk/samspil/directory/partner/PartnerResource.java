package dk.samspil.directory.partner;

import dk.samspil.common.content.ContentResponses;
import dk.samspil.common.http.IfMatch;
import dk.samspil.common.http.QueryParams;
import dk.samspil.common.paging.PageParams;
import dk.samspil.common.paging.UpdatedSince;
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

@Path("/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Organisations libraries work with (DR, museums, theatres, ...)")
public class PartnerResource {

    @Inject
    PartnerService service;

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

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getPartner",
            summary = "Get one partner",
            description = "Public. The answer carries an ETag; a matching If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The partner")
    public RestResponse<PartnerView> get(@PathParam("id") long id, @Context Request request) {
        return ContentResponses.ok(request, service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartner", summary = "Create a partner", description = "Coordinators and admins.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<PartnerView> create(@Valid @NotNull PartnerInput input, @Context UriInfo uri) {
        return ContentResponses.created(uri, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updatePartner",
            summary = "Replace a partner's details",
            description = "Coordinators and admins. Requires If-Match.")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<PartnerView> update(
            @PathParam("id") long id, @BeanParam IfMatch ifMatch, @Valid @NotNull PartnerInput input) {
        return ContentResponses.updated(service.update(id, ifMatch.value(), input));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deletePartner",
            summary = "Delete a partner",
            description = "Coordinators and admins. Requires If-Match. Refused with 409 while a theme lists it.")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Produces(MediaType.WILDCARD)
    public void delete(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.value());
    }
}
