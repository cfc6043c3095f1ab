package org.sanctionsmonitor.exchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.sanctionsmonitor.exchange.ApiReadService;
import org.sanctionsmonitor.exchange.ApiRecords;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Speakers: readers see those of published statements only, with how many statements claim, deny or report. */
@RestController
@RequestMapping(path = ApiReadService.BASE + "/actors", produces = "application/json")
@Tag(name = "Speakers", description = "People, state bodies and organisations who made statements")
class ActorsApi {

    private final ApiReadService api;
    private final ApiResponses responses;

    ActorsApi(ApiReadService api, ApiResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "Speakers by name, a page at a time", description = "Follow \"next\" for the following page.")
    ApiRecords.Page<ApiRecords.Speaker> list(
            @Parameter(description = "A name in any spelling or script") @RequestParam(required = false) String q,
            @Parameter(description = "From \"nextCursor\" of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        var after = Paging.after(cursor, "name", value -> true);
        return Paging.page(request, "name", api.actors(ApiParameters.text("q", q), after, ApiParameters.limit(limit)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One speaker, with other names and how many statements claim, deny or only report", description = "Has an ETag.")
    ResponseEntity<ApiRecords.Speaker> one(@PathVariable long id, WebRequest request) {
        return responses.single(request, api.actor(id), "There is no speaker " + id + ".");
    }
}
