package org.sanctionsmonitor.exchange.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Single items with an {@code ETag}: a hash of the JSON the caller would get, so it changes whenever anything in the
 * item (or a link it shows) changes, and differs between a reader's and an editor's view. A request with a matching
 * {@code If-None-Match} gets 304 Not Modified without a body. Responses may be kept by the caller but must be
 * revalidated ({@code Cache-Control: private, no-cache}): they depend on the token's role.
 */
@Component
class ApiResponses {

    private final JsonMapper json;

    ApiResponses(JsonMapper json) {
        this.json = json;
    }

    <T> ResponseEntity<T> single(WebRequest request, Optional<T> item, String notFound) {
        T body = item.orElseThrow(() -> ApiException.notFound(notFound));
        String etag = "\"" + hash(json.writeValueAsBytes(body)) + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache()).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache()).body(body);
    }

    static CacheControl cache() {
        return CacheControl.noCache().cachePrivate();
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
