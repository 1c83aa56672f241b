package dk.samspil.partnering.goodexample;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.common.http.Versioned;
import dk.samspil.directory.library.LibraryRef;
import dk.samspil.directory.partner.PartnerRef;
import dk.samspil.partnering.toolbox.ToolboxItemSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A good example with its five quick questions")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(
        @Schema(required = true) long id,
        @Schema(required = true) String slug,
        @Schema(required = true) String title,
        @Schema(required = true) String summary,
        @Schema(required = true) List<CaseInput.Answer> answers,

        @Schema(required = true, description = "Markdown") String result,

        @Schema(required = true) String resultHtml,

        @Schema(implementation = String.class, format = "date")
        LocalDate startsOn,

        @Schema(implementation = String.class, format = "date")
        LocalDate endsOn,

        @Schema(required = true) List<LibraryRef> libraries,
        @Schema(required = true) List<PartnerRef> partners,
        @Schema(required = true) List<ThemeRef> themes,
        @Schema(required = true) List<ToolboxItemSummary> toolboxItems,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version)
        implements Versioned {}
