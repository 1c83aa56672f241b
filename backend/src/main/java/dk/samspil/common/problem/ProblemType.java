package dk.samspil.common.problem;

import jakarta.ws.rs.core.Response.Status;

/** The problem types the API uses; each is documented in docs/api.md. */
public enum ProblemType {
    VALIDATION("validation", Status.BAD_REQUEST),
    BAD_REQUEST("bad-request", Status.BAD_REQUEST),
    UNAUTHORIZED("unauthorized", Status.UNAUTHORIZED),
    FORBIDDEN("forbidden", Status.FORBIDDEN),
    NOT_FOUND("not-found", Status.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", Status.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", Status.NOT_ACCEPTABLE),
    CONFLICT("conflict", Status.CONFLICT),
    STILL_REFERENCED("still-referenced", Status.CONFLICT),
    GONE("gone", Status.GONE),
    PRECONDITION_FAILED("precondition-failed", Status.PRECONDITION_FAILED),
    PAYLOAD_TOO_LARGE("payload-too-large", Status.REQUEST_ENTITY_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", Status.UNSUPPORTED_MEDIA_TYPE),
    URI_TOO_LONG("uri-too-long", 414),
    HEADERS_TOO_LARGE("headers-too-large", 431),
    PRECONDITION_REQUIRED("precondition-required", 428),
    TOO_MANY_REQUESTS("too-many-requests", Status.TOO_MANY_REQUESTS),
    INTERNAL("internal", Status.INTERNAL_SERVER_ERROR),
    SERVICE_UNAVAILABLE("service-unavailable", Status.SERVICE_UNAVAILABLE);

    private final String slug;
    private final int status;

    ProblemType(String slug, Status status) {
        this(slug, status.getStatusCode());
    }

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    /** Message key prefix, e.g. problem.not-found.title. */
    public String key() {
        return "problem." + slug;
    }

    public int status() {
        return status;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
