package dk.samspil.search;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestContacts;
import dk.samspil.testing.TestFiles;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestPartners;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/search and the lists' q, as a visitor and as staff would search. */
@QuarkusTest
class SearchResourceTest {

    @Inject
    TestPartners partners;

    @Inject
    TestContacts contacts;

    @Inject
    TestLibraries libraries;

    @Inject
    TestUsers users;

    /** A word no other test and no demo content uses, of letters only (so it is stemmed like Danish). */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (char c : uniqueWord().substring(1).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return word.toString();
    }

    private static JsonPath search(RequestSpecification as, String q, String types) {
        RequestSpecification request = as.queryParam("q", q);
        if (types != null) {
            request.queryParam("types", types);
        }
        return request.get("/api/search").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath search(String q) {
        return search(Api.given(), q, null);
    }

    private long partner(String name, String description) {
        Map<String, Object> input = new HashMap<>(Map.of("name", name, "type", "OTHER"));
        if (description != null) {
            input.put("description", description);
        }
        return partners.create(input);
    }

    @Test
    void danishWordsMatchTheirInflectionsAndSpellings() {
        String w = word();
        long id = partner(
                "Ålsgårde Æbleteater " + w, "Vi laver forestillinger for bibliotekerne og deres partnerskaber.");

        // Stems: biblioteker finds bibliotekerne, partnerskab finds partnerskaber.
        assertEquals(List.of((int) id), search("biblioteker " + w).getList("items.id"));
        assertEquals(List.of((int) id), search("partnerskab " + w).getList("items.id"));
        // Folding: aa = å, ae = æ, and back.
        assertEquals(List.of((int) id), search("aalsgaarde aebleteater " + w).getList("items.id"));
        assertEquals(List.of((int) id), search("ÅLSGÅRDE " + w).getList("items.id"));
        // The word being typed is a prefix.
        assertEquals(List.of((int) id), search(w + " Æblete").getList("items.id"));
        // Every word must match (or the whole text be close to a title).
        assertEquals(List.of(), search("biblioteker " + w + " kattekilling").getList("items.id"));

        // The lists' q read the same way: the partners' list (JPQL) and the libraries' (the same search).
        Api.given()
                .queryParam("q", "aalsgaarde " + w)
                .get("/api/partners")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id));
        Api.given()
                .queryParam("q", "Ålborg")
                .queryParam("municipality", 851)
                .queryParam("size", 100)
                .get("/api/libraries")
                .then()
                .statusCode(200)
                .body("items.name", hasItem("Aalborg Bibliotekerne"));
        assertEquals(
                "Aalborg Bibliotekerne",
                search(Api.given(), "bibliotekerne ålborg", "LIBRARY").getString("items[0].title"));
    }

    @Test
    void typosAreCorrectedFromTheWordsOfTitlesAndTheCorrectionIsSaid() {
        String w = word();
        long id = partner("Skovhuggermuseet " + w, null);
        // One letter missing: nothing matches as typed, so the word is respelled from the titles' words.
        JsonPath near = search(Api.given(), "Skovhugermuseet " + w, "PARTNER");
        assertEquals(List.of((int) id), near.getList("items.id"));
        assertEquals("skovhuggermuseet " + w, near.getString("corrected"));
        assertEquals(1, near.getInt("totalItems"));
        // While typing, too.
        Api.given()
                .queryParam("q", "skovhugermuse")
                .get("/api/search/suggestions")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
        // A word that only a text holds is suggested from that text, not respelled.
        String inText = word();
        long textOnly = partner("Tekstpartner " + word(), "Om " + inText);
        Api.given()
                .queryParam("q", inText)
                .get("/api/search/suggestions")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) textOnly));
        // Nothing near: nothing found, nothing corrected.
        JsonPath far = search("qxzvkwjh");
        assertEquals(0, far.getInt("totalItems"));
        assertEquals(null, far.getString("corrected"));
        assertEquals(List.of(), far.getList("items"));
        // A hit as typed means no correction.
        assertEquals(null, search("Skovhuggermuseet " + w).getString("corrected"));
        // The lists' q respell the same way.
        Api.given()
                .queryParam("q", "Skovhugermuseet " + w)
                .get("/api/partners")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id));
        // A word no title holds any more is no longer offered.
        String gone = word() + "museum";
        long soon = partner(gone, null);
        assertEquals(gone, search(gone.substring(0, gone.length() - 2) + "xm").getString("corrected"));
        partners.delete(soon);
        assertEquals(null, search(gone.substring(0, gone.length() - 2) + "xm").getString("corrected"));
    }

    @Test
    void aTypeWithMoreHitsThanASearchReadsSaysSo() {
        String w = word();
        for (int i = 0; i < SearchService.TEXT_CAP + 1; i++) {
            partner("Mængdepartner " + i + " " + word(), "Om " + w); // the word in the text only
        }
        long titled = partner("Titelpartner " + w, null);
        long contact = contacts.create("Mængdekontakt " + w, true);
        JsonPath all = search(w);
        assertEquals(true, all.getBoolean("facets.find { it.type == 'PARTNER' }.capped"));
        assertEquals(SearchService.TEXT_CAP + 1, all.getInt("facets.find { it.type == 'PARTNER' }.count"));
        // The title's hit ranks first, however many hits the text has.
        assertEquals((int) titled, search(Api.given(), w, "PARTNER").getInt("items[0].id"));
        assertEquals(false, all.getBoolean("facets.find { it.type == 'CONTACT' }.capped"));
        assertEquals(1, all.getInt("facets.find { it.type == 'CONTACT' }.count"));
        assertEquals(true, all.getBoolean("capped"));
        assertEquals(all.getInt("facets.find { it.type == 'PARTNER' }.count") + 1, all.getInt("totalItems"));
        // Only the types asked for say whether the total is capped.
        JsonPath onlyContacts = search(Api.given(), w, "CONTACT");
        assertEquals(false, onlyContacts.getBoolean("capped"));
        assertEquals(List.of((int) contact), onlyContacts.getList("items.id"));
    }

    @Test
    void quotedWordsMustStandTogether() {
        String w = word();
        long together = partner("Klimapartner " + w, "Grøn omstilling i byen.");
        long apart = partner("Energipartner " + w, "Omstilling til grøn energi.");
        assertEquals(2, search("grøn omstilling " + w).getInt("totalItems"));
        assertEquals(List.of((int) together), search("\"grøn omstilling\" " + w).getList("items.id"));
        assertEquals(
                List.of((int) apart), search("\"omstilling til grøn\" " + w).getList("items.id"));
        // An unclosed quote is a phrase to the end.
        assertEquals(List.of((int) together), search(w + " \"grøn omstilling").getList("items.id"));
    }

    @Test
    void exactTitlesRankFirstThenTitleWordsThenStemsThenText() {
        String w = word();
        long inText = partner("Kulturhus " + w, "Et sted for bibliotek og borgere.");
        long stemInTitle = partner(w + " Bibliotekerne", null);
        long wordsInTitle = partner(w + " har et bibliotek", null);
        long exact = partner("Bibliotek " + w, null);
        JsonPath hits = search(Api.given(), "bibliotek " + w, "PARTNER");
        assertEquals(
                List.of((int) exact, (int) wordsInTitle, (int) stemInTitle, (int) inText), hits.getList("items.id"));

        // The snippet is plain text in parts; the matching words are marked, whatever their inflection.
        Map<String, Object> textHit = hits.getMap("items[3]");
        assertEquals("/api/partners/" + inText, textHit.get("href"));
        assertEquals("/partnere/" + inText, textHit.get("route"));
        assertEquals("PARTNER", textHit.get("type"));
        assertEquals(
                List.of(
                        Map.of("text", "Et sted for ", "highlight", false),
                        Map.of("text", "bibliotek", "highlight", true),
                        Map.of("text", " og borgere.", "highlight", false)),
                textHit.get("snippet"));
        assertEquals(List.of(), hits.getList("items[0].snippet"));

        // Suggestions while typing read the same way, best first, titles and links only.
        Api.given()
                .queryParam("q", "bibliotek " + w)
                .queryParam("size", 2)
                .get("/api/search/suggestions")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) exact, (int) wordsInTitle))
                .body("items[0].route", equalTo("/partnere/" + exact))
                .body("items[0].title", equalTo("Bibliotek " + w));
    }

    @Test
    void markupInTheDataIsNeverMarkupInTheSnippet() {
        String w = word();
        partner("Scriptpartner " + w, "<b>fed</b> og <script>alert(1)</script> " + w);
        JsonPath hit = search(w);
        String snippet = String.join("", hit.getList("items[0].snippet.text"));
        assertTrue(snippet.contains("<script>alert(1)</script>"), snippet);
        assertEquals(List.of(w), hit.getList("items[0].snippet.findAll { it.highlight }.text"));
    }

    @Test
    void privateContactsAreFoundAndCountedOnlyByThoseWhoMayReadThem() {
        String w = word();
        String own = word();
        long hidden = contacts.create("Skjult " + w + " " + own, false);
        long shown = contacts.create("Synlig " + w, true);

        JsonPath anonymous = search(w);
        assertEquals(List.of((int) shown), anonymous.getList("items.id"));
        assertEquals(1, anonymous.getInt("facets.find { it.type == 'CONTACT' }.count"));
        assertEquals(1, anonymous.getInt("totalItems"));
        Api.given().queryParam("q", own).get("/api/search/suggestions").then().body("items", empty());
        // Nor does a typo's correction give a private name away.
        long secret = contacts.create("Hemmeligsen Trækfuglemuseet", false);
        JsonPath guess = search("trækfuglemusset");
        assertEquals(0, guess.getInt("totalItems"));
        assertEquals(null, guess.getString("corrected"));
        assertEquals(0, guess.getInt("facets.find { it.type == 'CONTACT' }.count"));
        JsonPath staffGuess = search(users.coordinator().given(), "trækfuglemusset", null);
        assertEquals("trækfuglemuseet", staffGuess.getString("corrected"));
        assertEquals(List.of((int) secret), staffGuess.getList("items.id"));

        JsonPath staff = search(users.coordinator().given(), w, null);
        assertEquals(2, staff.getInt("facets.find { it.type == 'CONTACT' }.count"));
        assertTrue(staff.getList("items.id").contains((int) hidden));

        // The index follows a change in the same transaction: hidden now, gone after deletion.
        contacts.hide(shown, "Synlig " + w);
        assertEquals(List.of(), search(w).getList("items"));
        contacts.delete(hidden);
        assertEquals(
                List.of((int) shown),
                search(users.coordinator().given(), w, null).getList("items.id"));
    }

    @Test
    void aPartnershipsAgreementIsNeverSearched() {
        String w = word();
        String secret = word();
        long library = libraries.create("Aftalebibliotek " + uniqueWord(), 851);
        long partner = partners.create("Partner " + uniqueWord(), "THEATRE");
        TestUsers.Session editor = users.editorOf(library);
        long file = TestFiles.uploadPdf(editor, secret + "-hemmelig.pdf", w);
        Map<String, Object> input = new HashMap<>();
        input.put("title", "Fortællinger " + w + "x");
        input.put("purpose", "Fortællinger for børn");
        input.put("libraryIds", List.of(library));
        input.put("partners", List.of(Map.of("partnerId", partner, "role", "Medarrangør")));
        input.put("agreementAttachmentId", file);
        long id = editor.given()
                .contentType("application/json")
                .body(input)
                .post("/api/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        assertEquals(List.of((int) id), search(w + "x").getList("items.id"));
        assertEquals(0, search(w + " hemmelig").getInt("totalItems"));
        assertEquals(
                0, search(users.coordinator().given(), w + " hemmelig", null).getInt("totalItems"));
    }

    @Test
    void typesNarrowTheHitsButEveryTypeIsCounted() {
        String w = word();
        long partner = partner("Typepartner " + w, null);
        long contact = contacts.create("Typekontakt " + w, true);
        JsonPath all = search(w);
        assertEquals(2, all.getInt("totalItems"));
        assertEquals(11, all.getList("facets").size());

        JsonPath onlyContacts = search(Api.given(), w, "CONTACT");
        assertEquals(List.of((int) contact), onlyContacts.getList("items.id"));
        assertEquals(1, onlyContacts.getInt("totalItems"));
        assertEquals(1, onlyContacts.getInt("facets.find { it.type == 'PARTNER' }.count"));
        // Comma-separated or repeated.
        assertEquals(2, search(Api.given(), w, "CONTACT,PARTNER").getInt("totalItems"));
        Api.givenInvalidRequest() // outside the contract's form, accepted all the same
                .queryParam("q", w)
                .queryParam("types", "CONTACT", "PARTNER")
                .get("/api/search")
                .then()
                .body("totalItems", equalTo(2));

        // Paging: one a page, in rank order, nothing beyond the last.
        Api.given()
                .queryParam("q", w)
                .queryParam("size", 1)
                .queryParam("page", 2)
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("totalPages", equalTo(2));
        Api.given()
                .queryParam("q", w)
                .queryParam("page", 3)
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(2));
        assertTrue(List.of((int) partner, (int) contact).containsAll(all.getList("items.id")));
    }

    @Test
    void badQueriesAreRefusedPlainly() {
        for (String q : new String[] {"", "   "}) {
            Api.givenInvalidRequest()
                    .queryParam("q", q)
                    .header("Accept-Language", "da")
                    .get("/api/search")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("'q'"));
        }
        Api.givenInvalidRequest().get("/api/search").then().statusCode(400);
        Api.givenInvalidRequest().get("/api/search/suggestions").then().statusCode(400);
        Api.givenInvalidRequest()
                .queryParam("q", "x".repeat(201))
                .get("/api/search")
                .then()
                .statusCode(400);
        Api.givenInvalidRequest()
                .queryParam("q", "bibliotek")
                .queryParam("types", "LIBRARY,NOPE")
                .get("/api/search")
                .then()
                .statusCode(400)
                .body("detail", containsString("types"));
        Api.givenInvalidRequest()
                .queryParam("q", "bibliotek")
                .queryParam("types", String.join(",", Collections.nCopies(12, "THEME")))
                .get("/api/search")
                .then()
                .statusCode(400)
                .body("detail", containsString("types"));
        Api.givenInvalidRequest()
                .queryParam("q", "bibliotek")
                .queryParam("size", 0)
                .get("/api/search")
                .then()
                .statusCode(400);
        Api.givenInvalidRequest()
                .queryParam("q", "bibliotek")
                .queryParam("size", 21)
                .get("/api/search/suggestions")
                .then()
                .statusCode(400);
        // Query syntax is only ever words: operators typed are just not words.
        for (String q : new String[] {"!", "&|!():*<->", "'", "\\", "a:*", "bibliotek & !", "(((", "\"\""}) {
            Api.given().queryParam("q", q).get("/api/search").then().statusCode(200);
        }
        Api.given()
                .queryParam("q", "&|!")
                .get("/api/search")
                .then()
                .body("totalItems", equalTo(0))
                .body("items", empty())
                .body("corrected", nullValue())
                .body("capped", equalTo(false))
                .body("facets.count", everyItem(equalTo(0)));
        Api.given()
                .queryParam("q", "%")
                .get("/api/libraries")
                .then()
                .statusCode(200)
                .body("items", empty());
    }
}
