package org.sanctionsmonitor.exchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsmonitor.exchange.ApiReadService;
import org.sanctionsmonitor.exchange.ApiRecords;
import org.sanctionsmonitor.exchange.TimelineRecord;
import org.sanctionsmonitor.timeline.TimelineFilter;
import org.sanctionsmonitor.timeline.TimelineKind;
import org.sanctionsmonitor.timeline.TimelineService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The timeline: incidents, events, allegations, denials, adoptions and lapses, in date order, a page at a time. */
@RestController
@RequestMapping(path = ApiReadService.BASE + "/timeline", produces = "application/json")
@Tag(name = "Timeline")
class TimelineApi {

    private final ApiReadService api;

    TimelineApi(ApiReadService api) {
        this.api = api;
    }

    @GetMapping
    @Operation(summary = "Timeline items matching the filters, newest first (or oldest first), a page at a time",
            description = "The same filters as the timeline page. Published items only, for every role.")
    ApiRecords.Page<TimelineRecord> timeline(
            @Parameter(description = "A country (ISO 3166-1 alpha-2)") @RequestParam(required = false) String country,
            @Parameter(description = "A sanctions regime code, e.g. DPRK_1718") @RequestParam(required = false) String regime,
            @Parameter(description = "A resolution number") @RequestParam(required = false) Integer resolution,
            @Parameter(description = "A category code") @RequestParam(required = false) String category,
            @Parameter(description = "Kinds, comma-separated: VIOLATION, EVENT, ALLEGATION, DENIAL, ADOPTION, EXPIRY") @RequestParam(required = false) String kinds,
            @Parameter(description = "From this day (YYYY-MM-DD)") @RequestParam(required = false) String from,
            @Parameter(description = "Up to this day (YYYY-MM-DD)") @RequestParam(required = false) String to,
            @Parameter(description = "newest (default) or oldest first") @RequestParam(required = false) String order,
            @Parameter(description = "From \"nextCursor\" of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        Set<TimelineKind> chosen = kinds == null || kinds.isBlank() ? Set.of() : Arrays.stream(kinds.split(","))
                .map(k -> ApiParameters.enumValue("kinds", TimelineKind.class, k)).collect(Collectors.toSet());
        String regimeCode = ApiParameters.text("regime", regime);
        if (regimeCode != null && !regimeCode.matches("[A-Za-z0-9_]{1,40}")) {
            throw ApiException.badRequest("\"regime\" is a regime code, e.g. DPRK_1718.");
        }
        String categoryCode = ApiParameters.text("category", category);
        if (categoryCode != null && !categoryCode.matches("[A-Za-z0-9_]{1,40}")) {
            throw ApiException.badRequest("\"category\" is a category code, e.g. DRONES.");
        }
        TimelineFilter filter = new TimelineFilter(ApiParameters.country("country", country), regimeCode, resolution, categoryCode, chosen,
                ApiParameters.date("from", from), ApiParameters.date("to", to));
        boolean newestFirst = order == null || order.isBlank() || order.equalsIgnoreCase("newest");
        if (!newestFirst && !order.equalsIgnoreCase("oldest")) {
            throw ApiException.badRequest("\"order\" is newest or oldest.");
        }
        String orderName = newestFirst ? "newest" : "oldest";
        TimelineService.Cursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            List<String> parts = ApiParameters.cursor(cursor, 5, orderName);
            if (!parts.get(4).matches("-?\\d{1,18}")) {
                throw ApiException.badRequest("This is not a cursor this API gave out: take \"next\" from the previous page as it is.");
            }
            after = new TimelineService.Cursor(ApiParameters.date("cursor", parts.get(1)), parts.get(2), parts.get(3), Long.parseLong(parts.get(4)));
        }
        ApiReadService.TimelinePage page = api.timeline(filter, newestFirst, after, ApiParameters.limit(limit));
        String next = page.next() == null ? null : ApiParameters.cursor(List.of(orderName, page.next().date().toString(), page.next().kind(),
                page.next().sortKey(), String.valueOf(page.next().uid())));
        return Paging.page(request, page.items(), next);
    }
}
