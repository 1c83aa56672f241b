package dk.samspil.integration.webhooks;

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
import jakarta.ws.rs.PUT;
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

@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Webhooks",
        description = "Subscriptions that receive every matching change as a signed POST (Standard Webhooks);"
                + " admins only")
@SecurityRequirement(name = AccessRules.SESSION)
public class WebhookResource {

    @Inject
    WebhookService service;

    @GET
    @Operation(
            operationId = "listWebhooks",
            summary = "List webhook subscriptions",
            description = "Sort by createdAt (default newest first) or url.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public WebhookPage list(@BeanParam PageParams page) {
        return service.list(page.toRequest(WebhookService.SORT));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getWebhook",
            summary = "Get one webhook subscription (never its secret)",
            description = "Whether it is enabled, and if not since when and why.")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public RestResponse<WebhookView> get(@PathParam("id") long id, @Context Request request) {
        WebhookView webhook = service.get(id).orElseThrow(() -> notFound(id));
        return ETags.ok(request, webhook, webhook.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhook",
            summary = "Subscribe a URL to events",
            description = "The answer holds the signing secret: it is shown this once. Every matching change the"
                    + " public may see is then POSTed to the URL, signed (docs/integration.md, Webhooks).")
    @APIResponse(
            responseCode = "201",
            description = "Subscribed",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(schema = @Schema(implementation = WebhookCreated.class)))
    public RestResponse<WebhookCreated> create(@Valid @NotNull WebhookInput input, @Context UriInfo uri) {
        WebhookCreated created = service.create(input);
        return ETags.created(uri, created.webhook().id(), created.webhook().version(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateWebhook",
            summary = "Change a webhook subscription, or switch it on or off",
            description = "Requires If-Match. Switching a disabled subscription on again forgets its failures.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<WebhookView> update(
            @PathParam("id") long id, @Valid @NotNull WebhookInput input, @BeanParam IfMatch ifMatch) {
        WebhookView webhook = service.update(id, input, ifMatch.value());
        return ETags.updated(webhook, webhook.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteWebhook",
            summary = "Delete a webhook subscription",
            description = "Requires If-Match. Its delivery log goes with it; nothing more is sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Produces(MediaType.WILDCARD)
    public void delete(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.value());
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Give a webhook subscription a new signing secret",
            description = "The answer holds the new secret, shown this once. For 24 hours deliveries carry"
                    + " signatures with both the new and the previous secret, so the receiver can switch.")
    @APIResponse(
            responseCode = "200",
            description = "The new secret",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WebhookCreated.class)))
    public RestResponse<WebhookCreated> rotateSecret(@PathParam("id") long id) {
        WebhookCreated rotated = service.rotateSecret(id);
        return ETags.updated(rotated, rotated.webhook().version());
    }

    @POST
    @Path("/{id}/ping")
    @Operation(
            operationId = "pingWebhook",
            summary = "Send a test event",
            description = "Queues a webhook.ping event for this subscription (also while it is disabled); the"
                    + " delivery log shows how it went.")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public RestResponse<DeliveryView> ping(@PathParam("id") long id) {
        return RestResponse.accepted(service.ping(id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "A webhook subscription's delivery log",
            description =
                    "Newest first (sort: createdAt): each event sent or to be sent, its attempts, the last status code and"
                            + " latency, and when it is tried next.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public DeliveryPage deliveries(@PathParam("id") long id, @BeanParam PageParams page) {
        return service.deliveries(id, page.toRequest(WebhookService.DELIVERY_SORT));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(
            operationId = "redeliverWebhook",
            summary = "Send a delivery's event again",
            description = "Queues the same message (the same webhook-id and body) as a new delivery, also while"
                    + " the subscription is disabled.")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public RestResponse<DeliveryView> redeliver(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return RestResponse.accepted(service.redeliver(id, deliveryId));
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("problem.not-found.detail.webhook", id);
    }
}
