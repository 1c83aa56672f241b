package dk.samspil.directory.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsDanishLettersAndDropsPathsAndShellCharacters() {
        assertEquals(
                "Aftale med Æblerød.pdf", FileNames.neutralise("C:\\Users\\x\\Aftale med Æblerød.pdf", FileType.PDF));
        assertEquals("rapport_1_.docx", FileNames.neutralise("../rapport;|1|.exe", FileType.DOCX));
        assertEquals("fil.png", FileNames.neutralise("../../.png", FileType.PNG));
        assertEquals("fil.jpg", FileNames.neutralise(null, FileType.JPEG));
        assertEquals(
                104,
                FileNames.neutralise("a".repeat(300) + ".pdf", FileType.PDF).length());
    }

    @Test
    void givesAnAsciiNameForOldClients() {
        assertEquals("Aftale med Aebleroed.pdf", FileNames.ascii("Aftale med Æblerød.pdf"));
        assertEquals("Laesning.pdf", FileNames.ascii("Læsning.pdf"));
    }
}
