package dk.samspil.integration.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the feed and where to go on from. */
@Schema(description = "Changes in the order they were committed, and the cursor to continue from")
public record ChangePage(
        @Schema(required = true) List<ChangeView> items,

        @Schema(
                required = true,
                description = "Pass it as after in the next call, also when items is empty. Opaque; valid for at"
                        + " least 30 days")
        String cursor,

        @Schema(required = true, description = "Whether more changes are waiting now: ask again at once")
        boolean hasMore) {}
