package dk.samspil.common.http;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The get, create, update and delete of a resource, over HTTP, once: 200 with an ETag (304 when the
 * client's copy is current), 201 with Location, 200 with the new ETag, 204. A subclass gives its path, its
 * {@link CrudOperations} (which names and documents these four in the contract),
 * its service, and whatever else it serves (a list, a read by slug).
 *
 * @param <S> its service
 * @param <I> what a client sends to create one or replace its state
 * @param <V> what a client gets back
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class CrudResource<S extends CrudService<I, V>, I extends Record, V extends Versioned> {

    protected final S service;

    protected CrudResource(S service) {
        this.service = service;
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200")
    public RestResponse<V> get(@PathParam("id") long id, @Context Request request) {
        return VersionedResponses.ok(request, service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201")
    public RestResponse<V> create(@Valid @NotNull I input, @Context UriInfo uri) {
        return VersionedResponses.created(uri, service.create(input));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200")
    public RestResponse<V> update(@PathParam("id") long id, @BeanParam IfMatch ifMatch, @Valid @NotNull I input) {
        return VersionedResponses.updated(service.update(id, ifMatch.value(), input));
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.WILDCARD)
    @APIResponse(responseCode = "204")
    public void delete(@PathParam("id") long id, @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.value());
    }
}
