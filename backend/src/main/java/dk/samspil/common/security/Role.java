package dk.samspil.common.security;

/** What a user may do; a user may hold several roles (see the matrix in docs/api.md). */
public enum Role {
    /** Edits one library (the user's), its sign-ups, activities and partnerships. */
    EDITOR,
    /** Runs the collaboration: themes, sign-ups of every library, partners, toolbox, libraries. */
    COORDINATOR,
    /** Everything, including users and integration tokens. */
    ADMIN
}
