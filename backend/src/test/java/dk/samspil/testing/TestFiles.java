package dk.samspil.testing;

import static dk.samspil.testing.TestLibraries.uniqueWord;

import java.nio.charset.StandardCharsets;

/** Files uploaded the way the SPA uploads them (POST /api/attachments, multipart). */
public final class TestFiles {

    private TestFiles() {}

    /** Uploads a small PDF whose content carries {@code text} (a new text gives a new attachment). @return its id */
    public static long uploadPdf(TestUsers.Session session, String name, String text) {
        return session.givenInvalidRequest()
                .multiPart(
                        "file",
                        name,
                        ("%PDF-1.4\n% " + text + "\n").getBytes(StandardCharsets.ISO_8859_1),
                        "application/pdf")
                .post("/api/attachments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Uploads a small PDF of its own (a new attachment each time). @return its id */
    public static long uploadPdf(TestUsers.Session session, String name) {
        return uploadPdf(session, name, uniqueWord());
    }
}
