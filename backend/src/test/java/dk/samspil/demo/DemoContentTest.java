package dk.samspil.demo;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
        assertEquals(0, db.count("select count(*) from library l join municipality m on m.code = l.municipality_code"
                + " where l.demo and l.library_number <> m.library_number"));
        Api.given().queryParam("q", "Aalborg Bibliotekerne").when().get("/api/libraries")
                .then().body("items[0].isil", equalTo("DK-785100"));
        Api.given().queryParam("q", "Aarhus").when().get("/api/libraries")
                .then().body("items.name", org.hamcrest.Matchers.hasItem("Borgerservice og Biblioteker Aarhus"));
    }

    @Test
    void aLibraryWithoutAJoinDateReadsAsNull() {
        long id = db.count("select min(id) from library where demo and joined_on is null");
        Api.given().get("/api/libraries/{id}", id).then().statusCode(200)
                .body("joinedOn", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void flagsTheSixCentralLibraries() {
        Api.given().queryParam("central", true).queryParam("size", 100).when().get("/api/libraries")
                .then().statusCode(200)
                .body("items.findAll { it.libraryNumber.endsWith('00') }.municipality.name",
                        containsInAnyOrder("Aalborg", "Herning", "Vejle", "Odense", "Roskilde", "Gentofte"));
    }

    @Test
    void themesHaveTheSignUpNumbersOfSharedData() {
        long theme = db.count("select id from theme where slug = 'historier-om-danmark'");
        Api.given().get("/api/themes/{id}/participations", theme).then().statusCode(200)
                .body("totalItems", equalTo(77)).body("items[0].state", equalTo("CONFIRMED"));
        assertEquals(76, db.count("select count(*) from participation p join theme t on t.id = p.theme_id"
                + " where t.number = 12"));
        assertEquals(5, db.count("select count(distinct r.code) from participation p join library l on l.id = p.library_id"
                + " join municipality m on m.code = l.municipality_code join region r on r.code = m.region_code"
                + " join theme t on t.id = p.theme_id where t.number = 12"), "spread over all five regions");
    }

    @Test
    void loadsOnlyOnce() {
        assertFalse(demoLibraries.loadOnce());
        assertEquals(98, db.count("select count(*) from library where demo"));
    }
}
