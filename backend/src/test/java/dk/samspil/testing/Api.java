package dk.samspil.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * Requests for tests. {@link #given()} checks every request and response against the committed
 * openapi.yaml, so a test fails when the API does something its contract does not say.
 */
public final class Api {

    public static final Path CONTRACT =
            Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    /**
     * Whether a request carries the credentials an operation needs is left to the API to answer (401 or 403,
     * as the tests expect): the validator does not read the session cookie, and AuthorizationMatrixTest holds
     * the contract's security to what the API does.
     */
    private static final OpenApiValidationFilter CONTRACT_FILTER =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    /** For requests that break the contract on purpose (e.g. leave out a required If-Match): responses still checked. */
    private static final OpenApiValidationFilter RESPONSE_ONLY_FILTER =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    /** What a well-behaved client accepts: JSON, and problem details when something goes wrong. */
    private static final String ACCEPT = "application/json, application/problem+json";

    private Api() {}

    public static RequestSpecification given() {
        return RestAssured.given().filter(CONTRACT_FILTER).accept(ACCEPT);
    }

    public static RequestSpecification givenInvalidRequest() {
        return RestAssured.given().filter(RESPONSE_ONLY_FILTER).accept(ACCEPT);
    }
}
