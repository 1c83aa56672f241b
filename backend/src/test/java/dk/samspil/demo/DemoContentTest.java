package dk.samspil.demo;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The test profile loads demo content as `make run` does. */
@QuarkusTest
class DemoContentTest {

    @Inject
    TestDatabase db;

    @Inject
    DemoLibraries demoLibraries;

    @Test
    void hasOneDemoLibraryServicePerMunicipality() {
        assertEquals(98, db.count("select count(*) from library where demo"));
        assertEquals(98, db.count("select count(distinct municipality_code) from library where demo"));
        assertEquals(
                0,
                db.count("select count(*) from library l join municipality m on m.code = l.municipality_code"
                        + " where l.demo and l.library_number <> m.library_number"));
        String aalborg = Api.given()
                .queryParam("q", "Aalborg Bibliotekerne")
                .queryParam("types", "LIBRARY")
                .when()
                .get("/api/search")
                .then()
                .body("items[0].title", equalTo("Aalborg Bibliotekerne"))
                .extract()
                .path("items[0].href");
        Api.given().get(aalborg).then().body("isil", equalTo("DK-785100"));
        Api.given()
                .queryParam("q", "Aarhus")
                .when()
                .get("/api/libraries")
                .then()
                .body("items.name", org.hamcrest.Matchers.hasItem("Borgerservice og Biblioteker Aarhus"));
    }

    @Test
    void aLibraryWithoutAJoinDateReadsAsNull() {
        long id = db.count("select min(id) from library where demo and joined_on is null");
        Api.given()
                .get("/api/libraries/{id}", id)
                .then()
                .statusCode(200)
                .body("joinedOn", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void flagsTheSixCentralLibraries() {
        Api.given()
                .queryParam("central", true)
                .queryParam("size", 100)
                .when()
                .get("/api/libraries")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.libraryNumber.endsWith('00') }.municipality.name",
                        containsInAnyOrder("Aalborg", "Herning", "Vejle", "Odense", "Roskilde", "Gentofte"));
    }

    @Test
    void themesHaveTheSignUpNumbersOfSharedData() {
        long theme = db.count("select id from theme where slug = 'historier-om-danmark'");
        Api.given()
                .get("/api/themes/{id}/participations", theme)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(77))
                .body("items[0].state", equalTo("CONFIRMED"));
        assertEquals(
                76,
                db.count("select count(*) from participation p join theme t on t.id = p.theme_id"
                        + " where t.number = 12"));
        assertEquals(
                5,
                db.count("select count(distinct r.code) from participation p join library l on l.id = p.library_id"
                        + " join municipality m on m.code = l.municipality_code join region r on r.code = m.region_code"
                        + " join theme t on t.id = p.theme_id where t.number = 12"),
                "spread over all five regions");
    }

    @Test
    void loadsOnlyOnce() {
        assertFalse(demoLibraries.loadOnce());
        assertEquals(98, db.count("select count(*) from library where demo"));
    }

    @Test
    void theCollaborationHasActivitiesLeadsAndTwoMeetingsAYear() {
        // Every demo sign-up that is not withdrawn has at least one activity; the past ones report figures.
        assertEquals(
                0,
                db.count("select count(*) from participation p where p.demo and p.state <> 'WITHDRAWN'"
                        + " and not exists (select 1 from activity a where a.participation_id = p.id)"));
        // "Past" and "to come" as of the moment the content was loaded, not of this test: an activity that starts
        // between the two has, rightly, no figures yet.
        String loaded = "(select loaded_at from demo_content_load where name = 'collaboration')";
        assertEquals(
                0,
                db.count("select count(*) from activity where demo and starts_at <= " + loaded
                        + " and attendance is null and reach is null"));
        assertEquals(
                0,
                db.count("select count(*) from activity where demo and starts_at > " + loaded
                        + " and (attendance is not null or reach is not null)"));
        assertEquals(0, db.count("select count(*) from participation where demo and network_lead_id is null"));
        assertEquals(2, db.count("select count(*) from contact where demo and coordinator and public"));
        // Two meetings in each year from the pilots (2015) on; those before the day of loading have minutes and ideas.
        String loadDay = "(date_trunc('day', " + loaded + " at time zone 'Europe/Copenhagen')"
                + " at time zone 'Europe/Copenhagen')";
        assertEquals(
                0,
                db.count("select count(*) from generate_series(2015, extract(year from " + loaded
                        + " at time zone 'Europe/Copenhagen')::int) y"
                        + " where (select count(*) from network_meeting m where m.demo"
                        + " and extract(year from m.starts_at at time zone 'Europe/Copenhagen') = y) <> 2"));
        assertEquals(
                0,
                db.count(
                        "select count(*) from network_meeting m where m.demo and m.ends_at < " + loadDay
                                + " and (coalesce(m.minutes, '') = '' or not exists (select 1 from meeting_idea i where i.meeting_id = m.id))"));
        assertEquals(
                0,
                db.count(
                        "select count(*) from network_meeting m where m.demo and m.starts_at >= " + loadDay
                                + " and (coalesce(m.minutes, '') <> '' or exists (select 1 from meeting_idea i where i.meeting_id = m.id))"),
                "a meeting still to come has neither minutes nor ideas");
        Api.given().get("/api/network-meetings/next").then().statusCode(200);
    }

    @Test
    void bygPartnerskaberHasItsProjectGuideToolboxCasesAndPartnerships() {
        Api.given()
                .get("/api/projects/by-slug/{slug}", "ud-af-boksen")
                .then()
                .statusCode(200)
                .body("startsOn", equalTo("2010-03-01"))
                .body("endsOn", equalTo("2012-07-01"))
                .body("funder", org.hamcrest.Matchers.containsString("Frie forsøg"))
                .body("documents.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(4));
        Api.given()
                .get("/api/guide")
                .then()
                .statusCode(200)
                // Other tests add chapters of their own (numbered 10 and up).
                .body(
                        "chapters.findAll { it.number < 10 }.number",
                        org.hamcrest.Matchers.contains(1, 2, 3, 4, 5, 6, 7, 8, 9))
                .body("chapters[8].title", equalTo("Tjekliste"));
        for (String heading :
                java.util.List.of("PROFESSIONALISE", "FOCUS_LIBRARY", "BE_STRATEGIC", "CHOOSE_PARTNERS")) {
            Api.given()
                    .queryParam("heading", heading)
                    .get("/api/toolbox")
                    .then()
                    .statusCode(200)
                    .body("totalItems", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        }
        Api.given()
                .queryParam("size", 100)
                .get("/api/cases")
                .then()
                .statusCode(200)
                .body("items.title", org.hamcrest.Matchers.hasItems("Sansefortællingen", "Biblioteket og TV-kanalen"));
        assertTrue(
                db.count("select count(distinct status) from partnership where demo") >= 4,
                "partnerships in different phases");
        // The presentation is both a toolbox file and a project document, stored once.
        assertEquals(
                0,
                db.count("select count(*) from (select sha256 from attachment group by sha256"
                        + " having count(*) > 1) d"));
        assertTrue(db.count("select count(*) from attachment a where exists (select 1 from toolbox_item_attachment t"
                        + " where t.attachment_id = a.id) and exists (select 1 from project_document d"
                        + " where d.attachment_id = a.id)")
                >= 1);
    }
}
