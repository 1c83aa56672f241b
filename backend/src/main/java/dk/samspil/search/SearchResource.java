package dk.samspil.search;

import dk.samspil.common.http.QueryParams;
import dk.samspil.common.i18n.Messages.Text;
import dk.samspil.common.paging.PagingParams;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.search.SearchKind;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "One search over libraries, themes, activities, partners, the toolbox and more")
public class SearchResource {

    static final int MAX_SUGGESTIONS = 20;

    @Inject
    SearchService service;

    @GET
    @Operation(
            operationId = "search",
            summary = "Search everything",
            description = "Danish full-text search: words match their inflections (biblioteker finds Bibliotek), aa, ae"
                    + " and oe match å, æ and ø and accents do not matter, the last word also matches as a prefix"
                    + " while it is typed, and \"quoted words\" must stand together. When the words as typed match"
                    + " nothing, typos are corrected from the words of titles and names, and corrected says what was"
                    + " searched instead. Hits are ranked: the exact title first, then titles with all the words,"
                    + " then the text. Private contacts are found only by callers who may read them, and are"
                    + " not counted for others. facets counts the hits of every type, whatever types asked for. So"
                    + " that it answers as fast with a million documents, "
                    + SearchService.CAPS_DESCRIPTION
                    + " and ranks those; capped says when a type has more.")
    @APIResponse(responseCode = "200", description = "A page of hits, best first")
    public SearchResults search(
            @QueryParam("q") @Parameter(required = true, description = "What to look for (1 to 200 characters)")
                    String q,
            @QueryParam("types")
                    @Parameter(
                            description =
                                    "Only hits of these types, comma-separated (the parameter may also be repeated)",
                            style = ParameterStyle.FORM,
                            explode = Explode.FALSE,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = SearchKind.class, maxItems = 11))
                    List<String> types,
            @BeanParam PagingParams paging) {
        return service.search(required(q), kinds(types), paging.toRequest());
    }

    @GET
    @Path("/suggestions")
    @Operation(
            operationId = "suggestSearch",
            summary = "Suggestions while typing",
            description = "The best hits for what has been typed so far, read as GET /api/search reads it: titles"
                    + " and links only, for a search field's list of suggestions.")
    @APIResponse(responseCode = "200", description = "The best hits")
    public SearchSuggestions suggest(
            @QueryParam("q") @Parameter(required = true, description = "What has been typed (1 to 200 characters)")
                    String q,
            @QueryParam("size")
                    @Parameter(
                            description = "How many (at most 20)",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "20",
                                            defaultValue = "8"))
                    String size) {
        return service.suggest(required(q), QueryParams.intInRange("size", size, 8, 1, MAX_SUGGESTIONS));
    }

    private static String required(String q) {
        String text = QueryParams.optionalText("q", q);
        if (text == null) {
            throw ApiException.badRequest(
                    "problem.bad-request.detail.query-param",
                    "q",
                    new Text("problem.bad-request.expect.search-text"),
                    q == null ? "" : q);
        }
        return text;
    }

    private static Set<SearchKind> kinds(List<String> values) {
        Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
        if (values != null) {
            List<String> parts = values.stream()
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .toList();
            if (parts.size() > SearchKind.values().length) {
                throw ApiException.badRequest(
                        "problem.bad-request.detail.query-param",
                        "types",
                        new Text("problem.bad-request.expect.max-values", SearchKind.values().length),
                        parts.size() + " values");
            }
            for (String value : values) {
                for (String part : value.split(",")) {
                    SearchKind kind = QueryParams.optionalEnum("types", part, SearchKind.class);
                    if (kind != null) {
                        kinds.add(kind);
                    }
                }
            }
        }
        return kinds;
    }
}
