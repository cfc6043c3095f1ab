package org.sanctionsmonitor.exchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sanctionsmonitor.exchange.ApiReadService;
import org.sanctionsmonitor.exchange.ApiRecords;
import org.sanctionsmonitor.exchange.ResolutionRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Security Council resolutions and their provisions, with the periods each provision was in force. */
@RestController
@RequestMapping(path = ApiReadService.BASE, produces = "application/json")
@Tag(name = "Resolutions and provisions")
class ResolutionsApi {

    private final ApiReadService api;
    private final ApiResponses responses;
    private final Clock clock;

    ResolutionsApi(ApiReadService api, ApiResponses responses, Clock clock) {
        this.api = api;
        this.responses = responses;
        this.clock = clock;
    }

    @GetMapping("/resolutions")
    @Operation(summary = "Every resolution, in order of adoption, with its counts")
    List<ApiRecords.ResolutionLine> resolutions() {
        return api.resolutions();
    }

    @GetMapping("/resolutions/{number}")
    @Operation(summary = "One resolution with its provisions and their periods in force", description = "Has an ETag.")
    ResponseEntity<ResolutionRecord> resolution(@PathVariable int number, WebRequest request) {
        return responses.single(request, api.resolution(number), "There is no resolution " + number + ".");
    }

    @GetMapping("/provisions")
    @Operation(summary = "Provisions with their periods in force, and whether each was in force on a day")
    List<ApiRecords.Provision> provisions(
            @Parameter(description = "Only this resolution's provisions, e.g. 1718") @RequestParam(required = false) Integer resolution,
            @Parameter(description = "The day to say whether each was in force (YYYY-MM-DD, default today)") @RequestParam(required = false) String inForceOn) {
        return api.provisions(resolution, day(inForceOn));
    }

    @GetMapping("/provisions/{id}")
    @Operation(summary = "One provision with its periods in force and the incidents citing it", description = "Has an ETag.")
    ResponseEntity<ApiRecords.ProvisionWithCitations> provision(@PathVariable long id,
            @Parameter(description = "The day to say whether it was in force (YYYY-MM-DD, default today)") @RequestParam(required = false) String inForceOn,
            WebRequest request) {
        return responses.single(request, api.provision(id, day(inForceOn)), "There is no provision " + id + ".");
    }

    private LocalDate day(String inForceOn) {
        LocalDate day = ApiParameters.date("inForceOn", inForceOn);
        return day == null ? LocalDate.now(clock) : day;
    }
}
