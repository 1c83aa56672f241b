package dk.samspil.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dk.samspil.common.i18n.Messages;
import dk.samspil.common.json.TextWithoutControlCharacters;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into one RFC 9457 problem+json response. Nothing internal (stack traces,
 * class names, SQL) reaches the client; unexpected errors are logged with a correlation id that
 * the response carries.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        List<FieldError> errors = e.errors() == null
                ? null
                : e.errors().stream()
                        .map(fe -> new FieldError(fe.field(), Messages.get(locale, fe.message(), e.fieldMessageArgs())))
                        .toList();
        Response.ResponseBuilder response = problemResponse(
                e.type(), Messages.get(locale, e.detailKey(), e.args()), uri, locale, null, errors, e.references());
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> lastKind(v.getPropertyPath()) == ElementKind.RETURN_VALUE
                        || containsKind(v.getPropertyPath(), ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, headers, uri);
        }
        Locale locale = Messages.locale(headers);
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        return build(
                ProblemType.VALIDATION,
                Messages.get(locale, "problem.validation.detail.fields", fields),
                uri,
                locale,
                null,
                errors,
                null);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof ConstraintViolationException cve) {
            return constraintViolation(cve, headers, uri);
        }
        return unexpected(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return badJson(e, headers, uri);
    }

    /** Registered for the exact type (and before the built-in one) so unreadable JSON gets a problem body too. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedJson(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return badJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(
            WebApplicationException e, HttpHeaders headers, UriInfo uri, jakarta.ws.rs.core.Request request) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return badJson(json, headers, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        Locale locale = Messages.locale(headers);
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> Messages.get(locale, "problem.not-found.detail.route", path(uri));
            case METHOD_NOT_ALLOWED -> Messages.get(locale, "problem.method-not-allowed.detail", request.getMethod());
            case UNSUPPORTED_MEDIA_TYPE ->
                Messages.get(locale, "problem.unsupported-media-type.detail", String.valueOf(headers.getMediaType()));
            default -> Messages.get(locale, type.key() + ".detail");
        };
        return build(type, detail, uri, locale, null, null, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return apiException(api, headers, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                Locale locale = Messages.locale(headers);
                return build(
                        ProblemType.PRECONDITION_FAILED,
                        Messages.get(locale, "problem.precondition-failed.detail"),
                        uri,
                        locale,
                        null,
                        null,
                        null);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException sql) {
                return dataConflict(sql, headers, uri);
            }
            if (isBrokenMultipart(cause)) {
                Locale locale = Messages.locale(headers);
                return build(
                        ProblemType.BAD_REQUEST,
                        Messages.get(locale, "problem.bad-request.detail.malformed-multipart"),
                        uri,
                        locale,
                        null,
                        null,
                        null);
            }
            if (cause instanceof ConstraintViolationException cve) {
                return constraintViolation(cve, headers, uri);
            }
        }
        if (databaseUnreachable(e)) {
            LOG.warnf("Database unreachable on %s: %s", path(uri), e);
            Locale locale = Messages.locale(headers);
            return problemResponse(
                            ProblemType.SERVICE_UNAVAILABLE,
                            Messages.get(locale, "problem.service-unavailable.detail.database"),
                            uri,
                            locale,
                            null,
                            null,
                            null)
                    .header("Retry-After", DATABASE_RETRY_AFTER_SECONDS)
                    .build();
        }
        String correlationId = UnexpectedErrors.log(LOG, e, path(uri));
        Locale locale = Messages.locale(headers);
        return build(
                ProblemType.INTERNAL,
                Messages.get(locale, "problem.internal.detail", correlationId),
                uri,
                locale,
                correlationId,
                null,
                null);
    }

    /** How long a client is asked to wait when the database is unreachable: about how long it takes to notice it is back. */
    static final String DATABASE_RETRY_AFTER_SECONDS = "5";

    /**
     * The database is down or unreachable rather than the request wrong: no connection to be had within the
     * pool's acquisition timeout (Agroal), a connection refused or lost (SQL state class 08), or the server
     * shutting down or starting (57P01-57P03). The client may retry: 503 with Retry-After.
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause : causesAndSuppressed(e)) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                if ((state != null && (state.startsWith("08") || state.startsWith("57P0")))
                        || message.contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An exception, its causes, and what each suppressed along the way (a commit that fails when the database
     * goes away reports the lost connection as suppressed by the rollback), at most a few dozen.
     */
    private static List<Throwable> causesAndSuppressed(Throwable e) {
        List<Throwable> found = new ArrayList<>();
        Deque<Throwable> pending = new ArrayDeque<>(List.of(e));
        while (!pending.isEmpty() && found.size() < 50) {
            Throwable next = pending.removeFirst();
            if (found.stream().anyMatch(seen -> seen == next)) {
                continue;
            }
            found.add(next);
            if (next.getCause() != null) {
                pending.addLast(next.getCause());
            }
            pending.addAll(List.of(next.getSuppressed()));
        }
        return found;
    }

    /**
     * A multipart body cut short or not well-formed, as the REST layer's parser reports it (an IOException
     * saying so): the client's fault. Other I/O failures stay 500.
     */
    private static boolean isBrokenMultipart(Throwable cause) {
        return cause instanceof java.io.IOException
                && cause.getMessage() != null
                && cause.getMessage().toLowerCase(Locale.ROOT).contains("multipart");
    }

    /** A database constraint caught what the service checks missed (a race): report, do not crash. */
    private Response dataConflict(
            org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        String sqlState = e.getSQLState();
        if ("23503".equals(sqlState)) { // foreign_key_violation
            return build(
                    ProblemType.STILL_REFERENCED,
                    Messages.get(locale, "problem.still-referenced.detail.race"),
                    uri,
                    locale,
                    null,
                    null,
                    null);
        }
        if ("23505".equals(sqlState)) { // unique_violation
            return build(
                    ProblemType.CONFLICT,
                    Messages.get(locale, "problem.conflict.detail.duplicate"),
                    uri,
                    locale,
                    null,
                    null,
                    null);
        }
        return build(
                ProblemType.VALIDATION,
                Messages.get(locale, "problem.validation.detail"),
                uri,
                locale,
                null,
                null,
                null);
    }

    private Response badJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        String detail;
        if (e instanceof TextWithoutControlCharacters.ControlCharacterException control) {
            detail = Messages.get(locale, "problem.bad-request.detail.control-character", jsonPath(control));
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            detail = Messages.get(locale, "problem.bad-request.detail.unknown-field", unknown.getPropertyName());
        } else if (e instanceof InvalidFormatException
                || (e instanceof JsonMappingException m && !m.getPath().isEmpty())) {
            detail = Messages.get(locale, "problem.bad-request.detail.wrong-type", jsonPath((JsonMappingException) e));
        } else if (e instanceof JsonParseException) {
            detail = Messages.get(locale, "problem.bad-request.detail.malformed-json");
        } else {
            detail = Messages.get(locale, "problem.bad-request.detail.unreadable-json");
        }
        return build(ProblemType.BAD_REQUEST, detail, uri, locale, null, null, null);
    }

    /** The full request path (UriInfo.getPath() is relative to /api). */
    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {}
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (!name.isEmpty()) {
                        name.append('.');
                    }
                    name.append(node.getName());
                    if (node.getIndex() != null) {
                        name.append('[').append(node.getIndex()).append(']');
                    }
                }
            }
        }
        return !name.isEmpty() ? name.toString() : parameter == null ? "" : parameter;
    }

    private static ElementKind lastKind(Path path) {
        ElementKind kind = null;
        for (Path.Node node : path) {
            kind = node.getKind();
        }
        return kind;
    }

    private static boolean containsKind(Path path, ElementKind kind) {
        for (Path.Node node : path) {
            if (node.getKind() == kind) {
                return true;
            }
        }
        return false;
    }

    private static Response build(
            ProblemType type,
            String detail,
            UriInfo uri,
            Locale locale,
            String correlationId,
            List<FieldError> errors,
            List<Reference> references) {
        return problemResponse(type, detail, uri, locale, correlationId, errors, references)
                .build();
    }

    private static Response.ResponseBuilder problemResponse(
            ProblemType type,
            String detail,
            UriInfo uri,
            Locale locale,
            String correlationId,
            List<FieldError> errors,
            List<Reference> references) {
        Problem problem = new Problem(
                type.uri(),
                Messages.get(locale, type.key() + ".title"),
                type.status(),
                detail,
                path(uri),
                correlationId,
                errors,
                references);
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(problem);
    }
}
