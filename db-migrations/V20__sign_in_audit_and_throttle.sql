-- Sign-in hardening (issue 8): an audit of sign-ins for admins, and failed sign-ins counted per client address in the
-- database, so the throttle holds across several app instances.

-- Who signed in, failed, was locked or refused, and who unlocked whom: when and from which client address.
CREATE TABLE sign_in_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz NOT NULL DEFAULT now(),
    -- the username as typed, trimmed, lower-cased, control characters replaced and cut to 64 characters
    username       text NOT NULL,
    outcome        text NOT NULL CHECK (outcome IN ('SIGNED_IN', 'FAILED', 'LOCKED', 'REFUSED_LOCKED', 'REFUSED_DISABLED', 'UNLOCKED')),
    -- the n-th attempt on the account since its last successful sign-in (null for unknown users and for unlocks)
    attempt        integer,
    client_address text,
    -- the admin who unlocked the account
    actor          text
);
CREATE INDEX sign_in_event_newest_idx ON sign_in_event (occurred_at DESC, id DESC);
CREATE INDEX sign_in_event_user_idx ON sign_in_event (username, occurred_at DESC, id DESC);

-- Attempts per client address (an IPv4 address or an IPv6 /64): after a few failures, each further attempt has to wait
-- longer (blocked_until).
CREATE TABLE sign_in_throttle (
    address         text PRIMARY KEY,
    failures        integer NOT NULL CHECK (failures >= 0),
    blocked_until   timestamptz,
    last_attempt_at timestamptz NOT NULL
);
CREATE INDEX sign_in_throttle_last_attempt_idx ON sign_in_throttle (last_attempt_at);
