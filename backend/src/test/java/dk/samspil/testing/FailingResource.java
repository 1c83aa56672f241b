package dk.samspil.testing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only: fails the way a bug would, to check what a client sees of an unexpected error. */
@Path("/test-only/failure")
public class FailingResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("java.lang.IllegalStateException: secret internal detail in dk.samspil");
    }
}
