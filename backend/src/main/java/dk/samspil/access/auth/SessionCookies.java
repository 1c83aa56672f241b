package dk.samspil.access.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it) and
 * Secure when served over TLS (samspil.session.secure-cookie: auto, true or false).
 */
@ApplicationScoped
public class SessionCookies {

    @ConfigProperty(name = "samspil.session.secure-cookie", defaultValue = "auto")
    String secure;

    public NewCookie issue(String secret, UriInfo uri) {
        return base(uri).value(secret).build();
    }

    public NewCookie cleared(UriInfo uri) {
        return base(uri).value("").maxAge(0).expiry(new java.util.Date(0)).build();
    }

    private NewCookie.Builder base(UriInfo uri) {
        boolean tls = switch (secure) {
            case "true" -> true;
            case "false" -> false;
            default -> "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
        };
        return new NewCookie.Builder(AuthenticationFilter.SESSION_COOKIE)
                .path("/")
                .httpOnly(true)
                .secure(tls)
                .sameSite(NewCookie.SameSite.STRICT);
    }
}
