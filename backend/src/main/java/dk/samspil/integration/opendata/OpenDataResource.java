package dk.samspil.integration.opendata;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.common.util.DateUtil;

/**
 * Open data for harvesters: every answer has Last-Modified and a strong ETag, so polling with
 * If-None-Match or If-Modified-Since costs one small query and a 304 until the data changes.
 */
@Path("/open-data")
@Tag(name = "Open data", description = "The public data in bulk, as JSON and CSV, under CC BY 4.0")
public class OpenDataResource {

    static final String TEXT_CSV = "text/csv;charset=utf-8";
    private static final String CACHE = "public, max-age=300";
    private static final String LICENCE_LINK =
            "<" + OpenDataService.LICENCE_URL + ">; rel=\"license\"; title=\"" + OpenDataService.LICENCE_NAME + "\"";

    @Inject
    OpenDataService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getOpenDataCatalogue",
            summary = "The catalogue of public datasets",
            description = "Public. Each dataset with its title and description in Danish and English, when it last"
                    + " changed, how many rows it has, and its JSON and CSV downloads. All of it is CC BY 4.0.")
    @APIResponse(
            responseCode = "200",
            description = "The catalogue",
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Last-Modified", ref = "LastModified")},
            content = @Content(schema = @Schema(implementation = OpenDataCatalogue.class)))
    public Response catalogue(@Context UriInfo uri, @Context Request request) {
        String base = uri.getBaseUri().toString().replaceAll("/api/?$", "");
        OpenDataCatalogue catalogue = service.catalogue(base);
        return conditional(
                request, service.catalogueFreshness(catalogue.datasets()), "catalogue", () -> Response.ok(catalogue));
    }

    @GET
    @Path("/{dataset}.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getOpenDatasetJson",
            summary = "A dataset as JSON",
            description = "Public. An array of objects, one per row in the order of their ids, keyed as the CSV's"
                    + " header. Streamed: memory stays flat however large the dataset.")
    @APIResponse(
            responseCode = "200",
            description = "The dataset",
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Last-Modified", ref = "LastModified")},
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            maxItems = Integer.MAX_VALUE,
                                            implementation = Object.class)))
    public Response json(@PathParam("dataset") OpenDataset dataset, @Context Request request) {
        return download(request, dataset, "json", out -> service.writeJson(dataset, out));
    }

    @GET
    @Path("/{dataset}.csv")
    @Produces(TEXT_CSV)
    @Operation(
            operationId = "getOpenDatasetCsv",
            summary = "A dataset as CSV",
            description = "Public. UTF-8 with BOM, semicolons, CRLF, as the theme exports; the header names the"
                    + " columns, times are ISO 8601 (UTC) and lists are joined with \", \". Streamed.")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file",
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Last-Modified", ref = "LastModified")},
            content =
                    @Content(
                            mediaType = TEXT_CSV,
                            schema = @Schema(type = SchemaType.STRING, maxLength = Integer.MAX_VALUE)))
    public Response csv(@PathParam("dataset") OpenDataset dataset, @Context Request request) {
        return download(request, dataset, "csv", out -> service.writeCsv(dataset, out));
    }

    private Response download(Request request, OpenDataset dataset, String format, StreamingOutput body) {
        return conditional(
                request,
                service.freshness(dataset),
                dataset.id() + "-" + format,
                () -> Response.ok(body)
                        .header(
                                "Content-Disposition",
                                "inline; filename=\"samspil-" + dataset.id() + "." + format + "\""));
    }

    private static Response conditional(
            Request request,
            OpenDataService.Freshness freshness,
            String name,
            Supplier<Response.ResponseBuilder> answer) {
        EntityTag etag = new EntityTag(freshness.tag(name));
        Date lastModified = Date.from(freshness.lastModified());
        Response.ResponseBuilder notModified;
        try {
            notModified = request.evaluatePreconditions(lastModified, etag);
        } catch (DateUtil.DateParseException noHttpDate) {
            // If-Modified-Since (or -Unmodified-) that is no HTTP-date is ignored (RFC 9110, 13.1.3 and 13.1.4).
            notModified = request.evaluatePreconditions(etag);
        }
        Response.ResponseBuilder builder = notModified != null ? notModified : answer.get();
        return builder.tag(etag)
                .lastModified(lastModified)
                .header("Cache-Control", CACHE)
                .header("Link", LICENCE_LINK)
                .build();
    }
}
