package dk.samspil.collaboration.home;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samspil.common.time.AppClock;
import dk.samspil.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The front page in one request: the same answers as the endpoints it stands for. */
@QuarkusTest
class HomeResourceTest {

    @Inject
    AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static JsonPath get(String path) {
        return Api.given().get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void answersWhatTheSeparateEndpointsAnswer() {
        // During the demo content's theme 13, with theme 14 and a meeting ahead: every part is there.
        clock.travelTo(LocalDate.of(2026, 12, 1));
        JsonPath home = get("/api/home");
        Map<String, Object> current = get("/api/themes/current").getMap("");
        Map<String, Object> next = get("/api/themes/next").getMap("");
        assertEquals(current, home.getMap("currentTheme"));
        assertEquals(next, home.getMap("nextTheme"));
        assertEquals(get("/api/stats/goal").getMap(""), home.getMap("goal"));
        assertEquals(get("/api/network-meetings/next").getMap(""), home.getMap("nextMeeting"));

        assertEquals(get("/api/libraries?size=1").getLong("totalItems"), home.getLong("libraries.libraries"));
        assertEquals(
                get("/api/libraries?size=1&central=true").getLong("totalItems"),
                home.getLong("libraries.centralLibraries"));
        assertEquals(get("/api/regions").getList("").size(), home.getInt("libraries.regions"));
    }

    @Test
    void leavesOutTheThemesAndTheMeetingWhenThereAreNone() {
        // Long after the demo content's last theme and meeting.
        clock.travelTo(LocalDate.of(2099, 6, 1));
        Api.given().get("/api/themes/current").then().statusCode(404);
        JsonPath home = get("/api/home");
        assertEquals(Set.of("goal", "libraries"), home.getMap("").keySet(), "no theme, no meeting");
        assertEquals(get("/api/stats/goal").getMap(""), home.getMap("goal"));
    }
}
