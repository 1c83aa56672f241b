package dk.samspil.access.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samspil.testing.Api;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kinds the audit filter accepts are written twice, in {@link AuditedKind} and in the contract's
 * enumeration for {@code entityType} (an annotation needs a constant); this keeps the two the same, in the same order.
 */
class AuditedKindTest {

    @Test
    void theContractOffersExactlyTheKindsTheApiNames() {
        OpenAPI api = new OpenAPIV3Parser().read(Api.CONTRACT.toString());
        Parameter entityType = api.getPaths().get("/api/audit").getGet().getParameters().stream()
                .filter(p -> "entityType".equals(p.getName()))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(AuditedKind.types()), entityType.getSchema().getEnum());
    }
}
