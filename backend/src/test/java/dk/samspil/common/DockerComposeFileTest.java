package dk.samspil.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** docker-compose.yml is valid for Debian's docker-compose and runs the production shape. */
class DockerComposeFileTest {

    private static final Path COMPOSE_FILE =
            Path.of("..", "docker-compose.yml").toAbsolutePath().normalize();

    @Test
    void composeFileIsValid() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("docker-compose", "-f", COMPOSE_FILE.toString(), "config", "-q")
                .redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "docker-compose config -q failed:\n" + output);
    }

    @Test
    void composeRunsPostgres17WithAVolumeAndTheBackendWithoutAnEmbeddedDatabase() throws IOException {
        String compose = Files.readString(COMPOSE_FILE);
        assertTrue(compose.contains("image: postgres:17"), "PostgreSQL 17");
        assertTrue(compose.contains("samspil-db:/var/lib/postgresql/data"), "named volume for the data");
        assertTrue(compose.contains("healthcheck:"), "database healthcheck");
        assertTrue(compose.contains("dockerfile: backend/Dockerfile"), "backend built from the repository");
        assertTrue(compose.contains("DB_URL: jdbc:postgresql://db:5432/samspil"), "backend points at the server");
        String dockerfile = Files.readString(COMPOSE_FILE.resolveSibling("backend/Dockerfile"));
        assertTrue(dockerfile.contains("SAMSPIL_EMBEDDED_DB=false"), "the image never starts an embedded database");
    }
}
