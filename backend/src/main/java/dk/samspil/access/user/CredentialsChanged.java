package dk.samspil.access.user;

/**
 * A user's password changed or the account was deactivated: every session of theirs ends, but the one
 * named (the session that changed its own password). Fired inside the write's transaction; the
 * sessions feature observes it, so accounts need not know how sessions are kept.
 */
public record CredentialsChanged(long userId, Long keepSession) {}
