package dk.samspil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.access.auth.AuthenticationFilter;
import dk.samspil.common.db.EmbeddedPostgresLauncher;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged application on one PostgreSQL, as behind a load balancer: a session
 * opened on one works on the other, a logout on one ends it on both, and failed logins count across both.
 */
class SecondInstanceIT {

    private static final String ADMIN = "admin@second-instance.test";
    private static final String PASSWORD = "second-instance-pw-1";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<Process> APPS = new ArrayList<>();
    private static String first;
    private static String second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        var db = EmbeddedPostgresLauncher.start(Path.of("target", "it-postgres").toAbsolutePath(), false);
        first = start(db); // migrates the database
        second = start(db); // finds it migrated
    }

    @AfterAll
    static void stop() {
        APPS.forEach(p -> {
            p.destroy();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static String start(EmbeddedPostgresLauncher.Connection db) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", System.getProperty("samspil.app.jar"))
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "it-app-" + port + ".log").toFile());
        builder.environment().put("DB_URL", db.jdbcUrl());
        builder.environment().put("DB_USER", db.username());
        builder.environment().put("DB_PASSWORD", db.password());
        builder.environment().put("SAMSPIL_EMBEDDED_DB", "false");
        builder.environment().put("SAMSPIL_DEMO_CONTENT_ENABLED", "false");
        builder.environment().put("SAMSPIL_ADMIN_EMAIL", ADMIN);
        builder.environment().put("SAMSPIL_ADMIN_PASSWORD", PASSWORD);
        builder.environment().put("PORT", String.valueOf(port));
        Process process = builder.start();
        APPS.add(process);
        String base = "http://localhost:" + port;
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "instance on port " + port + " died; see target/it-app-" + port + ".log");
            try {
                if (get(base + "/q/health/ready", null).statusCode() == 200) {
                    return base;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("instance on port " + port + " did not get ready");
    }

    private static HttpResponse<String> get(String url, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookie != null) {
            request.header("Cookie", AuthenticationFilter.SESSION_COOKIE + "=" + cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String json, String cookie, String csrf)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            request.header("Cookie", AuthenticationFilter.SESSION_COOKIE + "=" + cookie);
            request.header(AuthenticationFilter.CSRF_HEADER, csrf);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String login(String base, String email, String password) throws Exception {
        return post(
                        base + "/api/auth/login",
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
                        null,
                        null)
                .body();
    }

    @Test
    void aSessionAndItsLogoutHoldOnBothInstances() throws Exception {
        HttpResponse<String> login = post(
                first + "/api/auth/login",
                "{\"email\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}",
                null,
                null);
        assertEquals(200, login.statusCode(), login.body());
        String cookie = cookieValue(login);
        String csrf = field(login.body(), "csrfToken");

        assertEquals(200, get(second + "/api/auth/session", cookie).statusCode(), "the second instance knows it");
        assertEquals(200, get(second + "/api/users", cookie).statusCode(), "and lets the admin in");

        assertEquals(204, post(second + "/api/auth/logout", null, cookie, csrf).statusCode());
        assertEquals(401, get(first + "/api/auth/session", cookie).statusCode(), "logged out on the first too");
        assertEquals(401, get(second + "/api/auth/session", cookie).statusCode());
    }

    @Test
    void failedLoginsCountAcrossInstances() throws Exception {
        String email = "victim-" + System.nanoTime() + "@second-instance.test";
        for (int i = 0; i < 10; i++) {
            String base = i % 2 == 0 ? first : second;
            assertTrue(login(base, email, "wrong-password-" + i).contains("\"status\":401"));
        }
        HttpResponse<String> onFirst = post(
                first + "/api/auth/login", "{\"email\":\"" + email + "\",\"password\":\"any-password-1\"}", null, null);
        HttpResponse<String> onSecond = post(
                second + "/api/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"any-password-1\"}",
                null,
                null);
        assertEquals(429, onFirst.statusCode(), onFirst.body());
        assertEquals(429, onSecond.statusCode(), onSecond.body());
        assertNotNull(onSecond.headers().firstValue("Retry-After").orElse(null));
    }

    private static String cookieValue(HttpResponse<String> response) {
        String header = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(AuthenticationFilter.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        return header.substring(header.indexOf('=') + 1, header.indexOf(';'));
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }
}
