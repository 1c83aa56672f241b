package dk.samspil.directory.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * The file types Samspil accepts, told from the file's content (its magic bytes, and for Office files the
 * parts inside the ZIP container), never from its name or the Content-Type the client sent.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");

    public final String contentType;
    public final String extension;

    FileType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The type of the file's content, or empty when it is none of the accepted ones. */
    public static Optional<FileType> of(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read >= 5 && startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (read >= 8 && startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (read >= 3 && startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (read >= 4 && startsWith(head, 'P', 'K', 0x03, 0x04)) {
            return office(file);
        }
        return Optional.empty();
    }

    /** An Office Open XML file is a ZIP with [Content_Types].xml and the main part of its kind. */
    private static Optional<FileType> office(Path file) {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            zip.stream().limit(10_000).forEach(entry -> names.add(entry.getName()));
        } catch (IOException | RuntimeException notAZip) {
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        if (names.contains("ppt/presentation.xml")) {
            return Optional.of(PPTX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... expected) {
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
