package dk.samspil.common.http;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * An id in a path is written in digits, as the contract's integers are: Long.parseLong would also read
 * "+1", "١" (Arabic-Indic one) and "１" (fullwidth one) as 1, so that {@code /api/libraries/١} answered, and
 * DELETE removed, library 1. Anything else is no such resource: 404, as JAX-RS answers "abc".
 */
@Provider
public class PathIds implements ParamConverterProvider {

    private static final Pattern DIGITS = Pattern.compile("-?[0-9]{1,19}");

    private static final ParamConverter<Long> STRICT = new ParamConverter<>() {
        @Override
        public Long fromString(String value) {
            if (value == null || !DIGITS.matcher(value).matches()) {
                throw new NotFoundException();
            }
            try {
                return Long.valueOf(value);
            } catch (NumberFormatException beyondLong) {
                throw new NotFoundException();
            }
        }

        @Override
        public String toString(Long value) {
            return String.valueOf(value);
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        boolean id = rawType == long.class || rawType == Long.class;
        if (!id || annotations == null || Arrays.stream(annotations).noneMatch(a -> a instanceof PathParam)) {
            return null;
        }
        return (ParamConverter<T>) STRICT;
    }
}
