-- Baseline schema of Sanctions Monitor: the whole domain model (DESIGN.md §4).
-- Enumerations are CHECK constraints on text columns so that the database, not only the app, keeps the data honest.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE country (
    code   text PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name   text NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    region text
);

CREATE TABLE sanctions_regime (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_]+$'),
    name        text NOT NULL,
    description text,
    version     bigint NOT NULL DEFAULT 0
);

CREATE TABLE resolution (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number        integer NOT NULL UNIQUE CHECK (number > 0),
    regime_id     bigint NOT NULL REFERENCES sanctions_regime (id),
    adopted_on    date NOT NULL,
    meeting       text,
    votes_for     integer CHECK (votes_for BETWEEN 0 AND 15),
    votes_against integer CHECK (votes_against BETWEEN 0 AND 15),
    votes_abstain integer CHECK (votes_abstain BETWEEN 0 AND 15),
    vote_text     text,
    title         text NOT NULL,
    summary       text,
    url           text,
    notes         text,
    version       bigint NOT NULL DEFAULT 0,
    CHECK (coalesce(votes_for, 0) + coalesce(votes_against, 0) + coalesce(votes_abstain, 0) <= 15)
);
CREATE INDEX resolution_regime_idx ON resolution (regime_id);

CREATE TABLE provision (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resolution_id     bigint NOT NULL REFERENCES resolution (id),
    label             text NOT NULL CHECK (length(trim(label)) > 0),
    measure_type      text NOT NULL CHECK (measure_type IN ('ARMS_SUPPLY_BAN', 'ARMS_PROCUREMENT_BAN', 'MISSILE_UAV_RESTRICTION',
                          'ASSET_FREEZE', 'TRAVEL_BAN', 'CARGO_INSPECTION', 'SERVICES_BAN', 'MONITORING', 'SNAPBACK', 'OTHER')),
    summary           text NOT NULL,
    full_text         text,
    binding           boolean NOT NULL,
    verification      text NOT NULL CHECK (verification IN ('VERIFIED', 'PARTIALLY_VERIFIED', 'UNVERIFIED')),
    verification_note text,
    version           bigint NOT NULL DEFAULT 0,
    UNIQUE (resolution_id, label)
);

-- A provision can be in force more than once: the pre-2015 Iran resolutions were terminated on
-- JCPOA Implementation Day (16 Jan 2016) and restored by the snapback (28 Sep 2025).
-- Periods are half-open: in force from in_force_from up to, not including, in_force_until (the day it lapsed).
CREATE TABLE provision_period (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provision_id   bigint NOT NULL REFERENCES provision (id) ON DELETE CASCADE,
    in_force_from  date NOT NULL,
    in_force_until date,
    note           text,
    CHECK (in_force_until IS NULL OR in_force_until > in_force_from),
    UNIQUE (provision_id, in_force_from)
);

