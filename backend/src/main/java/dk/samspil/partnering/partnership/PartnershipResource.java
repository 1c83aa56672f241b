package dk.samspil.partnering.partnership;

import dk.samspil.common.http.CrudOperations;
import dk.samspil.common.http.CrudResource;
import dk.samspil.common.http.IfMatch;
import dk.samspil.common.http.QueryParams;
import dk.samspil.common.http.VersionedResponses;
import dk.samspil.common.paging.PageParams;
import dk.samspil.common.paging.UpdatedSince;
import dk.samspil.common.search.SearchQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Partnerships between libraries and partners, their lifecycle and workbench")
@CrudOperations(
        name = "Partnership",
        noun = "partnership",
        readNote = "Public; contact persons' private details only to signed-in users and read-private tokens.",
        creators = "Coordinators; a library's editors, with their library among the libraries.",
        createNote = "A new partnership starts as an idea.",
        editors = "Coordinators, and editors of its libraries.",
        updateNote = "Its status changes through its transitions (movePartnership), not here.",
        conflicts = false)
public class PartnershipResource extends CrudResource<PartnershipService, PartnershipInput, PartnershipView> {

    PartnershipResource(PartnershipService service) {
        super(service);
    }

    @GET
    @Operation(
            operationId = "listPartnerships",
            summary = "List partnerships",
            description =
                    "Filter by status, phase, library, partner and theme; q searches as GET /api/search does. Sort by"
                            + " title (default), status, startsOn, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of partnerships")
    public PartnershipPage list(
            @BeanParam PageParams page,
            @BeanParam UpdatedSince updatedSince,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = PartnershipStatus.class)) String status,
            @QueryParam("phase") @Parameter(description = "A phase code") String phase,
            @BeanParam LinkFilters links,
            @QueryParam("q") @Parameter(description = SearchQuery.LIST_PARAMETER) String q) {
        return service.list(
                QueryParams.optionalEnum("status", status, PartnershipStatus.class),
                links.libraryId(),
                links.partnerId(),
                links.themeId(),
                QueryParams.optionalText("phase", phase),
                QueryParams.optionalText("q", q),
                updatedSince.value(),
                page.toRequest(PartnershipService.SORT));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "movePartnership",
            summary = "Move a partnership to another status, phase or both",
            description = "A status moves only along the lifecycle (allowedTransitions in the partnership; 409"
                    + " otherwise), and each such move is time-stamped. The phase may change with it or alone, but"
                    + " not once the partnership has ended or been cancelled (409). Each phase belongs to a stretch"
                    + " of the lifecycle (its status), which clients use to propose the one with the other; the API"
                    + " changes only what it is sent. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<PartnershipView> move(
            @PathParam("id") long id, @BeanParam IfMatch ifMatch, @Valid @NotNull TransitionInput input) {
        return VersionedResponses.updated(service.move(id, ifMatch.value(), input));
    }

    @GET
    @Path("/{id}/workbench")
    @Operation(
            operationId = "getPartnershipWorkbench",
            summary = "The partnership's workbench",
            description = "The toolbox items for its current phase and the guide's checklist with its progress.")
    @APIResponse(
            responseCode = "200",
            description = "The workbench",
            content = @Content(schema = @Schema(implementation = Workbench.class)))
    public Workbench workbench(@PathParam("id") long id) {
        return service.workbench(id);
    }

    @POST
    @Path("/{id}/checklist/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "tickPartnershipChecklist",
            summary = "Tick or untick one checklist step",
            description = "Coordinators, and editors of its libraries. Idempotent: ticking records who and when the"
                    + " first time; ticking again keeps that.")
    @APIResponse(
            responseCode = "200",
            description = "The step",
            content = @Content(schema = @Schema(implementation = Workbench.Step.class)))
    public Workbench.Step tick(
            @PathParam("id") long id, @PathParam("step") String step, @Valid @NotNull ChecklistInput input) {
        return service.tick(id, step, input.done());
    }
}
