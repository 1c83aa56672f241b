package dk.samspil.common.openapi;

import dk.samspil.common.problem.Problem;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The JAX-RS application and the contract's shared parts: the problem responses every operation refers to by name
 * ({@code @APIResponse(responseCode = "404", ref = "NotFound")}), all in the one Problem shape.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Samspil API",
                        version = "1.0.0",
                        contact = @Contact(name = "Samspil, for Bibliotekernes nationale temasamarbejde"),
                        license =
                                @License(
                                        name = "CC BY 4.0 (the public data)",
                                        url = "https://creativecommons.org/licenses/by/4.0/")),
        servers =
                @Server(
                        url = "/",
                        description = "production and local: the API is served with the web app, under /api on the"
                                + " same host (http://localhost:8080 with make run)",
                        extensions = @Extension(name = "x-internal", value = "false", parseValue = true)),
        components =
                @Components(
                        securitySchemes = {
                            @SecurityScheme(
                                    securitySchemeName = AccessRules.TOKEN,
                                    type = SecuritySchemeType.HTTP,
                                    scheme = "bearer",
                                    bearerFormat = "smp_...",
                                    description = AccessRules.TOKEN_DESCRIPTION),
                            @SecurityScheme(
                                    securitySchemeName = AccessRules.SESSION,
                                    type = SecuritySchemeType.APIKEY,
                                    in = SecuritySchemeIn.COOKIE,
                                    apiKeyName = "samspil_session",
                                    description = AccessRules.SESSION_DESCRIPTION),
                            @SecurityScheme(
                                    securitySchemeName = AccessRules.CSRF,
                                    type = SecuritySchemeType.APIKEY,
                                    in = SecuritySchemeIn.HEADER,
                                    apiKeyName = "X-CSRF-Token",
                                    description = AccessRules.CSRF_DESCRIPTION)
                        },
                        responses = {
                            @APIResponse(
                                    name = "NotModified",
                                    responseCode = "304",
                                    description = "Not modified: the If-None-Match ETag is current"),
                            @APIResponse(
                                    name = "BadRequest",
                                    responseCode = "400",
                                    description =
                                            "Invalid input: malformed JSON, an unknown field, a bad parameter or failed validation",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "Unauthorized",
                                    responseCode = "401",
                                    description = "Not signed in, or an unknown, revoked or expired token",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "Forbidden",
                                    responseCode = "403",
                                    description =
                                            "Signed in, but not allowed to do this (or a write without a valid CSRF token)",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "NotFound",
                                    responseCode = "404",
                                    description = "No such resource",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "Conflict",
                                    responseCode = "409",
                                    description =
                                            "Conflicts with existing data, or is still referenced (see references)",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "PreconditionFailed",
                                    responseCode = "412",
                                    description = "Changed by someone else: If-Match does not match the current ETag",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "PayloadTooLarge",
                                    responseCode = "413",
                                    description = "The request body is larger than allowed",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "UnsupportedMediaType",
                                    responseCode = "415",
                                    description = "The request body is not application/json",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "PreconditionRequired",
                                    responseCode = "428",
                                    description = "If-Match is missing",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "TooManyRequests",
                                    responseCode = "429",
                                    description =
                                            "Too many requests (or failed logins); Retry-After says how many seconds to wait",
                                    headers = @Header(name = "Retry-After", ref = "RetryAfter"),
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "InternalError",
                                    responseCode = "500",
                                    description = "Unexpected error; the body carries a correlation id",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "ServiceUnavailable",
                                    responseCode = "503",
                                    description =
                                            "The database cannot be reached, or too many requests are being served"
                                                    + " at once; nothing was changed, Retry-After says how many seconds to wait",
                                    headers = @Header(name = "Retry-After", ref = "RetryAfter"),
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class)))
                        },
                        headers = {
                            @Header(
                                    name = "ETag",
                                    description = "Strong entity tag of the returned version",
                                    schema =
                                            @Schema(
                                                    type =
                                                            org.eclipse.microprofile.openapi.annotations.enums
                                                                    .SchemaType.STRING)),
                            @Header(
                                    name = "RetryAfter",
                                    description = "Seconds to wait before trying again",
                                    schema =
                                            @Schema(
                                                    type =
                                                            org.eclipse.microprofile.openapi.annotations.enums
                                                                    .SchemaType.INTEGER,
                                                    format = "int32",
                                                    minimum = "1",
                                                    maximum = "3600")),
                            @Header(
                                    name = "RateLimit",
                                    description = "Where the caller stands in the current window (IETF httpapi draft):"
                                            + " remaining calls and seconds until the window resets, e.g."
                                            + " \"minute\";r=599;t=42",
                                    schema =
                                            @Schema(
                                                    type =
                                                            org.eclipse.microprofile.openapi.annotations.enums
                                                                    .SchemaType.STRING,
                                                    maxLength = 100)),
                            @Header(
                                    name = "RateLimitPolicy",
                                    description = "The caller's quota (IETF httpapi draft): calls per window of"
                                            + " seconds, e.g. \"minute\";q=600;w=60. Anonymous callers are counted"
                                            + " per address, signed-in users and tokens each on their own.",
                                    schema =
                                            @Schema(
                                                    type =
                                                            org.eclipse.microprofile.openapi.annotations.enums
                                                                    .SchemaType.STRING,
                                                    maxLength = 100)),
                            @Header(
                                    name = "LastModified",
                                    description = "When the data last changed (HTTP date); send it back as"
                                            + " If-Modified-Since to get 304 until it changes again",
                                    schema =
                                            @Schema(
                                                    type =
                                                            org.eclipse.microprofile.openapi.annotations.enums
                                                                    .SchemaType.STRING,
                                                    maxLength = 40)),
                            @Header(
                                    name = "Link",
                                    description = "Web links (RFC 8288) to the first, previous, next and last page,"
                                            + " with the same filters and sort",
                                    schema =
                                            @Schema(
                                                    type =
                                                            org.eclipse.microprofile.openapi.annotations.enums
                                                                    .SchemaType.STRING,
                                                    maxLength = 8000)),
                            @Header(
                                    name = "Location",
                                    description = "URL of the created resource",
                                    schema =
                                            @Schema(
                                                    type =
                                                            org.eclipse.microprofile.openapi.annotations.enums
                                                                    .SchemaType.STRING))
                        }))
@ApplicationPath("/api")
public class ApiDefinition extends Application {
    // Every resource is discovered and lives under /api; all other paths belong to the SPA (SpaFallback).
}
