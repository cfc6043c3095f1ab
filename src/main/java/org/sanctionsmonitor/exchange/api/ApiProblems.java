package org.sanctionsmonitor.exchange.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of the read API as RFC 9457 problem details ({@code application/problem+json}): a title, the status, a
 * detail in words and the request's path. Nothing internal (no stack trace, no SQL) reaches the caller.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> refused(ApiException refused, HttpServletRequest request) {
        return problem(refused.status, refused.getMessage(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException bad, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "The parameter \"" + bad.getName() + "\" cannot be read"
                + (bad.getRequiredType() == null ? "." : " as " + bad.getRequiredType().getSimpleName().toLowerCase(java.util.Locale.ROOT) + "."), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException missing, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "The parameter \"" + missing.getParameterName() + "\" is required.", request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException method, HttpServletRequest request) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "The read API answers GET requests only.", request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException denied, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "Your role may not read this.", request);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> failed(RuntimeException failed, HttpServletRequest request) {
        log.warn("API request {} failed: {}", request.getRequestURI(), failed.toString());
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be answered. Try again later.", request);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
