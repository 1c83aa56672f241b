package dk.samspil.directory.attachment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A stored file. The same content uploaded again gives the same attachment (deduplicated by"
                + " its SHA-256).")
public record AttachmentView(
        @Schema(required = true) long id,

        @Schema(required = true, description = "The neutralised name of the first upload", example = "aftale.pdf")
        String fileName,

        @Schema(required = true, description = "Told from the content, not the name", example = "application/pdf")
        String contentType,

        @Schema(required = true) long sizeBytes,
        @Schema(required = true) String sha256,

        @Schema(required = true, description = "Where to download it", example = "/api/attachments/12")
        String href,

        @Schema(required = true) Instant createdAt) {}
