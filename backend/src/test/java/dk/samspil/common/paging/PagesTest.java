package dk.samspil.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Every list built with {@link Pages} answers in the same envelope, and a page past the end costs only the count. */
@QuarkusTest
class PagesTest {

    @Inject
    TestUsers users;

    @Inject
    dk.samspil.testing.TestLibraries libraries;

    @Inject
    SessionFactory sessionFactory;

    private record Collection(String path, Supplier<RequestSpecification> as) {}

    private List<Collection> collections() {
        return List.of(
                new Collection("/api/libraries", Api::given),
                new Collection("/api/contacts", Api::given),
                new Collection("/api/users", () -> users.admin().given()),
                new Collection("/api/tokens", () -> users.admin().given()),
                new Collection("/api/audit", () -> users.admin().given()));
    }

    private static JsonPath page(Collection collection, int page, int size) {
        return collection
                .as()
                .get()
                .queryParam("page", page)
                .queryParam("size", size)
                .when()
                .get(collection.path())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void everyListCountsItsPagesTheSameWay() {
        for (Collection collection : collections()) {
            JsonPath second = page(collection, 2, 3);
            long total = second.getLong("totalItems");
            assertEquals(2, second.getInt("page"), collection.path());
            assertEquals(3, second.getInt("size"), collection.path());
            assertEquals((total + 2) / 3, second.getInt("totalPages"), collection.path());
            assertEquals(
                    Math.max(0, Math.min(3, total - 3)),
                    second.getList("items").size(),
                    collection.path() + ": the items of the second page only");
        }
    }

    @Test
    void aPagePastTheEndIsEmptyAndCostsOnlyTheCount() {
        Collection libraries = collections().get(0);
        long total = page(libraries, 1, 1).getLong("totalItems");
        int past = (int) total + 1;
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        JsonPath beyond = page(libraries, past, 1);
        assertEquals(1, statistics.getPrepareStatementCount(), "the count, and no query for the page");
        assertTrue(beyond.getList("items").isEmpty());
        assertEquals(total, beyond.getLong("totalItems"));
        assertEquals(past, beyond.getInt("page"));
    }

    /** Following the Link headers from the first page visits every page once, with the filters kept. */
    @Test
    void linksLeadThroughEveryPageWithTheSameFilters() {
        String word = dk.samspil.testing.TestLibraries.uniqueWord().toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < 16; i++) {
            libraries.create("Linkbibliotek " + word + " " + i, 851);
        }
        String url = "/api/libraries?size=7&sort=-name&q=" + word;
        JsonPath first = Api.given().get(url).then().statusCode(200).extract().jsonPath();
        int totalPages = first.getInt("totalPages");
        assertEquals(3, totalPages);
        List<String> seen = new ArrayList<>();
        String next = url;
        int visited = 0;
        while (next != null) {
            var response = Api.given()
                    .urlEncodingEnabled(false)
                    .get(next)
                    .then()
                    .statusCode(200)
                    .extract();
            Map<String, String> links = links(response.headers().getValues("Link"));
            visited++;
            assertEquals(visited, response.jsonPath().getInt("page"));
            assertTrue(links.get("first").contains("page=1"), links.toString());
            assertTrue(links.get("last").contains("page=" + totalPages), links.toString());
            assertEquals(visited > 1, links.containsKey("prev"), links.toString());
            for (String link : links.values()) {
                assertTrue(link.contains("sort=-name") && link.contains("q=" + word) && link.contains("size=7"), link);
            }
            seen.addAll(response.jsonPath().getList("items.name", String.class));
            next = links.containsKey("next") ? links.get("next").replaceFirst("^https?://[^/]+", "") : null;
        }
        assertEquals(totalPages, visited);
        assertEquals(first.getLong("totalItems"), seen.size());
        assertEquals(seen.size(), new java.util.HashSet<>(seen).size());
    }

    private static Map<String, String> links(List<String> headers) {
        Map<String, String> links = new java.util.HashMap<>();
        for (String header : headers) {
            for (String link : header.split(",\\s*(?=<)")) {
                var m = java.util.regex.Pattern.compile("<([^>]+)>;\\s*rel=\"([a-z]+)\"")
                        .matcher(link);
                assertTrue(m.find(), link);
                links.put(m.group(2), m.group(1));
            }
        }
        return links;
    }
}
