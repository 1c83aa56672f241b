package dk.samspil.access.user;

import dk.samspil.common.http.ETags;
import dk.samspil.common.http.IfMatch;
import dk.samspil.common.http.QueryParams;
import dk.samspil.common.openapi.AccessRules;
import dk.samspil.common.paging.PageParams;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.security.Role;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** User accounts, for admins. There is no delete: deactivate instead, so the audit trail keeps its names. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "User accounts (admins only)")
@SecurityRequirement(name = AccessRules.SESSION)
public class UserResource {

    @Inject
    UserService service;

    @GET
    @Operation(
            operationId = "listUsers",
            summary = "List users",
            description = "Filter by role, active, library; q searches name and email."
                    + " Sort by displayName (default), email, lastLoginAt, createdAt.")
    @APIResponse(responseCode = "200", description = "A page of users")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public UserPage list(
            @BeanParam PageParams page,
            @QueryParam("role") @Parameter(schema = @Schema(implementation = Role.class)) String role,
            @QueryParam("active") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String active,
            @QueryParam("library")
                    @Parameter(
                            description = "Library id",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String library,
            @QueryParam("q") @Parameter(description = "Free text in name or email") String q) {
        var filter = new UserFilter(
                QueryParams.optionalEnum("role", role, Role.class),
                QueryParams.optionalBoolean("active", active),
                QueryParams.optionalId("library", library),
                QueryParams.optionalText("q", q));
        return service.list(filter, page.toRequest(UserService.SORT));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getUser",
            summary = "Get one user",
            description = "Admins. Never the password or its hash.")
    @APIResponse(responseCode = "200", description = "The user")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public RestResponse<UserView> get(@PathParam("id") long id, @Context Request request) {
        UserView user = service.get(id).orElseThrow(() -> ApiException.notFound("problem.not-found.detail.user", id));
        return ETags.ok(request, user, user.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createUser",
            summary = "Create a user",
            description = "Admins. The email must be unused (409); the password is stored only as a hash. Without a"
                    + " password, the user is invited: they get a mail with a link (one use, seven days) to choose"
                    + " their own, and cannot sign in before.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<UserView> create(@Valid @NotNull UserInput input, @Context UriInfo uri) {
        UserView created = service.create(input);
        return ETags.created(uri, created.id(), created.version(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateUser",
            summary = "Replace a user's details",
            description = "Requires If-Match. active=false signs the user out everywhere; a new password does too."
                    + " Admins cannot remove their own admin role or deactivate themselves (409).")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<UserView> update(
            @PathParam("id") long id, @BeanParam IfMatch ifMatch, @Valid @NotNull UserInput input) {
        UserView updated = service.update(id, ifMatch.value(), input);
        return ETags.updated(updated, updated.version());
    }

    @POST
    @Path("/{id}/invitation")
    @Produces(MediaType.WILDCARD)
    @Operation(
            operationId = "inviteUserAgain",
            summary = "Send a user a new invitation",
            description = "Admins. For a user who has not chosen a password yet: a new link by mail (the earlier one"
                    + " stops working). 409 once the user has a password: they use \"Forgot password?\".")
    @APIResponse(responseCode = "202", description = "The invitation is on its way")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response inviteAgain(@PathParam("id") long id) {
        service.inviteAgain(id);
        return Response.accepted().build();
    }
}
