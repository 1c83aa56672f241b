package dk.samspil.testing;

import dk.samspil.access.auth.AuthenticationFilter;
import dk.samspil.access.user.UserService;
import dk.samspil.common.security.Role;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Signed-in test users of each role, made once per run and reused (bcrypt is slow on purpose). */
@ApplicationScoped
public class TestUsers {

    public static final String PASSWORD = "test-password-123";

    /** A signed-in browser: its cookie and CSRF token. */
    public record Session(long userId, String email, String cookie, String csrf) {

        /** A request as this user, checked against the contract. */
        public RequestSpecification given() {
            return Api.given()
                    .cookie(AuthenticationFilter.SESSION_COOKIE, cookie)
                    .header(AuthenticationFilter.CSRF_HEADER, csrf);
        }

        /** A request that breaks the contract on purpose (responses still checked). */
        public RequestSpecification givenInvalidRequest() {
            return Api.givenInvalidRequest()
                    .cookie(AuthenticationFilter.SESSION_COOKIE, cookie)
                    .header(AuthenticationFilter.CSRF_HEADER, csrf);
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @Inject
    UserService users;

    @Inject
    TestDatabase db;

    public Session admin() {
        return cached("admin", Set.of(Role.ADMIN), null);
    }

    public Session coordinator() {
        return cached("coordinator", Set.of(Role.COORDINATOR), null);
    }

    public Session editorOf(long libraryId) {
        return cached("editor-" + libraryId, Set.of(Role.EDITOR), libraryId);
    }

    private Session cached(String key, Set<Role> roles, Long libraryId) {
        Session session = sessions.get(key);
        if (session != null
                && db.count("select count(*) from user_session where id > 0 and user_id = ?1", session.userId()) > 0) {
            return session;
        }
        session = fresh(roles, libraryId);
        sessions.put(key, session);
        return session;
    }

    /** A new user, signed in now: for tests that change the user or end their sessions. */
    public Session fresh(Set<Role> roles, Long libraryId) {
        String email = TestLibraries.uniqueWord().toLowerCase() + "@test.samspil";
        users.ensureUser(email, "Test " + roles, PASSWORD, roles, libraryId, false);
        return login(email, PASSWORD);
    }

    /** An admin creates a coordinator without a password: the user is invited by mail. @return the user's id */
    public long invite(String email, String displayName) {
        return admin().given()
                .contentType("application/json")
                .body(Map.of("email", email, "displayName", displayName, "roles", java.util.List.of("COORDINATOR")))
                .post("/api/users")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    public Session login(String email, String password) {
        Response response = RestAssured.given()
                .contentType("application/json")
                .header("X-Forwarded-For", "10.1.0." + (Math.abs(email.hashCode()) % 250 + 1))
                .body(Map.of("email", email, "password", password))
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .response();
        long id = db.count("select id from app_user where lower(email) = lower(?1)", email);
        return new Session(
                id,
                email,
                response.cookie(AuthenticationFilter.SESSION_COOKIE),
                response.jsonPath().getString("csrfToken"));
    }
}
