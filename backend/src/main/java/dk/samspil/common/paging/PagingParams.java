package dk.samspil.common.paging;

import dk.samspil.common.http.QueryParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters every paged collection takes (the lists add sorting: PageParams). */
public class PagingParams {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @Parameter(
            description = "Page number, from 1",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            format = "int32",
                            minimum = "1",
                            maximum = "2147483647",
                            defaultValue = "1"))
    String page;

    @QueryParam("size")
    @Parameter(
            description = "Items per page (at most 100)",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            format = "int32",
                            minimum = "1",
                            maximum = "100",
                            defaultValue = "20"))
    String size;

    /** The page asked for, in the order the collection itself ranks. */
    public PageRequest toRequest() {
        return toRequest(null);
    }

    PageRequest toRequest(String orderBy) {
        int pageNumber = QueryParams.intInRange("page", page, 1, 1, Integer.MAX_VALUE);
        int pageSize = QueryParams.intInRange("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        return new PageRequest(pageNumber, pageSize, orderBy);
    }
}
