package dk.samspil.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging and sorting query parameters every list takes. */
public class PageParams extends PagingParams {

    @QueryParam("sort")
    @Parameter(
            description = "Comma-separated sort fields; prefix with - for descending, e.g. -updatedAt,name."
                    + " The fields each collection allows are listed in its description.")
    String sort;

    public PageRequest toRequest(SortFields allowed) {
        return toRequest(allowed.parse(sort));
    }
}
