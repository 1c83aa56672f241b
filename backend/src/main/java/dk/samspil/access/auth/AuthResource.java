package dk.samspil.access.auth;

import dk.samspil.common.openapi.AccessRules;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.security.Caller;
import dk.samspil.common.security.CurrentCaller;
import dk.samspil.common.web.ClientAddress;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Signing in and out of the SPA, and one's own password. */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in", description = "Browser sessions (HttpOnly cookie) and one's own password")
public class AuthResource {

    @Inject
    SessionService sessions;

    @Inject
    dk.samspil.access.user.UserService users;

    @Inject
    CurrentCaller current;

    @Inject
    SessionCookies cookies;

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "login",
            summary = "Sign in",
            description = "Sets the session cookie. An unknown email and a wrong password get the same 401. More than"
                    + " 10 failures for one account or from one address in 15 minutes give 429.")
    @APIResponse(
            responseCode = "200",
            description = "Signed in",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @SecurityRequirementsSet
    public Response login(@Valid @NotNull LoginInput input, @Context HttpServerRequest http, @Context UriInfo uri) {
        var session = sessions.login(input.email(), input.password(), ClientAddress.of(http));
        return Response.ok(session.view())
                .cookie(cookies.issue(session.secret(), uri))
                .build();
    }

    @POST
    @Path("/logout")
    @Operation(
            operationId = "logout",
            summary = "Sign out",
            description = "Ends the session on the server (on every instance) and clears the cookie.")
    @APIResponse(responseCode = "204", description = "Signed out (also when no one was signed in)")
    @SecurityRequirementsSet
    @SecurityRequirement(name = AccessRules.SESSION)
    @Produces(MediaType.WILDCARD)
    public Response logout(@Context UriInfo uri) {
        if (current.sessionId() != null) {
            sessions.logout(current.sessionId());
        }
        return Response.noContent().cookie(cookies.cleared(uri)).build();
    }

    @GET
    @Path("/session")
    @Operation(
            operationId = "getSession",
            summary = "The current session: who is signed in, and its CSRF token",
            description =
                    "For the browser: 204 when no one is signed in (no cookie, or one whose session has ended: the"
                            + " cookie is then cleared), so a visitor's page asks without an error. Send the CSRF token as"
                            + " X-CSRF-Token on every write with this session. A bearer token has no session: 403.")
    @APIResponse(
            responseCode = "200",
            description = "Signed in",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "204", description = "No one is signed in")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @SecurityRequirementsSet
    @SecurityRequirement(name = AccessRules.SESSION)
    public RestResponse<SessionView> session() {
        if (current.get().kind() == Caller.Kind.TOKEN) {
            // A token has no session: this is the browser's question.
            throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.users-only");
        }
        Long id = current.sessionId();
        return (id == null ? java.util.Optional.<SessionView>empty() : sessions.view(id))
                .map(RestResponse::ok)
                .orElseGet(RestResponse::noContent);
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changePassword",
            summary = "Change one's own password",
            description = "Needs the current password. Other sessions of the user end; this one goes on.")
    @APIResponse(responseCode = "204", description = "Changed")
    @SecurityRequirement(name = AccessRules.SESSION)
    @Produces(MediaType.WILDCARD)
    public Response changePassword(@Valid @NotNull PasswordChangeInput input) {
        users.changeOwnPassword(input.currentPassword(), input.newPassword(), current.sessionId());
        return Response.noContent().build();
    }
}
