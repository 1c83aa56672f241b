package dk.samspil.integration.changes;

import dk.samspil.common.http.QueryParams;
import dk.samspil.common.i18n.Messages.Text;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "The change feed: what was created, updated and deleted, in commit order")
public class ChangeResource {

    @Inject
    ChangeFeedService service;

    @GET
    @Operation(
            operationId = "listChanges",
            summary = "Follow every change",
            description = "Every create, update and delete of every resource, in the order the changes were"
                    + " committed; a deletion is a tombstone (action deleted, no version). Start without after,"
                    + " then pass the cursor of each answer as after in the next call, also when it had no items;"
                    + " while hasMore is true, ask again at once. No change is skipped or repeated. A caller sees"
                    + " only what it may read: contacts that are not public only with a signed-in user or a"
                    + " read-private token; a contact that stops being public is a deletion for everyone else."
                    + " Accounts and tokens are not in the feed. Cursors stay valid for at least 30 days; an older"
                    + " one answers 410, and the client resyncs by reading the lists (updatedSince helps).")
    @APIResponse(responseCode = "200", description = "The next changes and the cursor to continue from")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(
            responseCode = "410",
            description = "The cursor is older than the changes kept: read the lists again, then follow the feed"
                    + " from a new cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChangePage list(
            @QueryParam("after")
                    @Parameter(
                            description = "The cursor of the previous answer; leave it out to start at the oldest"
                                    + " change kept",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[A-Za-z0-9_-]+$"))
                    String after,
            @QueryParam("types")
                    @Parameter(
                            description = "Only these types (repeat the parameter for several)",
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            maxItems = 14,
                                            implementation = ChangeTypeName.class))
                    List<String> types,
            @QueryParam("limit")
                    @Parameter(
                            description = "At most this many changes (1 to 1000)",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "100"))
                    String limit) {
        return service.read(
                after == null || after.isBlank() ? null : Cursor.parse("after", after),
                types(types),
                QueryParams.intInRange(
                        "limit", limit, ChangeFeedService.DEFAULT_LIMIT, 1, ChangeFeedService.MAX_LIMIT));
    }

    private static Set<ChangeType> types(List<String> values) {
        if (values != null && values.size() > ChangeType.values().length) {
            throw ApiException.badRequest(
                    "problem.bad-request.detail.query-param",
                    "types",
                    new Text("problem.bad-request.expect.max-items", ChangeType.values().length),
                    values.size() + " values");
        }
        Set<ChangeType> types = EnumSet.noneOf(ChangeType.class);
        for (String value : values == null ? List.<String>of() : values) {
            for (String name : value.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                types.add(ChangeType.ofApiName(name.trim())
                        .orElseThrow(() -> ApiException.badRequest(
                                "problem.bad-request.detail.query-param",
                                "types",
                                new Text(
                                        "problem.bad-request.expect.one-of",
                                        Arrays.stream(ChangeType.values())
                                                .map(t -> t.apiName)
                                                .collect(Collectors.joining(", "))),
                                name.length() > 40 ? name.substring(0, 40) + "…" : name)));
            }
        }
        return types;
    }
}
