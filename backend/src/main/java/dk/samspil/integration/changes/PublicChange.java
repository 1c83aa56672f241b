package dk.samspil.integration.changes;

/**
 * A change the public may see, fired synchronously in the writer's transaction right after its feed entry
 * is written: private contacts and files never appear, and a contact that stops being public appears as
 * deleted. Observers that queue work for it (webhooks) commit or roll back with the change.
 */
public record PublicChange(ChangeView change) {}
