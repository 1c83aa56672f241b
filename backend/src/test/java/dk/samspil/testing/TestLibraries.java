package dk.samspil.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Makes valid library input with a library number no other row uses, so tests never collide. */
@ApplicationScoped
public class TestLibraries {

    @Inject
    TestDatabase db;

    @Inject
    TestUsers users;

    /** A unique word to put in names, so a test can find exactly its own rows with q=... */
    public static String uniqueWord() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public synchronized String freeLibraryNumber(int municipalityCode) {
        Set<String> taken =
                db.rows("select library_number from library where municipality_code = ?1", municipalityCode).stream()
                        .map(r -> r.get("library_number").toString())
                        .collect(Collectors.toSet());
        for (int branch = 1; branch < 100; branch++) {
            String candidate = String.format("7%03d%02d", municipalityCode, branch);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free branch number left in municipality " + municipalityCode);
    }

    /** Valid input for a new library in the given municipality. */
    public Map<String, Object> input(String name, int municipalityCode) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("municipalityCode", municipalityCode);
        input.put("libraryNumber", freeLibraryNumber(municipalityCode));
        input.put("centralLibrary", false);
        input.put("street", "Testvej 1");
        input.put("postalCode", "9000");
        input.put("city", "Aalborg");
        input.put("website", "https://bibliotek.example.dk");
        input.put("email", "test@bibliotek.example.dk");
        input.put("phone", "+45 12 34 56 78");
        input.put("joinedOn", "2016-03-01");
        input.put("active", true);
        return input;
    }

    /** Creates a library through the API, as a coordinator, and returns its id. */
    public long create(String name, int municipalityCode) {
        return users.coordinator()
                .given()
                .contentType("application/json")
                .body(input(name, municipalityCode))
                .when()
                .post("/api/libraries")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
