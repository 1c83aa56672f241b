package dk.samspil.collaboration.theme;

import dk.samspil.common.http.CacheableResponses;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Themes", description = "The national theme collaboration's half-year themes")
public class ThemeResource {

    private static final String THEME_JSON = "The theme";

    @Inject
    ThemeService service;

    @GET
    @Path("/focus-areas")
    @Operation(
            operationId = "listFocusAreas",
            summary = "The six focus areas a theme can choose from",
            description = "Public reference data, in the order the collaboration lists them; cacheable, with an ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The focus areas, in order",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FocusAreaView.class)))
    public Response focusAreas(@Context Request request) {
        return CacheableResponses.ok(request, service.focusAreas());
    }

    @GET
    @Path("/themes")
    @Operation(
            operationId = "listThemes",
            summary = "List themes",
            description =
                    "Newest first by default. Filter by status (derived from today's date), year; q searches as GET /api/search does."
                            + " Sort by startDate, number, title, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of themes")
    public ThemePage list(
            @BeanParam PageParams page,
            @BeanParam UpdatedSince updatedSince,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ThemeStatus.class)) String status,
            @QueryParam("year")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "2000",
                                            maximum = "2100"))
                    String year,
            @QueryParam("q") @Parameter(description = SearchQuery.LIST_PARAMETER) String q) {
        return service.list(
                QueryParams.optionalEnum("status", status, ThemeStatus.class),
                QueryParams.optionalInt("year", year, 2000, 2100),
                QueryParams.optionalText("q", q),
                updatedSince.value(),
                page.toRequest(ThemeService.SORT));
    }

    @GET
    @Path("/themes/current")
    @Operation(
            operationId = "getCurrentTheme",
            summary = "The theme running today",
            description = "Public. The theme whose weeks include today (Danish time); 404 when none runs.")
    @APIResponse(responseCode = "200", description = THEME_JSON)
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<ThemeView> current(@Context Request request) {
        ThemeView theme =
                service.current().orElseThrow(() -> ApiException.notFound("problem.not-found.detail.theme-current"));
        return ETags.ok(request, theme, theme.version());
    }

    @GET
    @Path("/themes/next")
    @Operation(
            operationId = "getNextTheme",
            summary = "The next theme to start after today",
            description = "Public. The first theme that starts after today (Danish time); 404 when none is planned.")
    @APIResponse(responseCode = "200", description = THEME_JSON)
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<ThemeView> next(@Context Request request) {
        ThemeView theme =
                service.next().orElseThrow(() -> ApiException.notFound("problem.not-found.detail.theme-next"));
        return ETags.ok(request, theme, theme.version());
    }

    @GET
    @Path("/themes/by-slug/{slug}")
    @Operation(
            operationId = "getThemeBySlug",
            summary = "Get one theme by its slug (as in /temaer/vores-natur)",
            description = "Public. The answer carries an ETag; a matching If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = THEME_JSON)
    public RestResponse<ThemeView> bySlug(@PathParam("slug") String slug, @Context Request request) {
        ThemeView theme = service.bySlug(slug)
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.theme-slug", slug));
        return ETags.ok(request, theme, theme.version());
    }

    @GET
    @Path("/themes/{id}")
    @Operation(
            operationId = "getTheme",
            summary = "Get one theme",
            description =
                    "Public. The answer carries an ETag; a matching If-None-Match answers 304. Send that ETag as If-Match to change or delete the theme.")
    @APIResponse(responseCode = "200", description = THEME_JSON)
    public RestResponse<ThemeView> get(@PathParam("id") long id, @Context Request request) {
        ThemeView theme =
                service.get(id).orElseThrow(() -> ApiException.notFound("problem.not-found.detail.theme", id));
        return ETags.ok(request, theme, theme.version());
    }

    @POST
    @Path("/themes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTheme", summary = "Create a theme", description = "Coordinators and admins.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ThemeView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ThemeView> create(@Valid @NotNull ThemeInput input, @Context UriInfo uri) {
        ThemeView created = service.create(input);
        return ETags.created(uri, created.id(), created.version(), created);
    }

    @PUT
    @Path("/themes/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateTheme",
            summary = "Replace a theme, its milestones, materials and partners",
            description = "Coordinators and admins. Requires If-Match.")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ThemeView> update(
            @PathParam("id") long id, @BeanParam IfMatch ifMatch, @Valid @NotNull ThemeInput input) {
        ThemeView updated = service.update(id, ifMatch.value(), input);
        return ETags.updated(updated, updated.version());
    }

    @DELETE
    @Path("/themes/{id}")
    @Operation(
            operationId = "deleteTheme",
            summary = "Delete a theme",
            description =
                    "Coordinators and admins. Requires If-Match. Refused with 409 while other records refer to it.")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Produces(MediaType.WILDCARD)
    public void delete(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.value());
    }
}
