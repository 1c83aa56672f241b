package dk.samspil.directory.attachment;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samspil.testing.Api;
import dk.samspil.testing.TestDatabase;
import dk.samspil.testing.TestLibraries;
import dk.samspil.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttachmentResourceTest {

    @Inject
    TestUsers users;

    @Inject
    TestLibraries libraries;

    @Inject
    TestDatabase db;

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] office(String mainPart) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(mainPart));
            zip.write(("<x>" + uniqueWord() + "</x>").getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static Response upload(TestUsers.Session session, String name, byte[] content, String type) {
        return session.givenInvalidRequest()
                .multiPart("file", name, content, type)
                .post("/api/attachments");
    }

    @Test
    void anEditorUploadsAFileThatIsStoredOnceAndNamedHarmlessly() {
        TestUsers.Session editor = users.editorOf(libraries.create("Filer " + uniqueWord(), 851));
        byte[] content = pdf(uniqueWord());
        long id = upload(editor, "../../etc/Aftale <script>.exe.pdf", content, "application/pdf")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/attachments/"))
                .body("contentType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(content.length))
                .body("fileName", not(containsString("/")))
                .body("fileName", not(containsString("<")))
                .body("fileName", equalTo("Aftale_script_.exe.pdf"))
                .extract()
                .jsonPath()
                .getLong("id");
        // The same content under another name and type is the same attachment.
        upload(users.coordinator(), "kopi.bin", content, "application/octet-stream")
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("fileName", equalTo("Aftale_script_.exe.pdf"));
        assertEquals(1, db.count("select count(*) from attachment where id = ?1", id));

        // Not used by public content: private. Signed in: a download with the real type and headers.
        Api.givenInvalidRequest().get("/api/attachments/{id}", id).then().statusCode(404);
        Response download = editor.givenInvalidRequest().accept("*/*").get("/api/attachments/{id}?name=Min aftale", id);
        download.then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment; filename=\"Min aftale.pdf\""))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        assertArrayEquals(content, download.asByteArray());
        editor.givenInvalidRequest()
                .accept("*/*")
                .header("If-None-Match", download.header("ETag"))
                .get("/api/attachments/{id}", id)
                .then()
                .statusCode(304);
    }

    @Test
    void aFileOfSeveralMegabytesComesBackWholeAndWithItsLength() {
        // Two and a half slices of a download (AttachmentService.SLICE_BYTES), each byte different from the next.
        byte[] content = new byte[AttachmentService.SLICE_BYTES * 5 / 2 + 7];
        new java.util.Random(20261207).nextBytes(content);
        byte[] head = pdf("stor " + uniqueWord());
        System.arraycopy(head, 0, content, 0, head.length);
        TestUsers.Session editor = users.editorOf(libraries.create("Store filer " + uniqueWord(), 849));
        long id = upload(editor, "plan.pdf", content, "application/pdf")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Response download = editor.givenInvalidRequest().accept("*/*").get("/api/attachments/{id}", id);
        download.then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Length", equalTo(String.valueOf(content.length)));
        assertArrayEquals(content, download.asByteArray());
    }

    @Test
    void theTypeIsToldFromTheContentNotTheName() throws IOException {
        TestUsers.Session coordinator = users.coordinator();
        byte[] executable = new byte[64];
        executable[0] = 'M';
        executable[1] = 'Z';
        upload(coordinator, "rapport.pdf", executable, "application/pdf")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("PDF"));
        upload(coordinator, "tom.pdf", new byte[0], "application/pdf").then().statusCode(400);
        upload(coordinator, "zip.docx", office("noget/andet.xml"), "application/zip")
                .then()
                .statusCode(415);

        upload(coordinator, "skabelon", office("word/document.xml"), "application/octet-stream")
                .then()
                .statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body("fileName", equalTo("skabelon.docx"));
        upload(coordinator, "ark.xlsx", office("xl/workbook.xml"), "application/octet-stream")
                .then()
                .statusCode(201)
                .body("fileName", equalTo("ark.xlsx"));
        upload(coordinator, "slides", office("ppt/presentation.xml"), "application/octet-stream")
                .then()
                .statusCode(201)
                .body("fileName", equalTo("slides.pptx"));
        byte[] png = new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            0x0D,
            0x0A,
            0x1A,
            0x0A,
            1,
            2,
            3,
            (byte) uniqueWord().hashCode()
        };
        upload(coordinator, "billede.jpg", png, "image/jpeg")
                .then()
                .statusCode(201)
                .body("contentType", equalTo("image/png"))
                .body("fileName", equalTo("billede.png"));
    }

    @Test
    void filesAbove20MbAreRefusedAndNobodyAnonymousUploads() {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        byte[] head = pdf("stor");
        System.arraycopy(head, 0, big, 0, head.length);
        Arrays.fill(big, head.length, big.length, (byte) ' ');
        upload(users.coordinator(), "stor.pdf", big, "application/pdf")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("20 MB"));
        Api.givenInvalidRequest()
                .multiPart("file", "x.pdf", pdf("anonym"), "application/pdf")
                .post("/api/attachments")
                .then()
                .statusCode(401);
        upload(users.editorOf(libraries.create("Filer " + uniqueWord(), 851)), "x.pdf", new byte[0], "application/pdf")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }
}
