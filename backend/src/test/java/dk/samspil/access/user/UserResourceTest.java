package dk.samspil.access.user;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samspil.common.security.Role;
import dk.samspil.testing.Api;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserResourceTest {

    @Inject
    TestUsers users;

    @Inject
    TestDatabase db;

    private long library() {
        return db.count("select id from library where library_number = '785100'");
    }

    private Map<String, Object> input(String email, List<String> roles, Long libraryId, String password) {
        Map<String, Object> input = new HashMap<>();
        input.put("email", email);
        input.put("displayName", "Bruger " + email);
        input.put("roles", roles);
        input.put("libraryId", libraryId);
        input.put("active", true);
        input.put("password", password);
        return input;
    }

    @Test
    void adminCreatesAnEditorWhoCanThenSignIn() {
        String email = uniqueWord().toLowerCase() + "@aalborg.test";
        Response created = users.admin()
                .given()
                .contentType("application/json")
                .body(input(email, List.of("EDITOR"), library(), "a-good-password-1"))
                .when()
                .post("/api/users");
        created.then()
                .statusCode(201)
                .header("ETag", "\"v0\"")
                .body("email", equalTo(email))
                .body("roles", contains("EDITOR"))
                .body("library.name", equalTo("Aalborg Bibliotekerne"))
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")));
        TestUsers.Session session = users.login(email, "a-good-password-1");
        session.given().get("/api/auth/session").then().body("user.library.id", equalTo((int) library()));
    }

    @Test
    void editorsNeedALibraryAndOnlyEditorsHaveOne() {
        users.admin()
                .given()
                .contentType("application/json")
                .body(input(uniqueWord() + "@x.test", List.of("EDITOR"), null, "a-good-password-1"))
                .when()
                .post("/api/users")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("libraryId"));
        users.admin()
                .given()
                .contentType("application/json")
                .body(input(uniqueWord() + "@x.test", List.of("COORDINATOR"), library(), "a-good-password-1"))
                .when()
                .post("/api/users")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("libraryId"));
        users.admin()
                .givenInvalidRequest()
                .contentType("application/json")
                .body(input(uniqueWord() + "@x.test", List.of("COORDINATOR"), null, "short"))
                .when()
                .post("/api/users")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("password"));
        users.admin()
                .givenInvalidRequest()
                .contentType("application/json")
                .body(input(uniqueWord() + "@x.test", List.of("SUPERUSER"), null, "a-good-password-1"))
                .when()
                .post("/api/users")
                .then()
                .statusCode(400);
    }

    @Test
    void refusesATakenEmailWhateverItsCase() {
        TestUsers.Session existing = users.fresh(Set.of(Role.COORDINATOR), null);
        users.admin()
                .given()
                .contentType("application/json")
                .body(input(existing.email().toUpperCase(), List.of("COORDINATOR"), null, "a-good-password-1"))
                .when()
                .post("/api/users")
                .then()
                .statusCode(409)
                .body("detail", containsString("@"));
    }

    @Test
    void deactivatingAUserEndsTheirSessionsAndStopsSignIn() {
        TestUsers.Session victim = users.fresh(Set.of(Role.COORDINATOR), null);
        String etag = users.admin()
                .given()
                .get("/api/users/{id}", victim.userId())
                .then()
                .extract()
                .header("ETag");
        Map<String, Object> input = input(victim.email(), List.of("COORDINATOR"), null, null);
        input.put("active", false);
        users.admin()
                .given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(input)
                .when()
                .put("/api/users/{id}", victim.userId())
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        victim.given().get("/api/auth/session").then().statusCode(204);
        Api.givenInvalidRequest()
                .contentType("application/json")
                .body(Map.of("email", victim.email(), "password", TestUsers.PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(401);
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        TestUsers.Session admin = users.fresh(Set.of(Role.ADMIN), null);
        String etag = admin.given()
                .get("/api/users/{id}", admin.userId())
                .then()
                .extract()
                .header("ETag");
        admin.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(input(admin.email(), List.of("COORDINATOR"), null, null))
                .when()
                .put("/api/users/{id}", admin.userId())
                .then()
                .statusCode(409);
        assertEquals(
                "{ADMIN}",
                db.row("select roles::text as r from app_user where id = ?1", admin.userId())
                        .get("r"));
    }

    @Test
    void updatesRequireIfMatch() {
        TestUsers.Session target = users.fresh(Set.of(Role.COORDINATOR), null);
        Map<String, Object> input = input(target.email(), List.of("COORDINATOR", "ADMIN"), null, null);
        users.admin()
                .givenInvalidRequest()
                .contentType("application/json")
                .body(input)
                .when()
                .put("/api/users/{id}", target.userId())
                .then()
                .statusCode(428);
        users.admin()
                .given()
                .contentType("application/json")
                .header("If-Match", "\"v99\"")
                .body(input)
                .when()
                .put("/api/users/{id}", target.userId())
                .then()
                .statusCode(412);
        assertEquals(
                "{COORDINATOR}",
                db.row("select roles::text as r from app_user where id = ?1", target.userId())
                        .get("r"));
    }

    @Test
    void listsAndFiltersUsersForAdminsOnly() {
        String word = uniqueWord();
        users.admin()
                .given()
                .contentType("application/json")
                .body(input(word.toLowerCase() + "@filter.test", List.of("EDITOR"), library(), "a-good-password-1"))
                .post("/api/users")
                .then()
                .statusCode(201);
        users.admin()
                .given()
                .queryParam("q", word)
                .queryParam("role", "EDITOR")
                .when()
                .get("/api/users")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].library.name", equalTo("Aalborg Bibliotekerne"))
                .body("items[0]", not(hasKey("passwordHash")));
        users.admin()
                .given()
                .queryParam("role", "ADMIN")
                .queryParam("size", 100)
                .when()
                .get("/api/users")
                .then()
                .body("items.roles", everyItem(hasItem("ADMIN")));
        users.coordinator().given().when().get("/api/users").then().statusCode(403);
        Api.given().when().get("/api/users").then().statusCode(401);
    }
}
