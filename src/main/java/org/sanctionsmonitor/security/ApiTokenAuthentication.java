package org.sanctionsmonitor.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request to the read API made with one of a user's tokens: it acts as that user, with the user's current role. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final String username;
    private final long tokenId;

    ApiTokenAuthentication(String username, Role role, long tokenId) {
        super(role.authorities().stream().map(SimpleGrantedAuthority::new).toList());
        this.username = username;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }

    long tokenId() {
        return tokenId;
    }

    List<String> roles() {
        return getAuthorities().stream().map(Object::toString).toList();
    }
}
