package dk.samspil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The anonymous quota holds across instances although a request costs no database write: two instances on one
 * database, requests from one address alternating between them, and the caller is refused once the two together
 * have taken about the quota (each alone would have taken the full quota).
 */
class RateLimitAcrossInstancesIT {

    private static final int QUOTA = 30;
    private static final int REQUESTS = 2 * QUOTA;

    @Test
    void requestsAlternatingBetweenTwoInstancesShareOneQuota() throws Exception {
        PackagedApp.Database database = PackagedApp.freshDatabase("rate_limit_across");
        Map<String, String> environment = Map.of(
                "SAMSPIL_DEMO_CONTENT_ENABLED",
                "false",
                "SAMSPIL_RATE_LIMIT_ANONYMOUS_PER_MINUTE",
                String.valueOf(QUOTA));
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (PackagedApp first = PackagedApp.start(database, "rate-limit-first", environment);
                PackagedApp second = PackagedApp.start(database, "rate-limit-second", environment)) {
            // The requests take about 6 s: all in one minute's window.
            int second0 = Instant.now().atZone(java.time.ZoneOffset.UTC).getSecond();
            if (second0 > 50) {
                Thread.sleep((61 - second0) * 1000L);
            }
            int[] ok = new int[2];
            int refused = 0;
            int firstRefusal = -1;
            for (int i = 0; i < REQUESTS; i++) {
                PackagedApp app = i % 2 == 0 ? first : second;
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(app.baseUri() + "/api/regions"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    ok[i % 2]++;
                } else {
                    assertEquals(429, response.statusCode(), response.body());
                    assertEquals(
                            "application/problem+json",
                            response.headers().firstValue("Content-Type").orElse(""));
                    assertTrue(response.headers().firstValue("Retry-After").isPresent());
                    assertEquals(
                            "\"minute\";q=" + QUOTA + ";w=60",
                            response.headers().firstValue("RateLimit-Policy").orElse(""));
                    refused++;
                    if (firstRefusal < 0) {
                        firstRefusal = i;
                    }
                }
                Thread.sleep(100);
            }
            System.out.printf(
                    "RateLimitAcrossInstancesIT: quota %d; %d + %d answered 200 by the two instances, %d refused"
                            + " (the first at request %d of %d)%n",
                    QUOTA, ok[0], ok[1], refused, firstRefusal + 1, REQUESTS);
            assertTrue(refused > 0, "the two together exceeded the quota: refused");
            // Each instance sees the other's requests within about a second (10 requests at this pace).
            assertTrue(
                    ok[0] + ok[1] <= QUOTA + 12, "about the quota in all, not per instance: " + List.of(ok[0], ok[1]));
            assertTrue(ok[0] < QUOTA && ok[1] < QUOTA, "neither instance let its share reach the quota alone");
        }
    }
}
