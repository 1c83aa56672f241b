package dk.samspil.partnering.goodexample;

import dk.samspil.common.content.ContentResponses;
import dk.samspil.common.http.IfMatch;
import dk.samspil.common.http.QueryParams;
import dk.samspil.common.paging.PageParams;
import dk.samspil.common.paging.UpdatedSince;
import dk.samspil.common.search.SearchQuery;
import dk.samspil.partnering.partnership.LinkFilters;
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

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Good examples", description = "Partnership stories with the five quick questions")
public class CaseResource {

    @Inject
    CaseService service;

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
        return ContentResponses.ok(request, service.bySlug(slug));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getCase",
            summary = "Get one good example",
            description = "Public. The answer carries an ETag; a matching If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The good example")
    public RestResponse<CaseView> get(@PathParam("id") long id, @Context Request request) {
        return ContentResponses.ok(request, service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCase", summary = "Add a good example", description = "Coordinators.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<CaseView> create(@Valid @NotNull CaseInput input, @Context UriInfo uri) {
        return ContentResponses.created(uri, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateCase",
            summary = "Replace a good example",
            description = "Coordinators. Requires If-Match.")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<CaseView> update(
            @PathParam("id") long id, @BeanParam IfMatch ifMatch, @Valid @NotNull CaseInput input) {
        return ContentResponses.updated(service.update(id, ifMatch.value(), input));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteCase",
            summary = "Delete a good example",
            description = "Coordinators. Requires If-Match.")
    @Produces(MediaType.WILDCARD)
    public void delete(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.value());
    }
}
