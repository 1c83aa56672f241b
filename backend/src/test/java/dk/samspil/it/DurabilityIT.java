package dk.samspil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged app as {@code make run} starts it (embedded PostgreSQL keeping its data) is a durable store: a burst
 * of writes, the app and its PostgreSQL killed with SIGKILL the moment the last one is acknowledged, and every
 * acknowledged write is there after a restart on the same data directory (PostgreSQL's crash recovery).
 */
class DurabilityIT {

    private static final String ADMIN = "admin@durability.test";
    private static final String PASSWORD = "durability-pw-1";
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "SAMSPIL_DEMO_CONTENT_ENABLED",
            "false",
            "SAMSPIL_ADMIN_EMAIL",
            ADMIN,
            "SAMSPIL_ADMIN_PASSWORD",
            PASSWORD,
            "SAMSPIL_RATE_LIMIT_SIGNED_IN_PER_MINUTE",
            "1000000");
    private static final int WRITES = 200;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedWriteSurvivesAKillOfTheAppAndItsDatabase() throws Exception {
        Path dataDirectory = Path.of("target", "it-durability-data").toAbsolutePath();
        deleteRecursively(dataDirectory);
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();

        PackagedApp app = PackagedApp.startWithEmbeddedDatabase(dataDirectory, "durability-first", ENVIRONMENT);
        try {
            AdminSession admin = AdminSession.login(http, app.baseUri(), ADMIN, PASSWORD);
            ExecutorService clients = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> writes = new ArrayList<>();
                for (int i = 0; i < WRITES; i++) {
                    String name = "Varig " + i;
                    writes.add(clients.submit(() -> {
                        HttpResponse<String> created = admin.createPartner(name);
                        assertEquals(201, created.statusCode(), created.body());
                        acknowledged.put(AdminSession.id(created), name);
                        return null;
                    }));
                }
                for (Future<?> write : writes) {
                    write.get();
                }
            } finally {
                clients.shutdown();
            }
            // The last write has just been acknowledged: nothing gets a chance to flush anything.
            killPostgres(dataDirectory);
        } finally {
            app.kill();
        }
        assertEquals(WRITES, acknowledged.size());

        PackagedApp restarted = PackagedApp.startWithEmbeddedDatabase(dataDirectory, "durability-second", ENVIRONMENT);
        try {
            AdminSession admin = AdminSession.login(http, restarted.baseUri(), ADMIN, PASSWORD);
            List<Long> missing = new ArrayList<>();
            for (Map.Entry<Long, String> write : acknowledged.entrySet()) {
                HttpResponse<String> partner = admin.send("GET", "/api/partners/" + write.getKey(), null);
                if (partner.statusCode() != 200 || !partner.body().contains("\"" + write.getValue() + "\"")) {
                    missing.add(write.getKey());
                }
            }
            assertEquals(List.of(), missing, "acknowledged partners lost in the crash");
        } finally {
            restarted.close();
        }
    }

    /** SIGKILL to the postmaster (first line of postmaster.pid) and every process it started. */
    private static void killPostgres(Path dataDirectory) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> children = postmaster.descendants().toList();
        assertTrue(postmaster.destroyForcibly());
        children.forEach(ProcessHandle::destroyForcibly);
        postmaster.onExit().get();
        for (ProcessHandle child : children) {
            child.onExit().get();
        }
    }

    private static void deleteRecursively(Path directory) throws Exception {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
