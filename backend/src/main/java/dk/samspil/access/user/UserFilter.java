package dk.samspil.access.user;

import dk.samspil.common.security.Role;

/** Filters of GET /api/users; null means "any". */
public record UserFilter(Role role, Boolean active, Long library, String q) {}
