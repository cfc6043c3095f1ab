package org.sanctionsmonitor.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors the API's security answers before any controller runs (401, 403, 429), written as RFC 9457 problem details
 * like every other API error.
 */
final class ApiProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail, String instance) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", instance);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
