package dk.samspil.collaboration.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
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
        ThemeExportService.Export export = service.participations(themeId);
        return download(export.fileName(), export.body());
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
        String fileName = service.activitiesFileName(themeId);
        StreamingOutput body = out -> service.writeActivities(themeId, out);
        return download(fileName, body);
    }

    /** @param body the file, as text or written to the response as it is read ({@link StreamingOutput}) */
    private static Response download(String fileName, Object body) {
        return Response.ok(body, TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
