package dk.samspil.collaboration.export;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestThemes;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV opens in Danish Excel as it is: BOM, semicolons, CRLF, Danish headers, no formulas. */
@QuarkusTest
class ThemeExportTest {

    private static final String CSV = "text/csv, application/problem+json";

    @Inject
    TestUsers users;

    @Inject
    TestThemes themes;

    @Inject
    TestLibraries libraries;

    private static String[] lines(Response response) {
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
        assertTrue(response.header("Content-Disposition").startsWith("attachment; filename=\"tema-"));
        byte[] bytes = response.asByteArray();
        assertEquals(
                List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 BOM");
        String body = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(body.endsWith("\r\n"));
        return body.split("\r\n");
    }

    @Test
    void participationsAndActivitiesWithDanishHeadersAndHarmlessCells() {
        long theme = themes.create("Eksport " + uniqueWord(), 2056);
        String name = "Æblerød; Bibliotek " + uniqueWord();
        long library = libraries.create(name, 851);
        long participation = themes.signUp(
                users.coordinator(),
                theme,
                TestThemes.signUpInput(library, List.of("EVENTS", "PRESS"), List.of("DEBATE")));
        users.coordinator()
                .given()
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        "=HYPERLINK(\"x\")",
                        "startsAt",
                        "2056-09-20T19:30:00+02:00",
                        "channel",
                        "EVENTS",
                        "audience",
                        "ADULTS",
                        "description",
                        "To linjer\nher"))
                .post("/api/participations/{id}/activities", participation)
                .then()
                .statusCode(201);

        String[] signUps = lines(Api.given().accept(CSV).get("/api/themes/{id}/export/participations.csv", theme));
        assertEquals(
                "Bibliotek;Region;Status;Tilmeldt;Bekræftet;Trukket tilbage;Kanaler;Fokusområder;"
                        + "Netværksansvarlig;E-mail;Telefon",
                signUps[0]);
        assertEquals(2, signUps.length);
        assertTrue(signUps[1].startsWith("\"" + name + "\";Region Nordjylland;Tilmeldt;"), signUps[1]);
        assertTrue(signUps[1].contains(";Arrangementer, Presse;Debat;"), signUps[1]);

        Response activities = Api.given().accept(CSV).get("/api/themes/{id}/export/activities.csv", theme);
        String body = new String(activities.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(
                body.startsWith("\uFEFFBibliotek;Titel;Start;Slut;Sted;Kanal;Målgruppe;Fremmødte;Rækkevidde;"
                        + "Beskrivelse\r\n"),
                body);
        // The formula is defused and quoted; the line break stays inside its quoted cell; time is Danish.
        assertTrue(
                body.contains(
                        ";\"'=HYPERLINK(\"\"x\"\")\";2056-09-20 19:30;;;Arrangementer;Voksne;;;\"To linjer\nher\"\r\n"),
                body);
        Api.given()
                .accept(CSV)
                .get("/api/themes/{id}/export/activities.csv", 987654321L)
                .then()
                .statusCode(404);
    }

    @Test
    void aThemesActivitiesExportHoldsEveryActivityInTimeOrderHoweverMany() {
        long theme = themes.create("Eksport " + uniqueWord(), 2058);
        long library = libraries.create("Eksport " + uniqueWord(), 851);
        // More than two of the batches the database hands the file over in: none lost or repeated between them.
        themes.addActivities(themes.signUp(theme, library, "EVENTS"), 1201, "2058-09-07T08:00:00Z");
        String[] rows = lines(Api.given().accept(CSV).get("/api/themes/{id}/export/activities.csv", theme));
        assertEquals(1202, rows.length, "the header and every activity");
        for (int n = 1; n <= 1201; n++) {
            assertTrue(rows[n].contains(";Aktivitet " + n + ";"), "row " + n + ": " + rows[n]);
        }
        assertTrue(rows[1201].contains(";2058-10-27 09:00;"), rows[1201]); // 50 days on, in Danish winter time
    }
}
