package dk.samspil.common.problem;

import java.util.List;

/**
 * A refusal that the client should see as a problem. Services throw it with a message key and
 * arguments; the mapper renders the detail in the client's language.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] args;
    private final List<FieldError> errors;
    private final List<Reference> references;
    private transient Object[] fieldMessageArgs = new Object[0];
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    public ApiException(ProblemType type, String detailKey, Object... args) {
        this(type, null, null, detailKey, args);
    }

    private ApiException(
            ProblemType type, List<FieldError> errors, List<Reference> references, String detailKey, Object... args) {
        super(detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.args = args;
        this.errors = errors;
        this.references = references;
    }

    public static ApiException notFound(String detailKey, Object... args) {
        return new ApiException(ProblemType.NOT_FOUND, detailKey, args);
    }

    public static ApiException conflict(String detailKey, Object... args) {
        return new ApiException(ProblemType.CONFLICT, detailKey, args);
    }

    /** A conflict caused by one field's value (e.g. a unique number in use): 409, with the field named. */
    public static ApiException conflictOnField(String field, String messageKey, Object... args) {
        ApiException e = new ApiException(
                ProblemType.CONFLICT, List.of(new FieldError(field, messageKey)), null, messageKey, args);
        e.fieldMessageArgs = args;
        return e;
    }

    public static ApiException badRequest(String detailKey, Object... args) {
        return new ApiException(ProblemType.BAD_REQUEST, detailKey, args);
    }

    /** A rule on one input field was broken: reported like a Bean Validation failure. */
    public static ApiException invalidField(String field, String messageKey, Object... args) {
        ApiException e = new ApiException(
                ProblemType.VALIDATION,
                List.of(new FieldError(field, messageKey)),
                null,
                "problem.validation.detail.fields",
                field);
        e.fieldMessageArgs = args;
        return e;
    }

    /** Adds a response header, e.g. Retry-After on 429. */
    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public java.util.Map<String, String> headers() {
        return headers;
    }

    /** Arguments of the field error's message. */
    public Object[] fieldMessageArgs() {
        return fieldMessageArgs;
    }

    public static ApiException stillReferenced(List<Reference> references, String detailKey, Object... args) {
        return new ApiException(ProblemType.STILL_REFERENCED, null, references, detailKey, args);
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args;
    }

    /** Field errors whose message is still a key, to be resolved in the client's language. */
    public List<FieldError> errors() {
        return errors;
    }

    public List<Reference> references() {
        return references;
    }
}
