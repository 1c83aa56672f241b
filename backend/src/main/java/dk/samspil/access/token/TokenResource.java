package dk.samspil.access.token;

import dk.samspil.common.http.ETags;
import dk.samspil.common.http.IfMatch;
import dk.samspil.common.openapi.AccessRules;
import dk.samspil.common.paging.PageParams;
import dk.samspil.common.problem.ApiException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integration tokens", description = "Bearer tokens for third-party systems (admins only)")
@SecurityRequirement(name = AccessRules.SESSION)
public class TokenResource {

    @Inject
    TokenService service;

    @GET
    @Operation(
            operationId = "listTokens",
            summary = "List integration tokens",
            description = "Sort by createdAt (default newest first), name, lastUsedAt, expiresAt.")
    @APIResponse(responseCode = "200", description = "A page of tokens")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public TokenPage list(@BeanParam PageParams page) {
        return service.list(page.toRequest(TokenService.SORT));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getToken",
            summary = "Get one integration token (never its secret)",
            description =
                    "Admins. Its name, scopes, expiry, last use and whether it is revoked; the secret was shown only when it was issued.")
    @APIResponse(responseCode = "200", description = "The token")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public RestResponse<TokenView> get(@PathParam("id") long id, @Context Request request) {
        TokenView token =
                service.get(id).orElseThrow(() -> ApiException.notFound("problem.not-found.detail.token", id));
        return ETags.ok(request, token, token.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createToken",
            summary = "Issue an integration token",
            description = "The answer holds the secret: it is shown this once and stored only as a hash.")
    @APIResponse(
            responseCode = "201",
            description = "Issued",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(schema = @Schema(implementation = TokenCreated.class)))
    public RestResponse<TokenCreated> create(@Valid @NotNull TokenInput input, @Context UriInfo uri) {
        TokenCreated created = service.create(input);
        return ETags.created(uri, created.token().id(), created.token().version(), created);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "revokeToken",
            summary = "Revoke an integration token",
            description = "Requires If-Match. The token stops working at once; its record stays (revokedAt is set).")
    @APIResponse(responseCode = "204", description = "Revoked")
    @Produces(MediaType.WILDCARD)
    public void revoke(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
        service.revoke(id, ifMatch.value());
    }
}
