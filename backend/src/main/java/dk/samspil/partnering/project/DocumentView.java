package dk.samspil.partnering.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A project document to download")
public record DocumentView(
        @Schema(required = true) ProjectInput.DocumentKind kind,
        @Schema(required = true) String title,
        @Schema(required = true) long attachmentId,
        @Schema(required = true) String fileName,
        @Schema(required = true) String contentType,
        @Schema(required = true) long sizeBytes,
        @Schema(required = true) String href) {}
