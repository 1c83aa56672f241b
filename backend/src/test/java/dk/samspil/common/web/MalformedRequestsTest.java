package dk.samspil.common.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.access.auth.AuthenticationFilter;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input no part of Samspil can use is refused as a problem, in the caller's language, and changes nothing. */
@QuarkusTest
class MalformedRequestsTest {

    @Inject
    TestUsers users;

    @Inject
    TestDatabase db;

    @TestHTTPResource("/")
    URI root;

    /** The URL as written (RestAssured encodes nothing), in English. */
    private static RequestSpecification raw() {
        return RestAssured.given().urlEncodingEnabled(false).header("Accept-Language", "en");
    }

    @Test
    void aNulByteInASlugIsA400NotA500() {
        for (String list : List.of("projects", "themes", "cases", "toolbox", "guide/chapters")) {
            raw().get("/api/" + list + "/by-slug/%00")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/bad-request"))
                    .body(
                            "detail",
                            equalTo("In the path, there is a control character (such as a NUL byte), which"
                                    + " is not allowed."));
        }
    }

    @Test
    void brokenEscapesAndBytesThatAreNoUtf8AreRefusedNamingTheParameter() throws Exception {
        Raw escape = get("/api/themes/by-slug/%ZZ", "en");
        assertEquals(400, escape.status(), escape.text());
        assertTrue(escape.isProblem(), escape.text());
        assertTrue(escape.text().contains("In the path, a % is not followed by two hexadecimal digits."));
        Raw utf8 = get("/api/themes?q=%C3%28", "en");
        assertEquals(400, utf8.status(), utf8.text());
        assertTrue(utf8.text().contains("In the query parameter 'q', the percent-encoded bytes are not UTF-8."));
        Raw nul = get("/api/themes?q=a%00b", "en");
        assertEquals(400, nul.status(), nul.text());
        assertTrue(nul.text().contains("'q'"), nul.text());
        Raw half = get("/api/themes?size=5&q=%4", "en");
        assertEquals(400, half.status(), half.text());
        assertTrue(half.text().contains("'q'"), half.text());
        Raw danish = get("/api/libraries?q=%E0%A5%A9%E0", null);
        assertEquals(400, danish.status(), danish.text());
        assertTrue(danish.text().contains("I parameteren 'q' er de procent-kodede bytes ikke UTF-8."), danish.text());
        Raw bar = get("/api/themes?q=a|b", "en");
        assertEquals(400, bar.status(), bar.text());
        assertTrue(bar.isProblem(), bar.text());
        assertTrue(bar.text().contains("not a valid URI"), bar.text());
        // what is well-formed still works: Danish letters, spaces as + and as %20, line breaks in search
        assertEquals(
                200, get("/api/libraries?q=%C3%85rhus+Kommune&size=5", null).status());
        assertEquals(200, get("/api/libraries?q=K%C3%B8benhavn%0A%20", null).status());
    }

    @Test
    void aTooLongUriIs414AndTooLargeHeadersAre431BothProblems() {
        raw().get("/api/themes?q=" + "a".repeat(9000))
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/uri-too-long"))
                .body("detail", equalTo("The URI is longer than the 8192 characters allowed."));
        raw().header("X-Padding", "b".repeat(40_000))
                .get("/api/themes")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/headers-too-large"));
    }

    @Test
    void aNulByteInAJsonStringIsRefusedNamingTheFieldAndNothingIsSaved() {
        long before = db.count("select count(*) from guide_chapter");
        users.coordinator()
                .given()
                .header("Accept-Language", "en")
                .contentType("application/json")
                .body("{\"number\": 90, \"title\": \"Nul\", \"summary\": \"a\\u0000b\", \"body\": \"Tekst\"}")
                .post("/api/guide/chapters")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo("The field 'summary' holds a control character (such as a NUL byte), which is not"
                                + " allowed."));
        assertEquals(before, db.count("select count(*) from guide_chapter"));
    }

    @Test
    void aTruncatedMultipartBodyIsA400() throws Exception {
        TestUsers.Session coordinator = users.coordinator();
        String body = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 truncated";
        String response = exchange("POST /api/attachments HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                + "Cookie: " + AuthenticationFilter.SESSION_COOKIE + "=" + coordinator.cookie() + "\r\n"
                + AuthenticationFilter.CSRF_HEADER + ": " + coordinator.csrf() + "\r\n"
                + "Content-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: " + body.length() + "\r\n"
                + "Connection: close\r\n\r\n" + body);
        assertEquals(400, Raw.of(response).status(), response);
        assertTrue(Raw.of(response).isProblem(), response);
        assertTrue(response.contains("incomplete"), response);
    }

    @Test
    void whatAPlainRouteFailsWithIsAProblemToo() {
        raw().get("/test-only/vertx-failure/405")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("detail", equalTo("The method GET is not allowed here."));
        raw().get("/test-only/vertx-failure/500")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("correlationId", notNullValue())
                .body("detail", not(containsString("secret")));
    }

    /** An answer as it came over the wire. */
    record Raw(int status, String text) {
        static Raw of(String text) {
            return new Raw(Integer.parseInt(text.substring(9, 12)), text);
        }

        boolean isProblem() {
            return text.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json");
        }
    }

    /** A GET with the request target exactly as written. */
    private Raw get(String target, String language) throws Exception {
        return Raw.of(exchange("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                + (language == null ? "" : "Accept-Language: " + language + "\r\n")
                + "Connection: close\r\n\r\n"));
    }

    /** Sends bytes as they are, and reads the whole answer. */
    private String exchange(String request) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
