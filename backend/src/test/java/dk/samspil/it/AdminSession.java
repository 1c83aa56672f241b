package dk.samspil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.access.auth.AuthenticationFilter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in browser on a packaged instance (session cookie and CSRF token), for the ITs that write. */
record AdminSession(HttpClient http, String base, String cookie, String csrf) {

    static AdminSession login(HttpClient http, String base, String email, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        String header = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(AuthenticationFilter.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        String cookie = header.substring(header.indexOf('=') + 1, header.indexOf(';'));
        Matcher csrf = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"").matcher(login.body());
        assertTrue(csrf.find(), login.body());
        return new AdminSession(http, base, cookie, csrf.group(1));
    }

    /** The same session on another instance of the same database. */
    AdminSession on(String otherBase) {
        return new AdminSession(http, otherBase, cookie, csrf);
    }

    HttpRequest.Builder request(String method, String path, String json, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.header("Cookie", AuthenticationFilter.SESSION_COOKIE + "=" + cookie);
        request.header(AuthenticationFilter.CSRF_HEADER, csrf);
        return request;
    }

    HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        return http.send(
                request(method, path, json, Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Creates a partner named {@code name}; the answer as it came. */
    HttpResponse<String> createPartner(String name) throws IOException, InterruptedException {
        return send("POST", "/api/partners", "{\"name\":\"" + name + "\",\"type\":\"OTHER\"}");
    }

    static long id(HttpResponse<String> created) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
        assertTrue(id.find(), created.body());
        return Long.parseLong(id.group(1));
    }
}
