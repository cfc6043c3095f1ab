package org.sanctionsmonitor.exchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sanctionsmonitor.exchange.ApiReadService;
import org.sanctionsmonitor.exchange.ApiRecords;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The countries of ISO 3166-1, and each country's dossier in figures. */
@RestController
@RequestMapping(path = ApiReadService.BASE + "/countries", produces = "application/json")
@Tag(name = "Countries")
class CountriesApi {

    private final ApiReadService api;
    private final ApiResponses responses;

    CountriesApi(ApiReadService api, ApiResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "Every country, by name")
    List<ApiRecords.Country> list() {
        return api.countries();
    }

    @GetMapping("/{iso2}")
    @Operation(summary = "One country", description = "Has an ETag.")
    ResponseEntity<ApiRecords.Country> one(@PathVariable String iso2, WebRequest request) {
        return responses.single(request, api.country(ApiParameters.country("iso2", iso2)), "There is no country " + iso2 + ".");
    }

    @GetMapping("/{iso2}/summary")
    @Operation(summary = "A country's dossier: its incidents per year and role, counterparts, provisions engaged, its officials' allegations and denials, the latest items",
            description = "Counts published items only, for every role, like the dossier page. Has an ETag.")
    ResponseEntity<ApiRecords.CountrySummary> summary(@PathVariable String iso2, WebRequest request) {
        return responses.single(request, api.countrySummary(ApiParameters.country("iso2", iso2)), "There is no country " + iso2 + ".");
    }
}
