package org.sanctionsmonitor.exchange.api;

import org.springframework.http.HttpStatus;

/** A request the API refuses, with the status and the words of its problem details (RFC 9457). */
class ApiException extends RuntimeException {

    final HttpStatus status;

    ApiException(HttpStatus status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, detail);
    }

    static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, detail);
    }
}
