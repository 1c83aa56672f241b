package dk.samspil.partnering.goodexample;

import dk.samspil.directory.library.LibraryRef;
import dk.samspil.directory.partner.PartnerRef;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A good example in a list")
public record CaseSummary(
        @Schema(required = true) long id,
        @Schema(required = true) String slug,
        @Schema(required = true) String title,
        @Schema(required = true) String summary,
        @Schema(required = true) List<LibraryRef> libraries,
        @Schema(required = true) List<PartnerRef> partners) {}
