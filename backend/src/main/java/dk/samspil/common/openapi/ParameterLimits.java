package dk.samspil.common.openapi;

import dk.samspil.common.http.QueryParams;
import dk.samspil.common.validation.ResourceId;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The limits every parameter of this API has, where its declaration leaves them out: a 64-bit number in
 * a path or query is the id of a stored resource ({@link ResourceId}), and a text is at most
 * {@link QueryParams#MAX_TEXT} characters ({@link QueryParams} refuses longer search texts; no slug, sort
 * or ETag is that long). A parameter that says more (an enum, a format, its own range) keeps what it says.
 */
final class ParameterLimits {

    private ParameterLimits() {}

    static void complete(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null
                || schema.getRef() != null
                || schema.getType() == null
                || schema.getType().isEmpty()) {
            return;
        }
        if (schema.getType().contains(Schema.SchemaType.INTEGER)
                && "int64".equals(schema.getFormat())
                && schema.getMinimum() == null
                && schema.getMaximum() == null) {
            schema.setMinimum(BigDecimal.valueOf(ResourceId.MIN));
            schema.setMaximum(BigDecimal.valueOf(ResourceId.MAX));
        }
        if (schema.getType().contains(Schema.SchemaType.STRING)
                && schema.getMaxLength() == null
                && schema.getEnumeration() == null
                && schema.getFormat() == null) {
            schema.setMaxLength(QueryParams.MAX_TEXT);
        }
    }
}
