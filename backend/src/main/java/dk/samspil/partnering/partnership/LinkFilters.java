package dk.samspil.partnering.partnership;

import dk.samspil.common.http.QueryParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters partnerships and good examples share: a library, partner or theme they are linked with. */
public class LinkFilters {

    @QueryParam("libraryId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    String libraryId;

    @QueryParam("partnerId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    String partnerId;

    @QueryParam("themeId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    String themeId;

    public Long libraryId() {
        return QueryParams.optionalId("libraryId", libraryId);
    }

    public Long partnerId() {
        return QueryParams.optionalId("partnerId", partnerId);
    }

    public Long themeId() {
        return QueryParams.optionalId("themeId", themeId);
    }
}
