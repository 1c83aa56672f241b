package dk.samspil.it.client;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * openapi.yaml as the measure of what the client did: every request it sent is recorded and mapped back to
 * the operation whose method and path template it matches, so the test can name the operations never called.
 */
final class Contract {

    static final Path FILE = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private record Operation(String method, Pattern path, int literalSegments, String operationId) {}

    private final OpenAPI api;
    private final List<Operation> operations = new ArrayList<>();
    private final Set<String> requests = ConcurrentHashMap.newKeySet();

    Contract() {
        api = new OpenAPIV3Parser().read(FILE.toString());
        api.getPaths()
                .forEach((template, item) -> item.readOperationsMap().forEach((method, op) -> {
                    String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
                    long literals = Pattern.compile("/[^/{]+(?=/|$)")
                            .matcher(template)
                            .results()
                            .count();
                    operations.add(
                            new Operation(method.name(), Pattern.compile(regex), (int) literals, op.getOperationId()));
                }));
        // /api/themes/current must win over /api/themes/{id}: the template with more literal segments first.
        operations.sort(Comparator.comparingInt(Operation::literalSegments).reversed());
    }

    /** The name the contract gives a security scheme's header or cookie (e.g. the session cookie). */
    String securitySchemeName(String scheme) {
        return api.getComponents().getSecuritySchemes().get(scheme).getName();
    }

    /** Notes one request as the client is about to send it. */
    void record(HttpRequest request) {
        requests.add(request.method() + " " + request.uri().getRawPath());
    }

    private Optional<String> operationOf(String request) {
        String method = request.substring(0, request.indexOf(' '));
        String path = request.substring(request.indexOf(' ') + 1);
        return operations.stream()
                .filter(o -> o.method().equals(method) && o.path().matcher(path).matches())
                .map(Operation::operationId)
                .findFirst();
    }

    /** Requests that match no operation of the contract. */
    Set<String> unknownRequests() {
        Set<String> unknown = new TreeSet<>();
        requests.stream().filter(r -> operationOf(r).isEmpty()).forEach(unknown::add);
        return unknown;
    }

    /** Operations of the contract that no recorded request called. */
    Set<String> operationsNeverCalled() {
        Set<String> never = new TreeSet<>();
        operations.forEach(o -> never.add(o.operationId()));
        requests.forEach(r -> operationOf(r).ifPresent(never::remove));
        return never;
    }

    int operationCount() {
        return operations.size();
    }
}
