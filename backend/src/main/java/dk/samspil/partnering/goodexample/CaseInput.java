package dk.samspil.partnering.goodexample;

import dk.samspil.common.validation.ResourceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A good example to create, or the full new state of one")
public record CaseInput(
        @Schema(required = true, example = "Sansefortællingen") @NotBlank @Size(max = 200)
        String title,

        @Schema(nullable = true, description = "Made from the title when empty")
        @Size(max = 120)
        @Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$", message = "{samspil.slug.pattern}")
        String slug,

        @Schema(required = true, description = "Partners, purpose and result in short") @NotBlank @Size(max = 2000)
        String summary,

        @Schema(required = true, description = "The five quick questions, in order, with their answers")
        @NotNull
        @Size(min = 5, max = 5)
        List<@Valid @NotNull Answer> answers,

        @Schema(nullable = true, description = "Markdown") @Size(max = 10000)
        String result,

        @Schema(nullable = true, implementation = String.class, format = "date")
        LocalDate startsOn,

        @Schema(nullable = true, implementation = String.class, format = "date")
        LocalDate endsOn,

        @Schema(description = "Libraries involved") @Size(max = 100)
        List<@NotNull @ResourceId Long> libraryIds,

        @Schema(description = "Partners involved") @Size(max = 50)
        List<@NotNull @ResourceId Long> partnerIds,

        @Schema(description = "Themes involved") @Size(max = 20)
        List<@NotNull @ResourceId Long> themeIds,

        @Schema(description = "Toolbox items used") @Size(max = 50)
        List<@NotNull @ResourceId Long> toolboxItemIds) {

    @Schema(description = "One of the five quick questions and its answer")
    public record Answer(
            @Schema(required = true, example = "Hvem var med i partnerskabet?") @NotBlank @Size(max = 300)
            String question,

            @Schema(required = true) @NotBlank @Size(max = 4000)
            String answer) {}
}
