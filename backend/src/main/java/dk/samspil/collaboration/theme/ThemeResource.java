package dk.samspil.collaboration.theme;

import dk.samspil.common.http.CrudOperations;
import dk.samspil.common.http.CrudResource;
import dk.samspil.common.http.ETags;
import dk.samspil.common.http.QueryParams;
import dk.samspil.common.paging.PageParams;
import dk.samspil.common.paging.UpdatedSince;
import dk.samspil.common.problem.ApiException;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Themes", description = "The national theme collaboration's half-year themes")
@CrudOperations(
        name = "Theme",
        noun = "theme",
        creators = "Coordinators and admins.",
        updateNote = "Its milestones, materials and partners are replaced with it.",
        refusedWhile = "other records refer to it")
public class ThemeResource extends CrudResource<ThemeService, ThemeInput, ThemeView> {

    private static final String THEME_JSON = "The theme";

    ThemeResource(ThemeService service) {
        super(service);
    }

    @GET
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
    @Path("/current")
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
    @Path("/next")
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
    @Path("/by-slug/{slug}")
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
}
