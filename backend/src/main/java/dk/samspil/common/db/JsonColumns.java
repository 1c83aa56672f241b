package dk.samspil.common.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Type;
import java.util.List;

/**
 * JSON arrays the database built (json_agg), read into lists of records by their keys: a key the record does
 * not have, or a missing value for a primitive, fails at once, as a missing column does in {@link Rows}.
 */
final class JsonColumns {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private JsonColumns() {}

    /** @param listType the record component's declared type, such as {@code List<MaterialView>} */
    static List<?> list(String json, Type listType) {
        JavaType type = JSON.getTypeFactory().constructType(listType);
        try {
            return List.copyOf(JSON.<List<?>>readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON array from the database could not be read as " + type, e);
        }
    }
}
