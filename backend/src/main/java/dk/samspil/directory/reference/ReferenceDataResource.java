package dk.samspil.directory.reference;

import dk.samspil.common.http.CacheableResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reference data: complete lists (not paged), cacheable with Cache-Control and ETag. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Regions and municipalities (fixed lists, cacheable)")
public class ReferenceDataResource {

    @Inject
    ReferenceDataService service;

    @GET
    @Path("/regions")
    @Operation(
            operationId = "listRegions",
            summary = "All five regions, with their number of municipalities",
            description = "Public reference data (Danmarks Statistik's codes 1081-1085); cacheable, with an ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The regions, by code",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RegionView.class)))
    public Response regions(Request request) {
        return CacheableResponses.ok(request, service.regions());
    }

    @GET
    @Path("/municipalities")
    @Operation(
            operationId = "listMunicipalities",
            summary = "All 98 municipalities, or those of one region",
            description =
                    "Public reference data (Danmarks Statistik's codes), by name; with region, only that region's. Cacheable, with an ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The municipalities, by name",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MunicipalityView.class)))
    public Response municipalities(Request request, @BeanParam RegionParam region) {
        return CacheableResponses.ok(request, service.municipalities(region.value()));
    }
}