CREATE TABLE actor (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         text NOT NULL CHECK (kind IN ('PERSON', 'ORGANISATION', 'STATE_BODY', 'VESSEL')),
    name         text NOT NULL CHECK (length(trim(name)) > 0),
    country_code text REFERENCES country (code),
    title        text,
    version      bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX actor_name_country_uq ON actor (lower(name), coalesce(country_code, '--'));

CREATE TABLE app_user (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      text NOT NULL CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
    display_name  text NOT NULL,
    password_hash text NOT NULL,
    role          text NOT NULL CHECK (role IN ('VIEWER', 'EDITOR', 'ADMIN')),
    enabled       boolean NOT NULL DEFAULT true,
    failed_logins integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until  timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX app_user_username_uq ON app_user (lower(username));

CREATE TABLE source (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type                text NOT NULL CHECK (type IN ('NEWS_ARTICLE', 'OFFICIAL_DOCUMENT', 'UN_DOCUMENT', 'RESEARCH_REPORT', 'OTHER')),
    outlet              text NOT NULL CHECK (length(trim(outlet)) > 0),
    originating_outlet  text,
    url                 text NOT NULL UNIQUE CHECK (url ~ '^https?://'),
    language            text NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    published_on        date,
    retrieved_on        date,
    title_original      text NOT NULL CHECK (length(trim(title_original)) > 0),
    title_translation   text,
    excerpt_original    text,
    excerpt_translation text,
    translated_by       text,
    translation_method  text CHECK (translation_method IN ('HUMAN', 'MACHINE')),
    archived_url        text CHECK (archived_url ~ '^https?://'),
    reliability         text NOT NULL DEFAULT 'F' CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    notes               text,
    workflow_state      text NOT NULL DEFAULT 'DRAFT' CHECK (workflow_state IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    created_by          text NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text NOT NULL,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0,
    -- A translation says who made it and how.
    CHECK ((title_translation IS NULL AND excerpt_translation IS NULL) OR translation_method IS NOT NULL),
    search              tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', coalesce(outlet, '') || ' ' || coalesce(title_original, '') || ' ' || coalesce(title_translation, '') || ' '
                              || coalesce(excerpt_original, '') || ' ' || coalesce(excerpt_translation, ''))) STORED
);
CREATE INDEX source_published_idx ON source (published_on DESC);
CREATE INDEX source_state_idx ON source (workflow_state);
CREATE INDEX source_search_idx ON source USING gin (search);

-- Incidents are alleged violations and, with kind EVENT, the context around them (summits, vetoes, expiries):
-- both have dates, places, countries and sources, so one table keeps them in one timeline.
CREATE TABLE incident (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           text NOT NULL CHECK (kind IN ('VIOLATION', 'EVENT')),
    title          text NOT NULL CHECK (length(trim(title)) > 0),
    summary        text,
    category       text NOT NULL CHECK (category IN ('ARTILLERY_AMMUNITION', 'BALLISTIC_MISSILES', 'DRONES', 'TROOPS', 'SHIPPING',
                       'OTHER_MATERIEL', 'DIPLOMATIC', 'UN_ACTION')),
    date_from      date NOT NULL,
    date_to        date NOT NULL,
    date_precision text NOT NULL CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR')),
    place          text,
    latitude       numeric(8, 5) CHECK (latitude BETWEEN -90 AND 90),
    longitude      numeric(8, 5) CHECK (longitude BETWEEN -180 AND 180),
    status         text NOT NULL CHECK (status IN ('ALLEGED', 'CORROBORATED', 'CONFIRMED', 'DISPUTED', 'RETRACTED')),
    confidence     text NOT NULL CHECK (confidence IN ('LOW', 'MEDIUM', 'HIGH')),
    notes          text,
    workflow_state text NOT NULL DEFAULT 'DRAFT' CHECK (workflow_state IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    review_comment text,
    created_by     text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     text NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint NOT NULL DEFAULT 0,
    CHECK (date_to >= date_from),
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    search         tsvector GENERATED ALWAYS AS (
        to_tsvector('english', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(place, ''))
        || to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(place, ''))) STORED
);
CREATE INDEX incident_date_idx ON incident (date_from DESC, id DESC);
CREATE INDEX incident_state_date_idx ON incident (workflow_state, date_from DESC);
CREATE INDEX incident_category_idx ON incident (category);
CREATE INDEX incident_status_idx ON incident (status);
CREATE INDEX incident_search_idx ON incident USING gin (search);
CREATE INDEX incident_title_trgm_idx ON incident USING gin (title gin_trgm_ops);

CREATE TABLE incident_party (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id  bigint NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    country_code text NOT NULL REFERENCES country (code),
    role         text NOT NULL CHECK (role IN ('SUPPLIER', 'RECIPIENT', 'TRANSIT', 'FLAG_STATE', 'PARTICIPANT')),
    UNIQUE (incident_id, country_code, role)
);
CREATE INDEX incident_party_country_role_idx ON incident_party (country_code, role, incident_id);

CREATE TABLE incident_source (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id      bigint NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    source_id        bigint NOT NULL REFERENCES source (id),
    supporting_quote text,
    note             text,
    UNIQUE (incident_id, source_id)
);
CREATE INDEX incident_source_source_idx ON incident_source (source_id);

CREATE TABLE incident_provision (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id  bigint NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    provision_id bigint NOT NULL REFERENCES provision (id),
    rationale    text NOT NULL CHECK (length(trim(rationale)) > 0),
    UNIQUE (incident_id, provision_id)
);
CREATE INDEX incident_provision_provision_idx ON incident_provision (provision_id);

CREATE TABLE statement (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    speaker_id           bigint NOT NULL REFERENCES actor (id),
    speaker_country_code text REFERENCES country (code),
    said_on              date NOT NULL,
    stance               text NOT NULL CHECK (stance IN ('ALLEGES', 'DENIES', 'CONFIRMS', 'CONDEMNS', 'DECLINES_TO_COMMENT')),
    -- The editors' paraphrase is always there; the verbatim quote only where a source gives the words.
    summary              text NOT NULL CHECK (length(trim(summary)) > 0),
    quote_original       text,
    quote_language       text CHECK (quote_language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    quote_translation    text,
    attribution_note     text,
    source_id            bigint REFERENCES source (id),
    incident_id          bigint REFERENCES incident (id),
    workflow_state       text NOT NULL DEFAULT 'DRAFT' CHECK (workflow_state IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    review_comment       text,
    created_by           text NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_by           text NOT NULL,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    version              bigint NOT NULL DEFAULT 0,
    CHECK (quote_original IS NULL OR quote_language IS NOT NULL),
    search               tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', coalesce(summary, '') || ' ' || coalesce(quote_original, '') || ' ' || coalesce(quote_translation, ''))) STORED
);
CREATE INDEX statement_incident_idx ON statement (incident_id);
CREATE INDEX statement_source_idx ON statement (source_id);
CREATE INDEX statement_speaker_idx ON statement (speaker_id);
CREATE INDEX statement_said_on_idx ON statement (said_on DESC);
CREATE INDEX statement_country_stance_idx ON statement (speaker_country_code, stance);
CREATE INDEX statement_search_idx ON statement USING gin (search);
