package dk.samspil.common.content;

import dk.samspil.common.validation.ResourceId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An uploaded file that an item uses, with the title the item gives it (a toolbox item's, a partnership's). */
@Schema(description = "An uploaded file used by an item, with its title")
public record AttachmentRef(
        @Schema(required = true) @NotNull @ResourceId Long attachmentId,

        @Schema(required = true) @NotBlank @Size(max = 200) String title) {}
