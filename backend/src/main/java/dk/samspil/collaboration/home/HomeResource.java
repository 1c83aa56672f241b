package dk.samspil.collaboration.home;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/home")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class HomeResource {

    @Inject
    HomeService service;

    @GET
    @Operation(
            operationId = "getHome",
            summary = "Everything the front page shows",
            description =
                    "Public. The current and the next theme, the goal's progress, the next network meeting and"
                            + " the libraries in figures: what GET /api/themes/current, /api/themes/next, /api/stats/goal and"
                            + " /api/network-meetings/next answer, in one request (a part is absent where its endpoint answers 404).")
    @APIResponse(responseCode = "200", description = "The front page's data")
    public HomeView home() {
        return service.home();
    }
}
