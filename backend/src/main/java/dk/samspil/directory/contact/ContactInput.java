package dk.samspil.directory.contact;

import dk.samspil.common.validation.ResourceId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A contact person to create, or the full new state of one. The organisation is a library or"
                + " a partner (or neither, for the collaboration's own coordinators), never both.")
public record ContactInput(
        @Schema(required = true, example = "Mette Holm") @NotBlank @Size(max = 200)
        String name,

        @Schema(nullable = true, example = "Udviklingskoordinator") @Size(max = 200)
        String title,

        @Schema(nullable = true, description = "The library the person works for") @ResourceId
        Long libraryId,

        @Schema(nullable = true, description = "The partner organisation the person works for") @ResourceId
        Long partnerId,

        @Schema(nullable = true, format = "email", example = "mette.holm@example.dk") @Size(max = 254) @Email
        String email,

        @Schema(nullable = true, example = "+45 99 31 44 00")
        @Size(max = 30)
        @Pattern(regexp = "^\\+?[0-9 ]{8,20}$", message = "{samspil.phone.pattern}")
        String phone,

        @Schema(description = "Shown to everyone (default false: only to signed-in users and read-private tokens)")
        Boolean isPublic,

        @Schema(
                description = "A coordinator of the national theme collaboration (default false; set by"
                        + " coordinators only)")
        Boolean coordinator) {}
