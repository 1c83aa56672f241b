package dk.samspil.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.TreeTraversingParser;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON body is read as the contract types it, not converted into it: a value of another JSON type is a
 * 400 naming the field (docs/api.md, "a value of the wrong type"). Jackson would otherwise read "true" as a
 * boolean, "12" and 12.7 as the integer 12, 7 and true as text, 3 as the fourth constant of an enum, and
 * would stop reading at the end of the first JSON value, whatever came after it. An enum constant is
 * written as it is (Jackson would trim "SCHOOL " to SCHOOL), an array read into a set repeats no item (the
 * contract says uniqueItems; Jackson would drop the repeats), and dates and times are RFC 3339's, with a year
 * of four digits: java.time also reads "+10000-01-01" and "-999999999-01-01", which PostgreSQL cannot store,
 * and takes a date-time for a date.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** RFC 3339's forms: a full-date for a date (java.time would also take a date-time and drop its time). */
    private static final Map<Class<?>, Pattern> TIMES = Map.of(
            LocalDate.class, Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}"),
            OffsetDateTime.class, Pattern.compile("[0-9]{4}-.*", Pattern.DOTALL),
            Instant.class, Pattern.compile("[0-9]{4}-.*", Pattern.DOTALL));

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("samspil-strict-shapes").setDeserializerModifier(new Shapes()));
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    private static final class Shapes extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription bean, JsonDeserializer<?> deserializer) {
            Pattern form = TIMES.get(bean.getBeanClass());
            return form == null ? deserializer : new Rfc3339(deserializer, form);
        }

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(
                DeserializationConfig config, JavaType type, BeanDescription bean, JsonDeserializer<?> enums) {
            return new ExactEnum(enums);
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(
                DeserializationConfig config,
                CollectionType type,
                BeanDescription bean,
                JsonDeserializer<?> collections) {
            return Set.class.isAssignableFrom(type.getRawClass()) ? new NoRepeats(collections) : collections;
        }
    }

    /** A date or time from text of its RFC 3339 form (a year of four digits first); anything else is wrong. */
    private static final class Rfc3339 extends DelegatingDeserializer {
        private final Pattern form;

        Rfc3339(JsonDeserializer<?> time, Pattern form) {
            super(time);
            this.form = form;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Rfc3339(delegate, form);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                // not a count of days or seconds, nor [year, month, day]
                return context.handleUnexpectedToken(handledType(), parser);
            }
            if (!form.matcher(parser.getText()).matches()) {
                return context.handleWeirdStringValue(
                        handledType(), parser.getText(), "not RFC 3339: the year has four digits");
            }
            return super.deserialize(parser, context);
        }
    }

    /**
     * An enum constant as it is written: text with space or control characters around it is no constant
     * (Jackson would trim a NUL byte and "DOCUMENT" to DOCUMENT).
     */
    private static final class ExactEnum extends DelegatingDeserializer {
        ExactEnum(JsonDeserializer<?> enums) {
            super(enums);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnum(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)
                    && !(parser.getText().equals(parser.getText().trim())
                            && parser.getText().equals(parser.getText().strip()))) {
                return context.handleWeirdStringValue(handledType(), parser.getText(), "space around the name");
            }
            return super.deserialize(parser, context);
        }
    }

    /** A JSON array read into a set: refused when an item comes twice, rather than kept once. */
    private static final class NoRepeats extends DelegatingDeserializer {
        NoRepeats(JsonDeserializer<?> sets) {
            super(sets);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new NoRepeats(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.isExpectedStartArrayToken()) {
                return super.deserialize(parser, context);
            }
            JsonNode items = context.readTree(parser);
            Set<JsonNode> seen = new HashSet<>();
            for (JsonNode item : items) {
                if (!seen.add(item)) {
                    return context.reportInputMismatch(this, "An item comes twice: %s", item);
                }
            }
            try (JsonParser again = new TreeTraversingParser(items, parser.getCodec())) {
                again.nextToken();
                return super.deserialize(again, context);
            }
        }
    }
}
