package dk.samspil.access.account;

import dk.samspil.common.web.ClientAddress;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A forgotten password, and the first password of an invited colleague, chosen through a link by mail. */
@Path("/auth")
@Tag(name = "Sign-in")
public class AccountResource {

    @Inject
    AccountService accounts;

    @POST
    @Path("/password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    @Operation(
            operationId = "requestPasswordReset",
            summary = "Ask for a link to choose a new password",
            description = "Mails a link that works once and for one hour to the active account with this email. The"
                    + " answer is 202 whether or not there is such an account. More than 10 requests for one email or"
                    + " from one address in 15 minutes give 429.")
    @APIResponse(responseCode = "202", description = "If the account exists, the link is on its way")
    @SecurityRequirementsSet
    public Response requestReset(@Valid @NotNull PasswordResetRequest input, @Context HttpServerRequest http) {
        accounts.requestReset(input.email(), ClientAddress.of(http));
        return Response.accepted().build();
    }

    @POST
    @Path("/new-password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    @Operation(
            operationId = "chooseNewPassword",
            summary = "Choose a password through the link of a reset mail or an invitation",
            description = "Spends the link (and any other of the account's links) and ends every session of the"
                    + " account; sign in with the new password. A link that is unknown, used or expired gives 400 on"
                    + " the field token.")
    @APIResponse(responseCode = "204", description = "The password is set")
    @SecurityRequirementsSet
    public Response choosePassword(@Valid @NotNull NewPasswordInput input) {
        accounts.choosePassword(input.token(), input.password());
        return Response.noContent().build();
    }
}
