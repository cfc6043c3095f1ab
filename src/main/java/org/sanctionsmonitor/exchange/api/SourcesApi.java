package org.sanctionsmonitor.exchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.sanctionsmonitor.exchange.ApiReadService;
import org.sanctionsmonitor.exchange.ApiRecords;
import org.sanctionsmonitor.exchange.SourceRecord;
import org.sanctionsmonitor.source.SourceFilter;
import org.sanctionsmonitor.source.SourceType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The source library: the list with the filters of the sources page, and one source with what cites it. */
@RestController
@RequestMapping(path = ApiReadService.BASE + "/sources", produces = "application/json")
@Tag(name = "Sources", description = "Articles, official and UN documents, research reports")
class SourcesApi {

    private final ApiReadService api;
    private final ApiResponses responses;

    SourcesApi(ApiReadService api, ApiResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "Sources matching the filters, newest first, a page at a time")
    ApiRecords.Page<SourceRecord> list(
            @Parameter(description = "Words in the outlet, title or excerpt") @RequestParam(required = false) String q,
            @Parameter(description = "A language code, e.g. ko") @RequestParam(required = false) String language,
            @Parameter(description = "NEWS_ARTICLE, STATE_MEDIA, OFFICIAL_DOCUMENT, UN_PANEL_REPORT, UN_DOCUMENT, RESEARCH_REPORT or OTHER") @RequestParam(required = false) String type,
            @Parameter(description = "From \"nextCursor\" of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        String lang = ApiParameters.text("language", language);
        if (lang != null && !lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw ApiException.badRequest("\"language\" is a language code such as en, id, ru or ko-KR.");
        }
        SourceFilter filter = new SourceFilter(ApiParameters.text("q", q), lang, ApiParameters.enumValue("type", SourceType.class, type));
        var after = Paging.after(cursor, "-published", value -> value.matches("\\d{4}-\\d{2}-\\d{2}"));
        return Paging.page(request, "-published", api.sources(filter, after, ApiParameters.limit(limit)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One source, with the incidents that cite it and the statements it reports", description = "Has an ETag.")
    ResponseEntity<ApiRecords.Source> one(@PathVariable long id, WebRequest request) {
        return responses.single(request, api.source(id), "There is no source " + id + ".");
    }
}
