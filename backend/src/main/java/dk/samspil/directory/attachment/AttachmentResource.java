package dk.samspil.directory.attachment;

import dk.samspil.common.http.QueryParams;
import dk.samspil.common.problem.ApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/attachments")
@Tag(name = "Attachments", description = "Files: PDF, PNG, JPEG, DOCX, XLSX, PPTX up to 20 MB, stored once per content")
public class AttachmentResource {

    @Inject
    AttachmentService service;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "uploadAttachment",
            summary = "Upload a file",
            description = "Multipart with one part named file. Coordinators and library editors. The type is told"
                    + " from the content (415 for anything but PDF, PNG, JPEG, DOCX, XLSX, PPTX, whatever the name"
                    + " says); 413 above 20 MB. The same content again answers 200 with the existing attachment.")
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(
            responseCode = "200",
            description = "This content was stored already",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttachmentView.class)))
    public Response upload(
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @Context UriInfo uri) {
        if (file == null) {
            throw ApiException.invalidField("file", "attachment.missing");
        }
        AttachmentService.Stored stored = service.store(file.uploadedFile(), file.fileName());
        if (!stored.created()) {
            return Response.ok(stored.attachment(), MediaType.APPLICATION_JSON).build();
        }
        return Response.created(UriBuilder.fromUri(uri.getBaseUri())
                        .path("attachments")
                        .path(String.valueOf(stored.attachment().id()))
                        .build())
                .type(MediaType.APPLICATION_JSON)
                .entity(stored.attachment())
                .build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(
            operationId = "downloadAttachment",
            summary = "Download a file",
            description = "Always as a download (Content-Disposition: attachment) with its real type. Files used by"
                    + " public content are public; others (a partnership's agreement) need a signed-in user or a"
                    + " read-private token.")
    @APIResponse(
            responseCode = "200",
            description = "The file, with the type its content has",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response download(
            @PathParam("id") long id,
            @QueryParam("name") @Parameter(description = "The name to save it as (neutralised)") String name,
            @Context Request request) {
        AttachmentView meta =
                service.get(id).orElseThrow(() -> ApiException.notFound("problem.not-found.detail.attachment", id));
        EntityTag etag = new EntityTag(meta.sha256());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.tag(etag).build();
        }
        FileType type = java.util.Arrays.stream(FileType.values())
                .filter(t -> t.contentType.equals(meta.contentType()))
                .findFirst()
                .orElse(FileType.PDF);
        String wanted = QueryParams.optionalText("name", name);
        String fileName = wanted == null ? meta.fileName() : FileNames.neutralise(wanted, type);
        StreamingOutput content = out -> service.writeContent(meta, out);
        return Response.ok(content, meta.contentType())
                .tag(etag)
                .header("Content-Length", meta.sizeBytes())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + FileNames.ascii(fileName)
                                + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .cacheControl(CacheControl.valueOf("private, max-age=0, must-revalidate"))
                .build();
    }
}
