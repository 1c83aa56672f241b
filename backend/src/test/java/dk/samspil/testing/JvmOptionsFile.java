package dk.samspil.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** backend/jvm.options, a Java argument file: its options, one a line, without the {@code #} comments. */
public final class JvmOptionsFile {

    private JvmOptionsFile() {}

    public static List<String> options(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(option -> !option.isEmpty())
                .toList();
    }
}
