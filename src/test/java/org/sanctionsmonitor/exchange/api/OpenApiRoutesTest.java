package org.sanctionsmonitor.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.WebAppTest;
import org.sanctionsmonitor.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route of the read API, as Spring's handler mappings know them (not a list kept by hand), is in the OpenAPI
 * document, with its method; only the catch-all for unknown paths is hidden from it.
 */
@WebAppTest
class OpenApiRoutesTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JsonMapper json;

    @Test
    void every_api_route_appears_in_the_openapi_document() {
        List<String> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
            boolean hidden = method.getBeanType().isAnnotationPresent(Hidden.class) || method.hasMethodAnnotation(Hidden.class);
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/api/") && !hidden) {
                    info.getMethodsCondition().getMethods().forEach(m -> routes.add(m.name().toLowerCase(Locale.ROOT) + " " + path));
                }
            }
        });
        assertThat(routes).hasSizeGreaterThanOrEqualTo(13).contains("get /api/v1/incidents", "get /api/v1/countries/{iso2}/summary");

        JsonNode document = json.readTree(WebClient.to(port).logIn("viewer", "viewer").get("/v3/api-docs").body());
        List<String> documented = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> documented.add(method + " " + path.getKey())));

        assertThat(documented).containsAll(routes);
        assertThat(document.path("components").path("securitySchemes").path("token").path("scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void the_openapi_document_and_swagger_ui_need_a_sign_in() {
        assertThat(WebClient.to(port).get("/v3/api-docs").statusCode()).isEqualTo(302);
        assertThat(WebClient.to(port).get("/swagger-ui/index.html").statusCode()).isEqualTo(302);
    }
}
