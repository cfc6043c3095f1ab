package org.sanctionsmonitor.follow;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /feeds/{view}/{secret}}: a saved view's Atom feed, without a session (the security configuration opens
 * exactly this path to anyone; the secret is the authorization). Anything but a current secret of the view's owner
 * gets the same 404, so the address tells nobody whether a view exists.
 */
@RestController
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final FeedService feeds;

    FeedController(FeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/feeds/{view}/{secret}")
    ResponseEntity<String> feed(@PathVariable("view") String view, @PathVariable("secret") String secret) {
        if (!view.matches("\\d{1,18}") || !secret.matches("[A-Za-z0-9_-]{20,100}")) {
            return ResponseEntity.notFound().build();
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return feeds.atom(Long.parseLong(view), secret, base)
                .map(atom -> ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex").body(atom))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
