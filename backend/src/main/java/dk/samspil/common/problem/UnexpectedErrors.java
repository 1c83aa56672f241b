package dk.samspil.common.problem;

import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * An unexpected error (a 500): logged once with a new correlation id, which the problem then shows the caller. The
 * id is in the message and, while the record is logged, in the MDC as {@value #MDC_KEY}: a field of its own in the
 * JSON logs (SAMSPIL_LOG_JSON=true), so the log line of a problem's id can be found without parsing messages.
 */
public final class UnexpectedErrors {

    /** The MDC key, and so the JSON log field, of the correlation id. */
    public static final String MDC_KEY = "correlationId";

    private UnexpectedErrors() {}

    /** Logs {@code error} on {@code path} at ERROR and returns the correlation id to show. */
    public static String log(Logger log, Throwable error, String path) {
        String correlationId = UUID.randomUUID().toString();
        MDC.put(MDC_KEY, correlationId);
        try {
            log.errorf(error, "Unexpected error %s on %s", correlationId, path);
        } finally {
            MDC.remove(MDC_KEY);
        }
        return correlationId;
    }
}
