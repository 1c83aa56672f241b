package dk.samspil.access.token;

import dk.samspil.access.credential.Secrets;
import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.Pages;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.security.Access;
import dk.samspil.common.security.Caller;
import dk.samspil.common.security.TokenScope;
import dk.samspil.common.time.AppClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Integration tokens: issued by admins, shown once, stored hashed, revocable. */
@ApplicationScoped
public class TokenService {

    public static final String SECRET_PREFIX = "smp_";
    public static final SortFields SORT = SortFields.of(
            "-createdAt",
            "t.id desc",
            "name",
            "t.name",
            "createdAt",
            "t.createdAt",
            "lastUsedAt",
            "t.lastUsedAt",
            "expiresAt",
            "t.expiresAt");
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** The caller behind a bearer secret; 401 for unknown, revoked or expired tokens. */
    public Caller authenticate(String secret) {
        ApiToken token = ApiToken.<ApiToken>find("tokenHash", Secrets.sha256(secret))
                .firstResultOptional()
                .orElseThrow(() -> new ApiException(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail.token"));
        Instant now = clock.now();
        if (token.revokedAt != null) {
            throw new ApiException(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail.token-revoked");
        }
        if (token.expiresAt != null && !now.isBefore(token.expiresAt)) {
            throw new ApiException(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail.token-expired");
        }
        if (token.lastUsedAt == null || Duration.between(token.lastUsedAt, now).compareTo(TOUCH_INTERVAL) >= 0) {
            long id = token.id;
            QuarkusTransaction.requiringNew().run(() -> ApiToken.update("lastUsedAt = ?1 where id = ?2", now, id));
        }
        return Caller.token(token.id, token.name, TokenRow.scopes(token.scopes));
    }

    public TokenPage list(PageRequest page) {
        access.requireAdmin();
        Filters all = new Filters();
        long total = all.count(em, "select count(t) from ApiToken t");
        Instant now = clock.now();
        List<TokenView> items = all.page(em, """
                        select new dk.samspil.access.token.TokenRow(t.id, t.name, t.prefix, t.scopes, t.expiresAt,
                            t.revokedAt, t.lastUsedAt, t.createdAt, t.version) from ApiToken t""", page, total, TokenRow.class).stream()
                .map(row -> row.view(now))
                .toList();
        return Pages.of(items, page, total, TokenPage::new);
    }

    public Optional<TokenView> get(long id) {
        access.requireAdmin();
        return ApiToken.<ApiToken>findByIdOptional(id).map(t -> TokenRow.of(t).view(clock.now()));
    }

    @Transactional
    public TokenCreated create(TokenInput input) {
        Caller admin = access.requireAdmin();
        Instant now = clock.now();
        if (input.expiresAt() != null && !input.expiresAt().isAfter(now)) {
            throw ApiException.invalidField("expiresAt", "token.expires.past");
        }
        String secret = SECRET_PREFIX + Secrets.random();
        ApiToken token = new ApiToken();
        token.name = input.name().trim();
        token.tokenHash = Secrets.sha256(secret);
        token.prefix = secret.substring(0, SECRET_PREFIX.length() + 6);
        token.scopes = input.scopes() == null
                ? new String[0]
                : input.scopes().stream()
                        .distinct()
                        .sorted()
                        .map(TokenScope::value)
                        .toArray(String[]::new);
        token.expiresAt = input.expiresAt();
        token.createdBy = admin.kind() == Caller.Kind.USER ? admin.id() : null;
        token.createdAt = now;
        token.persistAndFlush();
        audit.created("api_token", token.id, snapshot(token));
        return new TokenCreated(TokenRow.of(token).view(now), secret);
    }

    /** Revokes (the record stays, for the audit trail and for recognising the token in logs). */
    @Transactional
    public void revoke(long id, String ifMatch) {
        access.requireAdmin();
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.token", id));
        ETags.requireMatch(ifMatch, token.version);
        if (token.revokedAt != null) {
            return;
        }
        Map<String, Object> before = snapshot(token);
        token.revokedAt = clock.now();
        ApiToken.flush();
        audit.updated("api_token", token.id, before, snapshot(token));
    }

    private static Map<String, Object> snapshot(ApiToken t) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", t.name);
        map.put("scopes", List.of(t.scopes));
        map.put("expiresAt", t.expiresAt);
        map.put("revokedAt", t.revokedAt);
        return map;
    }
}
