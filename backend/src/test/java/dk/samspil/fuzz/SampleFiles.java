package dk.samspil.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Small files to upload: each starts as its type does, and differs from the others by random bytes. */
final class SampleFiles {

    private SampleFiles() {}

    static byte[] pdf(Random random) {
        return ("%PDF-1.4\n% fuzz " + random.nextLong()
                        + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R" + " >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        out.writeBytes(noise(random, 64));
        return out.toByteArray();
    }

    static byte[] jpeg(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
        out.writeBytes(noise(random, 64));
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    /** The start of a zip (as DOCX, XLSX and PPTX are), then noise. */
    static byte[] brokenZip(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'P', 'K', 3, 4});
        out.writeBytes(noise(random, 200));
        return out.toByteArray();
    }

    private static byte[] noise(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
