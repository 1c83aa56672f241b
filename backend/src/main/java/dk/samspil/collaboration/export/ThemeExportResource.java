package dk.samspil.collaboration.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Spreadsheet downloads of a theme. */
@Path("/themes/{id}/export")
@Produces(ThemeExportResource.TEXT_CSV)
@Tag(name = "Exports", description = "CSV for spreadsheets: UTF-8 with BOM, semicolons, Danish headers")
public class ThemeExportResource {

    static final String TEXT_CSV = "text/csv;charset=utf-8";

    @Inject
    ThemeExportService service;

    @GET
    @Path("/participations.csv")
    @Operation(
            operationId = "exportThemeParticipations",
            summary = "A theme's sign-ups as CSV",
            description = "One row per library, withdrawn ones included (with their state). Network leads' email and"
                    + " phone as the API shows them to the caller.")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response participations(@PathParam("id") long themeId) {
        return download(service.participations(themeId));
    }

    @GET
    @Path("/activities.csv")
    @Operation(
            operationId = "exportThemeActivities",
            summary = "A theme's activities as CSV",
            description = "One row per activity, in time order (Danish time).")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response activities(@PathParam("id") long themeId) {
        return download(service.activities(themeId));
    }

    private static Response download(ThemeExportService.Export export) {
        return Response.ok(export.body(), TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .build();
    }
}
