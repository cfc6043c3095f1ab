-- Per-user API tokens for the read API (issue 11). Only a hash of each token is kept: the token itself is shown once,
-- when it is made. A token acts for its user with the user's current role, so a demoted or disabled user's tokens
-- follow at once. Tokens are 256 random bits, so a plain SHA-256 (hex) is enough to make a stolen table useless and
-- still lets a request find its token by an index lookup.
CREATE TABLE api_token (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name         text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
    token_hash   text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    -- the first characters of the token, so its owner can tell tokens apart in the list
    token_prefix text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    CHECK (expires_at IS NULL OR expires_at > created_at)
);
CREATE INDEX api_token_user_idx ON api_token (user_id, created_at DESC);
