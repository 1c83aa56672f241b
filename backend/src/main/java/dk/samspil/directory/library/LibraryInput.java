package dk.samspil.directory.library;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a library (PUT replaces every field). */
@Schema(description = "A library to create, or the full new state of one to replace")
public record LibraryInput(
        @Schema(required = true, example = "Aalborg Bibliotekerne") @NotBlank @Size(min = 2, max = 200)
        String name,

        @Schema(required = true, example = "851", description = "The municipality's 3-digit code")
        @NotNull
        @Min(100)
        @Max(999)
        Integer municipalityCode,

        @Schema(
                required = true,
                example = "785100",
                description = "6 digits: 7 + the municipality code + a 2-digit branch number (00 = main library)")
        @NotBlank
        @Size(max = 6)
        @Pattern(regexp = "^7[0-9]{5}$", message = "{samspil.library-number.pattern}")
        String libraryNumber,

        @Schema(description = "One of the six central libraries; default false")
        Boolean centralLibrary,

        @Schema(nullable = true, example = "Rendsburggade 2") @Size(max = 200)
        String street,

        @Schema(nullable = true, example = "9000")
        @Size(max = 4)
        @Pattern(regexp = "^[0-9]{4}$", message = "{samspil.postal-code.pattern}")
        String postalCode,

        @Schema(nullable = true, example = "Aalborg") @Size(max = 100)
        String city,

        @Schema(nullable = true, example = "https://www.aalborgbibliotekerne.dk")
        @Size(max = 500)
        @Pattern(regexp = "^https?://[^\\s]+\\.[^\\s]+$", message = "{samspil.website.pattern}")
        String website,

        @Schema(nullable = true, format = "email", example = "bibliotek@aalborg.dk") @Size(max = 254) @Email
        String email,

        @Schema(nullable = true, example = "+45 99 31 43 00")
        @Size(max = 21)
        @Pattern(regexp = "^\\+?[0-9 ]{8,20}$", message = "{samspil.phone.pattern}")
        String phone,

        @Schema(
                nullable = true,
                implementation = String.class,
                format = "date",
                description = "When the library joined the theme collaboration")
        LocalDate joinedOn,

        @Schema(description = "Default true") Boolean active) {}
