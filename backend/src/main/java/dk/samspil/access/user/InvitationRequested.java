package dk.samspil.access.user;

/**
 * An account was created without a password, or an admin asked to invite its owner again: its owner
 * gets a link by mail to choose one. Fired inside the write's transaction; accounts (access/account)
 * observe it, so users need not know how links are made and mailed.
 */
public record InvitationRequested(long userId, String invitedBy) {}
