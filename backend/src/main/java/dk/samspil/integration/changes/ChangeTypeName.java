package dk.samspil.integration.changes;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract's one list of the feed's types (the API names of {@link ChangeType}); ChangeFeedTest keeps them equal. */
@Schema(
        name = "ChangeType",
        type = SchemaType.STRING,
        description = "A resource type the change feed follows",
        enumeration = {
            "library",
            "theme",
            "participation",
            "activity",
            "network-meeting",
            "goal",
            "contact",
            "partner",
            "attachment",
            "partnership",
            "guide-chapter",
            "toolbox-item",
            "case",
            "project"
        })
final class ChangeTypeName {

    private ChangeTypeName() {}
}
