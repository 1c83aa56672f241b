package dk.samspil.common.openapi;

import dk.samspil.common.problem.Problem;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The JAX-RS application and the contract's shared parts: the problem responses every operation refers to by name
 * ({@code @APIResponse(responseCode = "404", ref = "NotFound")}), all in the one Problem shape.
 */
@OpenAPIDefinition(
        info = @Info(title = "Samspil API", version = "1.0.0"),
        components =
                @Components(
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
                                                                    .SchemaType.INTEGER)),
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
