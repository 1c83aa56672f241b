package dk.samspil.access.token;

import dk.samspil.access.credential.Secrets;
import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.PageRequest;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        ApiToken token = em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", Secrets.sha256(secret))
                .getResultStream()
                .findFirst()
                .orElse(null);
        Instant now = clock.now();
        if (token == null) {
            throw new ApiException(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail.token");
        }
        if (token.revokedAt != null) {
            throw new ApiException(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail.token-revoked");
        }
        if (token.expiresAt != null && !now.isBefore(token.expiresAt)) {
            throw new ApiException(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail.token-expired");
        }
        if (token.lastUsedAt == null || Duration.between(token.lastUsedAt, now).compareTo(TOUCH_INTERVAL) >= 0) {
            long id = token.id;
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
                            .setParameter("now", now)
                            .setParameter("id", id)
                            .executeUpdate());
        }
        return Caller.token(token.id, token.name, scopes(token));
    }

    public TokenPage list(PageRequest page) {
        access.requireAdmin();
        long total =
                em.createQuery("select count(t) from ApiToken t", Long.class).getSingleResult();
        List<ApiToken> tokens = em.createQuery("select t from ApiToken t order by " + page.orderBy(), ApiToken.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        Instant now = clock.now();
        return new TokenPage(
                tokens.stream().map(t -> TokenView.of(t, now)).toList(),
                page.page(),
                page.size(),
                total,
                page.totalPages(total));
    }

    public Optional<TokenView> get(long id) {
        access.requireAdmin();
        return Optional.ofNullable(em.find(ApiToken.class, id)).map(t -> TokenView.of(t, clock.now()));
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
        em.persist(token);
        em.flush();
        audit.created("api_token", token.id, snapshot(token));
        return new TokenCreated(TokenView.of(token, now), secret);
    }

    /** Revokes (the record stays, for the audit trail and for recognising the token in logs). */
    @Transactional
    public void revoke(long id, String ifMatch) {
        access.requireAdmin();
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null) {
            throw ApiException.notFound("problem.not-found.detail.token", id);
        }
        ETags.requireMatch(ifMatch, token.version);
        if (token.revokedAt != null) {
            return;
        }
        Map<String, Object> before = snapshot(token);
        token.revokedAt = clock.now();
        em.flush();
        audit.updated("api_token", token.id, before, snapshot(token));
    }

    static Set<TokenScope> scopes(ApiToken token) {
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        Arrays.stream(token.scopes).map(TokenScope::of).forEach(scopes::add);
        return scopes;
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
