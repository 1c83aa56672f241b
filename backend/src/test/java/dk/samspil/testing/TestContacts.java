package dk.samspil.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** Contact persons made, hidden and removed as a coordinator does: for tests of what the public may see. */
@ApplicationScoped
public class TestContacts {

    @Inject
    TestUsers users;

    /** A new contact, public or not; its id (its version is 0). */
    public long create(String name, boolean isPublic) {
        return users.coordinator()
                .given()
                .contentType("application/json")
                .body(Map.of("name", name, "isPublic", isPublic))
                .post("/api/contacts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Makes a contact just created (version 0) private. */
    public void hide(long id, String name) {
        users.coordinator()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v0\"")
                .body(Map.of("name", name, "isPublic", false))
                .put("/api/contacts/{id}", id)
                .then()
                .statusCode(200);
    }

    /** Deletes a contact just created (version 0). */
    public void delete(long id) {
        users.coordinator()
                .given()
                .header("If-Match", "\"v0\"")
                .delete("/api/contacts/{id}", id)
                .then()
                .statusCode(204);
    }
}
