package org.sanctionsmonitor.exchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.sanctionsmonitor.exchange.ApiReadService;
import org.sanctionsmonitor.exchange.ApiRecords;
import org.sanctionsmonitor.exchange.StatementRecord;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.StanceSide;
import org.sanctionsmonitor.statement.StatementFilter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Statements: the list with the filters of the statements page, and one statement with its speakers and links. */
@RestController
@RequestMapping(path = ApiReadService.BASE + "/statements", produces = "application/json")
@Tag(name = "Statements", description = "What officials, states and organisations said: claims, denials and reports")
class StatementsApi {

    private final ApiReadService api;
    private final ApiResponses responses;

    StatementsApi(ApiReadService api, ApiResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "Statements matching the filters, newest first, a page at a time",
            description = "The same filters as the statements page. Follow \"next\" for the following page.")
    ApiRecords.Page<StatementRecord> list(
            @Parameter(description = "A speaker's id (see /api/v1/actors)") @RequestParam(required = false) String speaker,
            @Parameter(description = "A country the statement counts for (a speaker's or a signatory), ISO 3166-1 alpha-2") @RequestParam(required = false) String country,
            @Parameter(description = "ALLEGATION, DENIAL or NEUTRAL") @RequestParam(required = false) String side,
            @Parameter(description = "One stance, e.g. DENIES") @RequestParam(required = false) String stance,
            @Parameter(description = "Statements dated this day or later (YYYY-MM-DD)") @RequestParam(required = false) String from,
            @Parameter(description = "Statements dated this day or earlier (YYYY-MM-DD)") @RequestParam(required = false) String to,
            @Parameter(description = "Words in the statement, its quote in any language or its speakers' names") @RequestParam(required = false) String q,
            @Parameter(description = "From \"nextCursor\" of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        StatementFilter filter = new StatementFilter(ApiParameters.number("speaker", speaker), ApiParameters.country("country", country),
                ApiParameters.enumValue("side", StanceSide.class, side), ApiParameters.enumValue("stance", Stance.class, stance),
                ApiParameters.date("from", from), ApiParameters.date("to", to), ApiParameters.text("q", q));
        var after = Paging.after(cursor, "-date", value -> value.matches("\\d{4}-\\d{2}-\\d{2}") && ApiParameters.date("cursor", value) != null);
        return Paging.page(request, "-date", api.statements(filter, after, ApiParameters.limit(limit)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One statement, with its speakers, its side of the claim, its source and the incident it addresses",
            description = "Has an ETag.")
    ResponseEntity<ApiRecords.Statement> one(@PathVariable long id, WebRequest request) {
        return responses.single(request, api.statement(id), "There is no statement " + id + ".");
    }
}
