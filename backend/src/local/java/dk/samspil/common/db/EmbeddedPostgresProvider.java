package dk.samspil.common.db;

import java.nio.file.Path;

/** The embedded database of the local build, found by {@link EmbeddedDatabase#find()} (by name). */
public final class EmbeddedPostgresProvider implements EmbeddedDatabase {

    @Override
    public Connection start(Path dataDirectory, boolean keepData) {
        return EmbeddedPostgresLauncher.start(dataDirectory, keepData);
    }
}
