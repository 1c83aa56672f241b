package dk.samspil.common.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file an item lists, with what a download link needs. */
@Schema(description = "A file of an item, to download")
public record FileView(
        @Schema(required = true) long attachmentId,
        @Schema(required = true) String title,
        @Schema(required = true) String fileName,
        @Schema(required = true) String contentType,
        @Schema(required = true) long sizeBytes,
        @Schema(required = true) String href) {}
