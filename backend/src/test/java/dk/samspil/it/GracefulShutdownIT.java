package dk.samspil.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A SIGTERM lets the requests in flight finish (quarkus.shutdown.timeout): a sign-in whose body is half sent when
 * the instance is told to stop still gets its answer once the rest arrives, and the instance stops right after.
 * Quarkus does not refuse new connections meanwhile: it answers them and closes each (Connection: close).
 */
class GracefulShutdownIT {

    private static final String ADMIN = "admin@shutdown.test";
    private static final String PASSWORD = "shutdown-pw-1";

    @Test
    void aRequestInFlightAtSigtermIsAnsweredBeforeTheInstanceStops() throws Exception {
        PackagedApp app = PackagedApp.start(
                "graceful_shutdown",
                Map.of(
                        "SAMSPIL_DEMO_CONTENT_ENABLED", "false",
                        "SAMSPIL_ADMIN_EMAIL", ADMIN,
                        "SAMSPIL_ADMIN_PASSWORD", PASSWORD));
        URI base = URI.create(app.baseUri());
        byte[] body =
                ("{\"email\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/auth/login HTTP/1.1\r\nHost: " + base.getAuthority()
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
            Thread.sleep(500); // the instance has the headers and half the body: the request is in flight

            long term = System.nanoTime();
            app.process().destroy(); // SIGTERM
            Thread.sleep(1_000); // the instance is shutting down, waiting for the request

            assertTrue(app.process().isAlive(), "the instance waits for the request in flight");
            // Quarkus keeps listening while it waits, and answers a new request with Connection: close.
            String late = lateRequest(base, "/q/health/live");
            assertTrue(
                    late.startsWith("HTTP/1.1 200")
                            && late.toLowerCase(Locale.ROOT).contains("connection: close"),
                    late);

            out.write(body, half, body.length - half);
            out.flush();
            String answer = readAll(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.contains("csrfToken"), answer);

            assertTrue(app.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "stopped after the answer");
            System.out.printf(
                    "GracefulShutdownIT: stopped %.1f s after SIGTERM%n",
                    Duration.ofNanos(System.nanoTime() - term).toMillis() / 1e3);
            int exit = app.process().exitValue();
            assertTrue(exit == 0 || exit == 143, "a clean stop on SIGTERM, not " + exit);
        } finally {
            app.kill();
        }
    }

    /** What a new connection gets while the instance waits for the request in flight. */
    private static String lateRequest(URI base, String path) throws IOException {
        try (Socket late = new Socket()) {
            late.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            late.setSoTimeout(5_000);
            late.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return readAll(late.getInputStream());
        } catch (ConnectException refused) {
            return "refused";
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
