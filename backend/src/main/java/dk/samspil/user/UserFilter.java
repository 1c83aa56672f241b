package dk.samspil.user;

import dk.samspil.auth.Role;

/** Filters of GET /api/users; null means "any". */
public record UserFilter(Role role, Boolean active, Long library, String q) {
}
