package dk.samspil.collaboration.participation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Sign-ups confirmed together")
public record Confirmation(
        @Schema(required = true, description = "How many were confirmed")
        int confirmed,

        @Schema(required = true, description = "Their ids, as given")
        List<Long> ids) {}
