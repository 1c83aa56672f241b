package dk.samspil.common.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Who may call an operation, as the contract says it: the three ways to call and the default for each
 * kind of operation. Reads are public (anonymous, with a token or a session: signed-in callers may see
 * more, such as private contact details); writes need a token or a session with its CSRF token. An
 * operation that differs declares its own {@code @SecurityRequirement}s, which are kept as they are.
 * {@code AuthorizationMatrixTest} fails when the contract and what the API does disagree.
 */
public final class AccessRules {

    public static final String TOKEN = "token";
    public static final String SESSION = "session";
    public static final String CSRF = "csrf";

    static final String TOKEN_DESCRIPTION =
            "An integration token (smp_...), issued by an admin: Authorization: Bearer smp_.... Every token reads"
                    + " what the public reads; its scopes add to that: read-private reads private details (contact"
                    + " persons' email and phone, files of partnerships), write writes what a coordinator may write"
                    + " (never users or tokens). Tokens expire and can be revoked.";
    static final String SESSION_DESCRIPTION =
            "The browser session: the HttpOnly cookie that POST /api/auth/login sets. Writes with it also need"
                    + " the session's CSRF token in X-CSRF-Token.";
    static final String CSRF_DESCRIPTION =
            "The session's CSRF token (from GET /api/auth/session or the login answer), required with the"
                    + " session cookie on every write.";

    private AccessRules() {}

    /**
     * Gives an operation that declares nothing the default for its method, and adds the CSRF token to
     * every session requirement of a write (the API refuses a session write without it).
     */
    static void complete(PathItem.HttpMethod method, Operation op) {
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
        if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
            if (!read) {
                op.getSecurity().stream()
                        .filter(r -> r.hasScheme(SESSION) && !r.hasScheme(CSRF))
                        .forEach(r -> r.addScheme(CSRF));
            }
            return;
        }
        op.setSecurity(
                read
                        ? List.of(anyone(), requirement(TOKEN), requirement(SESSION))
                        : List.of(requirement(TOKEN), requirement(SESSION, CSRF)));
    }

    private static SecurityRequirement anyone() {
        return OASFactory.createSecurityRequirement();
    }

    private static SecurityRequirement requirement(String... schemes) {
        SecurityRequirement requirement = OASFactory.createSecurityRequirement();
        for (String scheme : schemes) {
            requirement.addScheme(scheme);
        }
        return requirement;
    }
}
