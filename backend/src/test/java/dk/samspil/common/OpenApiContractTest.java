package dk.samspil.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.samspil.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed openapi.yaml is the contract: generated from the code and complete. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedContractMatchesTheCode() throws IOException {
        String generated = RestAssured.given()
                .queryParam("format", "yaml")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String committed = Files.readString(Api.CONTRACT);
        if (!generated.strip().equals(committed.strip())) {
            fail("openapi.yaml differs from what the code generates: run `make openapi` and commit the result.");
        }
    }

    @Test
    void isOpenApi303AndEveryOperationIsDocumented() {
        OpenAPI api = new OpenAPIV3Parser().read(Api.CONTRACT.toString());
        assertEquals("3.0.3", api.getOpenapi());
        List<String> missing = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                    String name = method + " " + path;
                    if (op.getOperationId() == null) missing.add(name + ": operationId");
                    if (op.getSummary() == null) missing.add(name + ": summary");
                    if (op.getTags() == null || op.getTags().isEmpty()) missing.add(name + ": tag");
                    if (!op.getResponses().containsKey("500")) missing.add(name + ": 500 response");
                    if (op.getRequestBody() != null) {
                        requireResponses(missing, name, op, "400", "415");
                    }
                    boolean ifMatch = op.getParameters() != null
                            && op.getParameters().stream()
                                    .anyMatch(p ->
                                            "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
                    if (method.name().equals("PUT") || method.name().equals("DELETE")) {
                        if (!ifMatch) missing.add(name + ": If-Match header");
                        requireResponses(missing, name, op, "412", "428"); // 404 below, where a path names a resource
                    }
                    if (path.contains("{")) {
                        requireResponses(missing, name, op, "404");
                    }
                }));
        assertTrue(missing.isEmpty(), "Undocumented in openapi.yaml: " + missing);
    }

    /**
     * A nullable property that refers to another schema comes out as allOf + nullable, which validators
     * read as "never null": such properties must be inlined (implementation = String.class) or left out when empty.
     */
    @Test
    void nullablePropertiesAreNotWrappedInAllOf() {
        OpenAPI api = new OpenAPIV3Parser().read(Api.CONTRACT.toString());
        List<String> wrapped = new ArrayList<>();
        api.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((property, value) -> {
                    var s = (io.swagger.v3.oas.models.media.Schema<?>) value;
                    if (Boolean.TRUE.equals(s.getNullable()) && s.getAllOf() != null) {
                        wrapped.add(name + "." + property);
                    }
                });
            }
        });
        assertTrue(wrapped.isEmpty(), "nullable properties wrapped in allOf: " + wrapped);
    }

    private static void requireResponses(List<String> missing, String name, Operation op, String... codes) {
        for (String code : codes) {
            if (!op.getResponses().containsKey(code)) {
                missing.add(name + ": " + code + " response");
            }
        }
    }
}
