package dk.samspil.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
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
}
