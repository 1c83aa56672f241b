package dk.samspil.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** Partners made and removed as a coordinator does: the quickest change any test can cause. */
@ApplicationScoped
public class TestPartners {

    @Inject
    TestUsers users;

    /** A new partner of type OTHER; its id. */
    public long create(String name) {
        return create(name, "OTHER");
    }

    /** A new partner of the type (MUSEUM, THEATRE, ...); its id. */
    public long create(String name, String type) {
        return create(Map.of("name", name, "type", type));
    }

    /** A new partner from the input as the API takes it; its id. */
    public long create(Map<String, Object> input) {
        return users.coordinator()
                .given()
                .contentType("application/json")
                .body(input)
                .post("/api/partners")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Deletes it with its current ETag. */
    public void delete(long id) {
        TestUsers.Session coordinator = users.coordinator();
        String etag = coordinator
                .given()
                .get("/api/partners/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        coordinator
                .given()
                .header("If-Match", etag)
                .delete("/api/partners/{id}", id)
                .then()
                .statusCode(204);
    }
}
