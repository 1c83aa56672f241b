package dk.samspil.access.audit;

import dk.samspil.common.http.QueryParams;
import dk.samspil.common.i18n.Messages;
import dk.samspil.common.openapi.AccessRules;
import dk.samspil.common.paging.PageParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when")
@SecurityRequirement(name = AccessRules.TOKEN)
@SecurityRequirement(name = AccessRules.SESSION)
public class AuditResource {

    @Inject
    AuditService service;

    @GET
    @Operation(
            operationId = "listAuditEvents",
            summary = "Read the audit trail",
            description = "Admins read all of it; coordinators the history of one resource (entityType and"
                    + " entityId both given). Newest first; sort: occurredAt, -occurredAt.")
    @APIResponse(responseCode = "200", description = "A page of audit events")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public AuditPage list(
            @BeanParam PageParams page,
            @QueryParam("entityType")
                    @Parameter(
                            description = "The kind of item",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "library",
                                                "theme",
                                                "participation",
                                                "activity",
                                                "network_meeting",
                                                "collaboration_goal",
                                                "contact",
                                                "partner",
                                                "partnership",
                                                "cases",
                                                "project",
                                                "guide_chapter",
                                                "toolbox_item",
                                                "attachment",
                                                "app_user",
                                                "api_token",
                                                "webhook_subscription"
                                            }))
                    String entityType,
            @QueryParam("entityId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String entityId,
            @QueryParam("userId")
                    @Parameter(
                            description = "Changes made by this user",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String userId,
            @QueryParam("tokenId")
                    @Parameter(
                            description = "Changes made with this token",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    String tokenId,
            @QueryParam("from")
                    @Parameter(
                            description = "From this day (Danish time)",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description = "To and including this day",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String to,
            @Context HttpHeaders headers) {
        var filter = new AuditFilter(
                AuditedKind.param("entityType", entityType),
                QueryParams.optionalId("entityId", entityId),
                QueryParams.optionalId("userId", userId),
                QueryParams.optionalId("tokenId", tokenId),
                QueryParams.optionalDate("from", from),
                QueryParams.optionalDate("to", to));
        return service.list(filter, page.toRequest(AuditService.SORT), Messages.locale(headers));
    }
}
