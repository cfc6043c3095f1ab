package org.sanctionsmonitor.exchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.sanctionsmonitor.base.Keyset;
import org.sanctionsmonitor.exchange.ApiReadService;
import org.sanctionsmonitor.exchange.ApiRecords;
import org.sanctionsmonitor.exchange.IncidentRecord;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentStatus;
import org.sanctionsmonitor.incident.PartyRole;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Incidents and events: the list with the filters of the incident list page, and one incident with its links. */
@RestController
@RequestMapping(path = ApiReadService.BASE + "/incidents", produces = "application/json")
@Tag(name = "Incidents", description = "Alleged violations and events")
class IncidentsApi {

    private final ApiReadService api;
    private final ApiResponses responses;

    IncidentsApi(ApiReadService api, ApiResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "Incidents and events matching the filters, a page at a time",
            description = "The same filters as the incident list page. Follow \"next\" for the following page.")
    ApiRecords.Page<IncidentRecord> list(
            @Parameter(description = "A party country (ISO 3166-1 alpha-2), e.g. KP") @RequestParam(required = false) String country,
            @Parameter(description = "The country's role: SUPPLIER, RECIPIENT, TRANSIT, FLAG_STATE, PARTICIPANT, HOST, SUBJECT") @RequestParam(required = false) String role,
            @Parameter(description = "A category code, e.g. DRONES") @RequestParam(required = false) String category,
            @Parameter(description = "ALLEGED, CORROBORATED, CONFIRMED, DISPUTED or RETRACTED") @RequestParam(required = false) String status,
            @Parameter(description = "VIOLATION or EVENT") @RequestParam(required = false) String kind,
            @Parameter(description = "Items whose dates reach this day or later (YYYY-MM-DD)") @RequestParam(required = false) String from,
            @Parameter(description = "Items whose dates start on this day or earlier (YYYY-MM-DD)") @RequestParam(required = false) String to,
            @Parameter(description = "Words in the title, summary or place") @RequestParam(required = false) String q,
            @Parameter(description = "The id of a provision the incidents cite") @RequestParam(required = false) String provision,
            @Parameter(description = "A recipient country, besides country and role") @RequestParam(required = false) String recipient,
            @Parameter(description = "date, title or updated; a leading minus sorts descending (default -date)") @RequestParam(required = false) String sort,
            @Parameter(description = "From \"nextCursor\" of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        IncidentFilter filter = new IncidentFilter(ApiParameters.country("country", country),
                ApiParameters.enumValue("role", PartyRole.class, role), category(category),
                ApiParameters.enumValue("status", IncidentStatus.class, status), ApiParameters.enumValue("kind", IncidentKind.class, kind),
                ApiParameters.date("from", from), ApiParameters.date("to", to), ApiParameters.text("q", q),
                ApiParameters.number("provision", provision), ApiParameters.country("recipient", recipient));
        Keyset.Order order = order(sort);
        String orderName = (order.ascending() ? "" : "-") + order.key();
        Keyset.Cursor after = Paging.after(cursor, orderName, value -> switch (order.key()) {
            case "date" -> value.matches("\\d{4}-\\d{2}-\\d{2}") && ApiParameters.date("cursor", value) != null;
            case "updated" -> value.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?[+-]\\d{2}(:\\d{2})?");
            default -> true;
        });
        return Paging.page(request, orderName, api.incidents(filter, order, after, ApiParameters.limit(limit)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One incident with its parties, the provisions it allegedly breaches (in force on its date or not), its sources and the statements about it",
            description = "Has an ETag: send it back in If-None-Match to get 304 when nothing changed.")
    ResponseEntity<ApiRecords.Incident> one(@PathVariable long id, WebRequest request) {
        return responses.single(request, api.incident(id), "There is no incident " + id + ".");
    }

    private Keyset.Order order(String sort) {
        String value = sort == null || sort.isBlank() ? "-date" : sort.trim().toLowerCase(Locale.ROOT);
        boolean descending = value.startsWith("-");
        String key = descending ? value.substring(1) : value;
        if (!api.canOrderIncidentsBy(key)) {
            throw ApiException.badRequest("\"sort\" is date, title or updated, with a leading minus to sort descending (e.g. -date).");
        }
        return new Keyset.Order(key, !descending);
    }

    private static String category(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        if (!category.trim().matches("[A-Za-z][A-Za-z0-9_]{1,39}")) {
            throw ApiException.badRequest("\"category\" is a category code, e.g. DRONES.");
        }
        return category.trim();
    }
}
