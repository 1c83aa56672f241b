package dk.samspil.access.auth;

import dk.samspil.access.credential.Secrets;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.security.CurrentCaller;
import dk.samspil.common.web.ClientAddress;
import dk.samspil.common.web.Origins;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Works out who calls, for every API request: a bearer token, a session cookie, or nobody.
 * Writes with a cookie must carry the session's CSRF token and come from an allowed origin;
 * every call counts against its caller's rate limit, which each answer reports.
 */
public class AuthenticationFilter {

    public static final String SESSION_COOKIE = "samspil_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String CLEAR_COOKIE = "samspil.clear-session-cookie";
    private static final String RATE_LIMIT = "samspil.rate-limit";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** The only writes open to anonymous callers: signing in and out, and getting a password by mail. */
    private static final Set<String> SIGN_IN_PATHS =
            Set.of("/api/auth/login", "/api/auth/logout", "/api/auth/password-reset", "/api/auth/new-password");

    @Inject
    CurrentCaller current;

    @Inject
    SessionService sessions;

    @Inject
    dk.samspil.access.token.TokenService tokens;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    Origins origins;

    @Inject
    SessionCookies cookies;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request, HttpServerRequest http) {
        try {
            identify(request, http);
        } finally {
            // Refused calls count too: guessing tokens costs quota like anything else.
            rateLimiter
                    .count(current.get(), ClientAddress.of(http))
                    .ifPresent(standing -> request.setProperty(RATE_LIMIT, standing));
        }
    }

    private void identify(ContainerRequestContext request, HttpServerRequest http) {
        boolean safe = SAFE_METHODS.contains(request.getMethod());
        if (!safe && !origins.allowed(http)) {
            throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.origin");
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() <= 7) {
                throw new ApiException(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail.scheme");
            }
            current.set(tokens.authenticate(authorization.substring(7).trim()), null);
            return;
        }
        Cookie cookie = request.getCookies().get(SESSION_COOKIE);
        if (cookie != null && !cookie.getValue().isBlank()) {
            var session = sessions.resolve(cookie.getValue());
            if (session.isPresent()) {
                if (!safe
                        && !Secrets.constantTimeEquals(
                                session.get().csrfToken(), request.getHeaderString(CSRF_HEADER))) {
                    throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.csrf");
                }
                current.set(session.get().caller(), session.get().id());
                return;
            }
            // Expired or logged out: the browser should forget the cookie. Signing in (or out) again, or
            // getting a new password, is what such a browser should do next, so those go on as anonymous.
            request.setProperty(CLEAR_COOKIE, Boolean.TRUE);
            if (!safe && !signIn(request)) {
                throw new ApiException(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail.session-expired");
            }
        }
        if (!safe && !signIn(request)) {
            // Nobody writes anonymously: refused before the body is even validated.
            throw new ApiException(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail");
        }
    }

    private static boolean signIn(ContainerRequestContext request) {
        return SIGN_IN_PATHS.contains(request.getUriInfo().getRequestUri().getPath());
    }

    @ServerResponseFilter
    public void completeResponse(ContainerRequestContext request, ContainerResponseContext response) {
        if (Boolean.TRUE.equals(request.getProperty(CLEAR_COOKIE))) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookies.cleared(request.getUriInfo()));
        }
        if (request.getProperty(RATE_LIMIT) instanceof RateLimiter.Standing standing) {
            response.getHeaders().putSingle(RateLimiter.POLICY_HEADER, standing.policy());
            response.getHeaders().putSingle(RateLimiter.STATE_HEADER, standing.state());
        }
    }
}
