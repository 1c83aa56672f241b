package dk.samspil.partnering.goodexample;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.directory.library.LibraryRef;
import dk.samspil.directory.partner.PartnerRef;
import dk.samspil.partnering.toolbox.ToolboxItemSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the good examples' endpoints answer. */
public final class CaseViews {

    private CaseViews() {}

    @Schema(description = "A good example in a list")
    public record CaseSummary(
            @Schema(required = true) long id,
            @Schema(required = true) String slug,
            @Schema(required = true) String title,
            @Schema(required = true) String summary,
            @Schema(required = true) List<LibraryRef> libraries,
            @Schema(required = true) List<PartnerRef> partners) {}

    @Schema(description = "A page of good examples")
    public record CasePage(
            @Schema(required = true) List<CaseSummary> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems,
            @Schema(required = true) int totalPages) {}

    @Schema(description = "A good example with its five quick questions")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseView(
            @Schema(required = true) long id,
            @Schema(required = true) String slug,
            @Schema(required = true) String title,
            @Schema(required = true) String summary,
            @Schema(required = true) List<CaseInput.Answer> answers,

            @Schema(required = true, description = "Markdown")
            String result,

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
            @Schema(required = true) long version) {}
}
