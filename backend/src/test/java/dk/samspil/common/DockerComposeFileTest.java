package dk.samspil.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.samspil.testing.JvmOptionsFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml is valid for Debian's docker-compose and runs the production shape: no database password
 * of its own, health checks, the app after a healthy database; the Dockerfile builds without the embedded
 * database, runs as non-root and has a health check; the app's JVM is started with backend/jvm.options wherever it
 * runs.
 */
class DockerComposeFileTest {

    private static final Path COMPOSE_FILE =
            Path.of("..", "docker-compose.yml").toAbsolutePath().normalize();
    private static final Path DOCKERFILE = COMPOSE_FILE.resolveSibling("backend/Dockerfile");

    private record Result(int exitCode, String output) {}

    @Test
    void composeFileIsValidWithADatabasePassword() throws IOException, InterruptedException {
        Result result = config("a-password");
        assertEquals(0, result.exitCode(), "docker-compose config -q failed:\n" + result.output());
    }

    @Test
    void composeRefusesToRunWithoutADatabasePassword() throws IOException, InterruptedException {
        Result result = config(null);
        assertNotEquals(0, result.exitCode(), "docker-compose config -q passed without DB_PASSWORD");
        assertTrue(result.output().contains("DB_PASSWORD"), "the error names DB_PASSWORD:\n" + result.output());
    }

    @Test
    void everyDatabasePasswordIsRequiredNeverDefaulted() throws IOException {
        String compose = Files.readString(COMPOSE_FILE);
        Matcher uses = Pattern.compile("\\$\\{DB_PASSWORD([^}]*)}").matcher(compose);
        int count = 0;
        while (uses.find()) {
            count++;
            assertTrue(
                    uses.group(1).startsWith(":?"),
                    "DB_PASSWORD must be required (${DB_PASSWORD:?...}), not defaulted: " + uses.group());
        }
        assertEquals(2, count, "the database and the app both take DB_PASSWORD");
        assertTrue(compose.contains("POSTGRES_PASSWORD: ${DB_PASSWORD:?"), "the database's password is required");
        assertTrue(compose.contains("      DB_PASSWORD: ${DB_PASSWORD:?"), "the app's password is required");
    }

    @Test
    void composeRunsPostgres17WithAVolumeAndTheBackendWithoutAnEmbeddedDatabase() throws IOException {
        String compose = Files.readString(COMPOSE_FILE);
        assertTrue(compose.contains("image: postgres:17"), "PostgreSQL 17");
        assertTrue(compose.contains("samspil-db:/var/lib/postgresql/data"), "named volume for the data");
        assertTrue(compose.contains("pg_isready"), "database healthcheck");
        assertTrue(compose.contains("dockerfile: backend/Dockerfile"), "backend built from the repository");
        assertTrue(compose.contains("DB_URL: jdbc:postgresql://db:5432/samspil"), "backend points at the server");
        String app = compose.substring(compose.indexOf("\n  app:"));
        assertTrue(
                app.matches("(?s).*depends_on:\\s+db:\\s+condition: service_healthy.*"),
                "the app waits for a healthy database");
        assertTrue(
                app.matches("(?s).*healthcheck:\\s+#[^\\n]*\\n\\s+test: .*/q/health/ready.*"),
                "the app is health-checked on /q/health/ready");
    }

    @Test
    void theImageIsBuiltWithoutTheEmbeddedDatabaseAndRunsAsNonRootWithAHealthCheck() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        assertTrue(dockerfile.contains("SAMSPIL_EMBEDDED_DB=false"), "the image never starts an embedded database");
        assertTrue(dockerfile.contains("FROM node:24"), "the SPA is built on Node.js 24 LTS");
        assertTrue(dockerfile.matches("(?s).*FROM eclipse-temurin:(21|25)-jre\\n.*"), "a Temurin 21 or 25 JRE");
        assertTrue(
                dockerfile.matches("(?s).*mvn [^\\n]*-P '!local' package.*"),
                "the backend is packaged without the local profile (no embedded database)");
        assertTrue(dockerfile.matches("(?s).*\\nUSER (?!root|0\\b)\\S+\\n.*"), "runs as a non-root user");
        assertTrue(
                dockerfile.matches("(?s).*\\nHEALTHCHECK [^\\n]*\\\\\\n\\s+CMD .*/q/health/ready.*"), "a health check");
    }

    /**
     * The app's JVM is started one way everywhere: every {@code java ... -jar} that runs the packaged app (the image,
     * the Makefile, the scripts) reads backend/jvm.options before anything else, and the file holds only options.
     */
    @Test
    void everyLaunchOfTheAppUsesTheSharedJvmOptions() throws IOException {
        Path backend = DOCKERFILE.getParent();
        String dockerfile = Files.readString(DOCKERFILE);
        assertTrue(dockerfile.contains("COPY backend/jvm.options ./jvm.options"), "the image has the JVM options");
        assertTrue(dockerfile.contains("exec java @/app/jvm.options "), "the image's JVM reads them first");
        String makefile = Files.readString(COMPOSE_FILE.resolveSibling("Makefile"));
        assertTrue(makefile.contains("JAVA_APP   = \"$(JAVA_HOME)/bin/java\" @$(BACKEND)/jvm.options"));
        Matcher launches = Pattern.compile(
                        "(?m)^.*(\\$\\(JAVA_APP\\)|java\"?) [^\\n]*-jar [^\\n]*(quarkus-run\\.jar|APP_JAR|\\$jar).*$")
                .matcher(makefile + "\n" + Files.readString(backend.resolve("scripts/with-app.sh")) + "\n"
                        + Files.readString(backend.resolve("scripts/dev-watch.sh")));
        int count = 0;
        while (launches.find()) {
            count++;
            assertTrue(
                    launches.group().contains("$(JAVA_APP)") || launches.group().contains("jvm.options"),
                    "started without backend/jvm.options: " + launches.group().strip());
        }
        assertTrue(count >= 5, "the launches were found (make run, seed-large, image-check, with-app, dev-watch)");
        List<String> options = JvmOptionsFile.options(backend.resolve("jvm.options"));
        assertFalse(options.isEmpty(), "the file has options");
        for (String option : options) {
            assertTrue(option.matches("-X\\S+"), "only JVM options, one a line: " + option);
        }
    }

    /** Runs docker-compose config -q with DB_PASSWORD set to {@code password} or unset, and no .env file. */
    private static Result config(String password) throws IOException, InterruptedException {
        assumeTrue(
                onPath("docker-compose"),
                "docker-compose is not on PATH (make system-deps installs Debian's): compose file not checked");
        // An empty env file: a developer's .env beside docker-compose.yml must not decide the outcome.
        Path noEnvFile = Files.createTempFile("compose", ".env");
        noEnvFile.toFile().deleteOnExit();
        ProcessBuilder builder = new ProcessBuilder(
                        "docker-compose",
                        "--env-file",
                        noEnvFile.toString(),
                        "-f",
                        COMPOSE_FILE.toString(),
                        "config",
                        "-q")
                .redirectErrorStream(true);
        builder.environment().remove("DB_PASSWORD");
        if (password != null) {
            builder.environment().put("DB_PASSWORD", password);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
        assertFalse(output.contains("Traceback"), output);
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null
                && Arrays.stream(path.split(File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
