package dk.samspil.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dk.samspil.common.text.Texts;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every string read from a JSON body is refused when it holds a control character other than tab, CR and
 * LF: a NUL byte ("\u0000") cannot be stored in PostgreSQL, and the others have no place in Samspil's text.
 * The refusal names the field ({@link ControlCharacterException}, a 400 problem).
 */
@Singleton
public class TextWithoutControlCharacters implements ObjectMapperCustomizer {

    /** A string with a control character; its path says which field. */
    public static final class ControlCharacterException extends JsonMappingException {
        ControlCharacterException(JsonParser parser) {
            super(parser, "A control character in a string");
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("samspil-text").addDeserializer(String.class, new Checked()));
    }

    private static final class Checked extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && Texts.hasControlCharacter(value, true)) {
                throw new ControlCharacterException(parser);
            }
            return value;
        }
    }
}
