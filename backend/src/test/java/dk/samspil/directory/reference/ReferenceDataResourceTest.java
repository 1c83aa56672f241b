package dk.samspil.directory.reference;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dk.samspil.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceDataResourceTest {

    @Test
    void listsTheFiveRegionsWithTheirMunicipalityCounts() {
        Api.given()
                .when()
                .get("/api/regions")
                .then()
                .statusCode(200)
                .body("code", contains(1081, 1082, 1083, 1084, 1085))
                .body(
                        "name",
                        contains(
                                "Region Nordjylland",
                                "Region Midtjylland",
                                "Region Syddanmark",
                                "Region Hovedstaden",
                                "Region Sjælland"))
                .body("nuts2", contains("DK05", "DK04", "DK03", "DK01", "DK02"))
                .body("municipalityCount", contains(11, 19, 22, 29, 17));
    }

    @Test
    void listsAllNinetyEightMunicipalitiesWithLibraryNumbers() {
        Api.given()
                .when()
                .get("/api/municipalities")
                .then()
                .statusCode(200)
                .body("$", hasSize(98))
                .body("find { it.code == 851 }.name", equalTo("Aalborg"))
                .body("find { it.code == 851 }.libraryNumber", equalTo("785100"))
                .body("find { it.code == 851 }.region.name", equalTo("Region Nordjylland"))
                .body("find { it.code == 101 }.libraryNumber", equalTo("710100"));
    }

    @Test
    void filtersMunicipalitiesByRegionInDanishOrder() {
        Api.given()
                .queryParam("region", 1081)
                .when()
                .get("/api/municipalities")
                .then()
                .statusCode(200)
                .body("$", hasSize(11))
                .body("region.code", everyItem(equalTo(1081)))
                .body("[0].name", equalTo("Brønderslev"))
                .body("[-1].name", equalTo("Aalborg"));
        Api.givenInvalidRequest()
                .queryParam("region", "nord")
                .when()
                .get("/api/municipalities")
                .then()
                .statusCode(400)
                .body("detail", containsString("region"));
    }

    @Test
    void referenceDataIsCacheableAndRevalidates() {
        String etag = Api.given()
                .when()
                .get("/api/regions")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age="))
                .header("ETag", not(emptyOrNullString()))
                .extract()
                .header("ETag");
        Api.given()
                .header("If-None-Match", etag)
                .when()
                .get("/api/regions")
                .then()
                .statusCode(304);
        String byRegion = Api.given()
                .queryParam("region", 1084)
                .when()
                .get("/api/municipalities")
                .then()
                .extract()
                .header("ETag");
        Api.given()
                .header("If-None-Match", byRegion)
                .when()
                .get("/api/municipalities")
                .then()
                .statusCode(200);
    }
}
