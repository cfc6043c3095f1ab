package org.sanctionsmonitor.exchange.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other path under /api answers 404 as problem details, not with the app's HTML "page not found". */
@RestController
@Hidden
class UnknownApiPath {

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "There is nothing at this address. The read API is described at /v3/api-docs.", request);
    }
}
