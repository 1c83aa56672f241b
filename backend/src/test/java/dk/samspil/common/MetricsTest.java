package dk.samspil.common;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestPartners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an operator's Prometheus scrapes from /q/metrics. */
@QuarkusTest
class MetricsTest {

    @Inject
    TestPartners partners;

    private static String scrape() {
        return RestAssured.given()
                .accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/plain"))
                .extract()
                .asString();
    }

    /** The value of the first series whose line starts with this prefix, 0 when there is none. */
    private static double value(String metrics, String prefix) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(prefix) + "[^\\n]* ([0-9.E+-]+)$")
                .matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void routesArePerTemplateAndThePoolAndJvmAreThere() {
        long partner = partners.create("Målt " + uniqueWord());
        Api.given().get("/api/partners/{id}", partner).then().statusCode(200);
        RestAssured.given().get("/biblioteker/" + uniqueWord());
        String metrics = scrape();
        // the REST routes are named by their template below /api
        assertTrue(metrics.contains("uri=\"/partners/{id}\""), "one series per route template");
        assertFalse(metrics.contains("/partners/" + partner + "\""), "not one per partner");
        assertTrue(metrics.contains("uri=\"/{spa-page}\""), "the app's pages as one");
        assertTrue(metrics.contains("agroal_active_count"), "the database pool");
        assertTrue(metrics.contains("jvm_memory_used_bytes"), "the JVM");
        // the reads in flight (the one of the request above is over), waiting and refused
        assertTrue(metrics.contains("samspil_http_reads_in_flight 0.0"), "reads in flight");
        assertTrue(metrics.contains("samspil_http_reads_queued 0.0"), "reads waiting");
        assertTrue(metrics.contains("samspil_http_reads_refused_total"), "reads refused");
    }

    @Test
    void samspilCountsItsChangesAndSignIns() {
        String before = scrape();
        double partnersCreated = value(before, "samspil_changes_total{action=\"created\",type=\"partner\"");
        double refused = value(before, "samspil_logins_total{outcome=\"refused\"");
        partners.create("Målt " + uniqueWord());
        RestAssured.given()
                .contentType("application/json")
                .body(Map.of("email", "nobody-" + uniqueWord() + "@example.dk", "password", "wrong-password-1"))
                .post("/api/auth/login")
                .then()
                .statusCode(401);
        String after = scrape();
        assertTrue(
                value(after, "samspil_changes_total{action=\"created\",type=\"partner\"") >= partnersCreated + 1,
                after);
        assertTrue(value(after, "samspil_logins_total{outcome=\"refused\"") >= refused + 1);
    }
}
