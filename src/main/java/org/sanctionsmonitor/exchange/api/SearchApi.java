package org.sanctionsmonitor.exchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.Set;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.exchange.ApiReadService;
import org.sanctionsmonitor.exchange.ApiRecords;
import org.sanctionsmonitor.search.SearchKind;
import org.sanctionsmonitor.search.SearchQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search across incidents, statements, speakers, sources and resolutions, grouped by kind as the search page shows it. */
@RestController
@RequestMapping(path = ApiReadService.BASE + "/search", produces = "application/json")
@Tag(name = "Search", description = "Search in every script and spelling")
class SearchApi {

    private static final int DEFAULT_PER_KIND = 10;
    private static final int MAX_PER_KIND = 100;

    private final ApiReadService api;

    SearchApi(ApiReadService api) {
        this.api = api;
    }

    @GetMapping
    @Operation(summary = "The best matches of each kind, with how many match in all",
            description = "Groups stand with the best match first; the matching words of titles and snippets are marked.")
    ApiRecords.Search search(
            @Parameter(description = "The words, in any script or spelling", required = true) @RequestParam String q,
            @Parameter(description = "Kinds to search, separated by commas: INCIDENT, STATEMENT, SPEAKER, SOURCE, RESOLUTION (default all)") @RequestParam(required = false) String kind,
            @Parameter(description = "Items dated this day or later (YYYY-MM-DD)") @RequestParam(required = false) String from,
            @Parameter(description = "Items dated this day or earlier (YYYY-MM-DD)") @RequestParam(required = false) String to,
            @Parameter(description = "A country the items concern (ISO 3166-1 alpha-2)") @RequestParam(required = false) String country,
            @Parameter(description = "Matches per kind, 1 to 100 (default 10)") @RequestParam(required = false) Integer limit) {
        String words = ApiParameters.text("q", q);
        if (words == null) {
            throw ApiException.badRequest("\"q\" needs at least one word.");
        }
        if (limit != null && (limit < 1 || limit > MAX_PER_KIND)) {
            throw ApiException.badRequest("\"limit\" is the number of matches per kind, 1 to " + MAX_PER_KIND + ".");
        }
        SearchQuery query = new SearchQuery(words, kinds(kind), ApiParameters.date("from", from), ApiParameters.date("to", to),
                ApiParameters.country("country", country));
        try {
            return api.search(query, limit == null ? DEFAULT_PER_KIND : limit);
        } catch (FieldException refused) {
            throw ApiException.badRequest(refused.getMessage());
        }
    }

    private static Set<SearchKind> kinds(String kind) {
        if (kind == null || kind.isBlank()) {
            return Set.of();
        }
        Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
        for (String name : kind.split(",")) {
            kinds.add(ApiParameters.enumValue("kind", SearchKind.class, name.trim()));
        }
        return kinds;
    }
}
