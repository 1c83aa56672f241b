package dk.samspil.directory.reference;

import dk.samspil.common.http.QueryParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The region query parameter of what can be narrowed to one of the five regions: its code, 1081-1085. */
public class RegionParam {

    private static final String NAME = "region";

    @QueryParam(NAME)
    @Parameter(
            description = "Region code, e.g. 1081",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1081", maximum = "1085"))
    String code;

    /** The region asked for, or null; a 400 naming the parameter when it is not a region code. */
    public Integer value() {
        return QueryParams.optionalInt(NAME, code, 1081, 1085);
    }
}
