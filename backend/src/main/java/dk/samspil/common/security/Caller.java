package dk.samspil.common.security;

import java.util.Set;

/**
 * Who is making the request: a signed-in user, an integration token or nobody. The backend's rules
 * ask this, never the client.
 */
public record Caller(Kind kind, Long id, String name, Set<Role> roles, Long libraryId, Set<TokenScope> scopes) {

    public enum Kind {
        ANONYMOUS,
        USER,
        TOKEN,
        SYSTEM
    }

    public static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, null, "anonymous", Set.of(), null, Set.of());

    /** Samspil itself, loading demo content at start: may do what an admin may. */
    public static final Caller SYSTEM = new Caller(Kind.SYSTEM, null, "Samspil", Set.of(Role.ADMIN), null, Set.of());

    public static Caller user(long id, String name, Set<Role> roles, Long libraryId) {
        return new Caller(Kind.USER, id, name, Set.copyOf(roles), libraryId, Set.of());
    }

    public static Caller token(long id, String name, Set<TokenScope> scopes) {
        return new Caller(Kind.TOKEN, id, name, Set.of(), null, Set.copyOf(scopes));
    }

    public boolean anonymous() {
        return kind == Kind.ANONYMOUS;
    }

    public boolean admin() {
        return roles.contains(Role.ADMIN);
    }

    /** Coordinators and admins, and tokens with the write scope, manage the collaboration. */
    public boolean coordinates() {
        return roles.contains(Role.COORDINATOR) || admin() || scopes.contains(TokenScope.WRITE);
    }

    /** May change this library and what belongs to it. */
    public boolean editsLibrary(long library) {
        return coordinates() || (roles.contains(Role.EDITOR) && libraryId != null && libraryId == library);
    }

    /** May see private details (contact details marked private). */
    public boolean readsPrivate() {
        return kind == Kind.USER || scopes.contains(TokenScope.READ_PRIVATE);
    }
}
