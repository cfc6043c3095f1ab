package org.sanctionsmonitor.exchange.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of the read API ({@code /v3/api-docs}, springdoc), with its bearer tokens. */
@Configuration
@OpenAPIDefinition(
        info = @Info(title = "Sanctions Monitor read API", version = "v1", description = """
                Read-only access to incidents, sources, countries, resolutions and provisions, and the timeline, with \
                the role of the token's owner: a reader's token sees published items only. Make a token on your profile \
                page and send it as "Authorization: Bearer <token>". Lists are paged with a cursor: follow "next". Dates \
                carry their precision ("2023-10" is known to the month). Errors are RFC 9457 problem details. Single items \
                have an ETag; send it back in If-None-Match to get 304 when nothing changed. Each token may make a limited \
                number of requests a minute; past that the answer is 429 with Retry-After."""),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer", description = "A personal API token from your profile page")
class OpenApiConfiguration {
}
