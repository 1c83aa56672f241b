package dk.samspil.access.token;

import dk.samspil.common.security.TokenScope;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A token's stored fields, as a projection reads them. Whether it is active depends on when one asks,
 * by the application's clock, so the view is made from it with that "now".
 */
public record TokenRow(
        long id,
        String name,
        String prefix,
        String[] scopes,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        Instant createdAt,
        long version) {

    static TokenRow of(ApiToken t) {
        return new TokenRow(
                t.id, t.name, t.prefix, t.scopes, t.expiresAt, t.revokedAt, t.lastUsedAt, t.createdAt, t.version);
    }

    TokenView view(Instant now) {
        boolean active = revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
        return new TokenView(
                id,
                name,
                prefix,
                List.copyOf(scopes(scopes)),
                expiresAt,
                revokedAt,
                lastUsedAt,
                createdAt,
                active,
                version);
    }

    /** The stored scope names as scopes, in their declared order. */
    static Set<TokenScope> scopes(String[] values) {
        Set<TokenScope> set = EnumSet.noneOf(TokenScope.class);
        Arrays.stream(values).map(TokenScope::of).forEach(set::add);
        return set;
    }
}
