package dk.samspil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tree shows the design (docs/architecture.md): domains depend only downwards, and the features
 * inside them form no cycle. Read from the sources, so a new import that breaks a rule fails here with
 * the file that made it.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/dk/samspil");

    /** Each domain and the domains it may use. Nothing may use demo or search. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "common", Set.of(),
            "directory", Set.of("common"),
            "collaboration", Set.of("common", "directory"),
            "partnering", Set.of("common", "directory", "collaboration"),
            "access", Set.of("common", "directory"),
            "integration", Set.of("common", "directory", "collaboration", "partnering", "access"),
            "search", Set.of("common"),
            "demo", Set.of("common", "directory", "collaboration", "partnering", "access"));

    private static final Pattern REFERENCE = Pattern.compile("\\bdk\\.samspil\\.([a-z]+)\\.([a-z]+)\\b");

    @Test
    void everyPackageBelongsToAKnownDomain() {
        List<String> unknown = new ArrayList<>();
        for (SourceFile file : sources()) {
            if (file.domain() != null && !ALLOWED.containsKey(file.domain())) {
                unknown.add(file.path() + " (domain '" + file.domain() + "')");
            }
        }
        assertEquals(List.of(), unknown, "Put new code in one of " + ALLOWED.keySet() + " (docs/architecture.md)");
    }

    @Test
    void domainsDependOnlyDownwards() {
        List<String> violations = new ArrayList<>();
        for (SourceFile file : sources()) {
            if (file.domain() == null) {
                continue; // SamspilMain starts the application and may use any domain.
            }
            Set<String> allowed = ALLOWED.getOrDefault(file.domain(), Set.of());
            for (String[] ref : file.references()) {
                if (!ref[0].equals(file.domain()) && !allowed.contains(ref[0])) {
                    violations.add(file.path() + " uses dk.samspil." + ref[0] + "." + ref[1]);
                }
            }
        }
        assertEquals(List.of(), violations, "Domains may use only " + ALLOWED);
    }

    @Test
    void featuresFormNoCycle() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (SourceFile file : sources()) {
            if (file.feature() == null) {
                continue;
            }
            Set<String> edges = graph.computeIfAbsent(file.feature(), k -> new TreeSet<>());
            for (String[] ref : file.references()) {
                String target = ref[0] + "." + ref[1];
                if (!target.equals(file.feature())) {
                    edges.add(target);
                }
            }
        }
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            findCycle(graph, start, new ArrayList<>(List.of(start)), cycles);
        }
        assertEquals(List.of(), cycles, "Features must not use each other in a circle");
    }

    /** Rows are read by column name and entities through Panache (docs/architecture.md, "Reads"). */
    private static final Map<Pattern, String> UNTYPED = Map.of(
            Pattern.compile("createNativeQuery\\("), "native SQL goes through common/db/Sql (rows read by column name)",
            Pattern.compile("Object\\[\\]>"), "a row read as Object[] is read by position",
            Pattern.compile("\\bem\\.(find|persist|remove|merge)\\("),
                    "entities are found and written through Panache");

    @Test
    void readsAreTypedAndEntitiesGoThroughPanache() throws IOException {
        List<String> violations = new ArrayList<>();
        for (SourceFile file : sources()) {
            if (file.path().startsWith(Path.of("common", "db"))) {
                continue; // Sql and Rows are where native rows become records.
            }
            String text = Files.readString(SOURCES.resolve(file.path()));
            UNTYPED.forEach((pattern, why) -> {
                if (pattern.matcher(text).find()) {
                    violations.add(file.path() + ": " + why);
                }
            });
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theRulesAreReadFromRealSources() {
        // A rule that reads no file cannot fail: make sure the tree is where the test looks.
        List<SourceFile> files = sources();
        assertTrue(files.size() > 100, "read " + files.size() + " source files from " + SOURCES.toAbsolutePath());
        assertTrue(
                files.stream()
                        .anyMatch(f -> "collaboration".equals(f.domain())
                                && f.references().stream().anyMatch(r -> r[0].equals("directory"))),
                "the collaboration uses the directory");
    }

    private static void findCycle(Map<String, Set<String>> graph, String node, List<String> path, List<String> cycles) {
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (next.equals(path.get(0))) {
                String cycle = String.join(" -> ", path) + " -> " + next;
                // Report each cycle once, from its alphabetically first feature.
                if (path.stream().allMatch(p -> p.compareTo(path.get(0)) >= 0)) {
                    cycles.add(cycle);
                }
            } else if (!path.contains(next) && path.size() < 12) {
                path.add(next);
                findCycle(graph, next, path, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    private static List<SourceFile> sources() {
        try (Stream<Path> paths = Files.walk(SOURCES)) {
            return paths.filter(p -> p.toString().endsWith(".java"))
                    .map(SourceFile::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record SourceFile(Path path, String domain, String feature, List<String[]> references) {

        static SourceFile read(Path path) {
            Path relative = SOURCES.relativize(path);
            String domain = relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
            String feature = relative.getNameCount() > 2 ? domain + "." + relative.getName(1) : null;
            List<String[]> references = new ArrayList<>();
            try {
                Matcher m = REFERENCE.matcher(Files.readString(path));
                while (m.find()) {
                    references.add(new String[] {m.group(1), m.group(2)});
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new SourceFile(relative, domain, feature, references);
        }
    }
}
