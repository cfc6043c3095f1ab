package org.sanctionsmonitor.security;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Sign-in attempts as the login form makes them, each from a client address of the test's choosing. */
final class SignIns {

    private static final AtomicInteger addresses = new AtomicInteger();

    private SignIns() {
    }

    /** A client address no other test of this JVM uses (from 198.18.0.0/15, the range set aside for tests). */
    static String freshAddress() {
        int n = addresses.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return attempt;
    }

    /** An attempt from an address of its own, so that no per-address throttle interferes. */
    static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return attempt(username, password, freshAddress());
    }
}
