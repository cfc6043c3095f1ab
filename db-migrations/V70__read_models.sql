-- Read models for the dashboards at scale (issue 12): what the overview, the country pages and the resolution chart
-- show, pre-aggregated, so that a page reads a few hundred rows instead of scanning every published incident.
-- They are kept right in the same transaction as every write (triggers in R__read_rules.sql, which also fills them):
-- a reader never sees them half-done, and there is no refresh to wait for.

-- The ledger: what each published incident (statement) contributes to the figures, as it was last counted. A change
-- takes the old contribution out and puts the new one in.
CREATE TABLE rm_incident (
    incident_id         bigint PRIMARY KEY,
    kind                text NOT NULL,
    category            text NOT NULL,
    status              text NOT NULL,
    date_from           date NOT NULL,
    date_to             date NOT NULL,
    -- 'KP SUPPLIER', one per party row
    parties             text[] NOT NULL,
    provisions          bigint[] NOT NULL,
    -- whether each provision (same order) was in force on date_from
    provisions_in_force boolean[] NOT NULL,
    -- the resolutions of those provisions, each once
    resolutions         bigint[] NOT NULL
);

CREATE TABLE rm_statement (
    statement_id bigint PRIMARY KEY,
    side         text NOT NULL,
    dated_on     date NOT NULL,
    dated_to     date NOT NULL,
    -- the countries it counts for (speakers' and signatories')
    countries    text[] NOT NULL,
    -- on the timeline also the parties to the published incident it addresses, and that incident's category
    timeline_countries text[] NOT NULL,
    incident_category  text
);

-- Published incidents by kind and status (the key figures).
CREATE TABLE rm_incident_count (
    kind      text NOT NULL,
    status    text NOT NULL,
    incidents bigint NOT NULL,
    PRIMARY KEY (kind, status)
);

-- Published violations whose date range touches the month, per category.
CREATE TABLE rm_violation_month (
    month     date NOT NULL,
    category  text NOT NULL,
    incidents bigint NOT NULL,
    PRIMARY KEY (month, category)
);

-- Published violations per supplier and recipient.
CREATE TABLE rm_flow (
    supplier  text NOT NULL,
    recipient text NOT NULL,
    incidents bigint NOT NULL,
    PRIMARY KEY (supplier, recipient)
);

-- Published incidents citing a provision, and how many of them cite it although it was not in force on their date.
CREATE TABLE rm_provision (
    provision_id bigint PRIMARY KEY,
    incidents    bigint NOT NULL,
    not_in_force bigint NOT NULL
);

-- Published incidents citing a provision of the resolution (each once).
CREATE TABLE rm_resolution (
    resolution_id bigint PRIMARY KEY,
    incidents     bigint NOT NULL
);

-- Published incidents citing a provision, per year their date range touches (as the list's date filter), and whether
-- the provision was in force on their date.
CREATE TABLE rm_provision_year (
    provision_id bigint NOT NULL,
    year         integer NOT NULL,
    in_force     boolean NOT NULL,
    incidents    bigint NOT NULL,
    PRIMARY KEY (provision_id, year, in_force)
);

-- Published incidents per country: as supplier, recipient, transit (violations) and in any role (all kinds).
CREATE TABLE rm_country (
    country   text PRIMARY KEY,
    supplier  bigint NOT NULL,
    recipient bigint NOT NULL,
    transit   bigint NOT NULL,
    total     bigint NOT NULL
);

-- Published incidents per country, role and year their date range touches.
CREATE TABLE rm_country_year (
    country   text NOT NULL,
    year      integer NOT NULL,
    role      text NOT NULL,
    incidents bigint NOT NULL,
    PRIMARY KEY (country, year, role)
);

-- Published incidents two countries are both party to.
CREATE TABLE rm_counterpart (
    country   text NOT NULL,
    other     text NOT NULL,
    incidents bigint NOT NULL,
    PRIMARY KEY (country, other)
);

-- Published incidents of a country citing a provision.
CREATE TABLE rm_country_provision (
    country      text NOT NULL,
    provision_id bigint NOT NULL,
    incidents    bigint NOT NULL,
    PRIMARY KEY (country, provision_id)
);

-- Published statements per month and side (allegation, denial, neutral).
CREATE TABLE rm_stance_month (
    month      date NOT NULL,
    side       text NOT NULL,
    statements bigint NOT NULL,
    PRIMARY KEY (month, side)
);

-- Published statements per country they count for, and side.
CREATE TABLE rm_country_stance (
    country    text NOT NULL,
    side       text NOT NULL,
    statements bigint NOT NULL,
    PRIMARY KEY (country, side)
);

-- The timeline's items (published incidents, events, allegations, denials) counted per kind and date range: for all of
-- them (country and category ''), per country they count for, and per category; the timeline's counts per period
-- read these instead of the items.
CREATE TABLE rm_timeline (
    country   text NOT NULL,
    category  text NOT NULL,
    kind      text NOT NULL,
    date_from date NOT NULL,
    date_to   date NOT NULL,
    items     bigint NOT NULL,
    PRIMARY KEY (country, category, kind, date_from, date_to)
);

-- Single figures, e.g. the number of published sources.
CREATE TABLE rm_figure (
    name  text PRIMARY KEY,
    value bigint NOT NULL
);

-- Keyset pagination of the incident list in its other orders (the date order has incident_date_idx).
CREATE INDEX incident_title_order_idx ON incident (lower(title), id);
CREATE INDEX incident_category_order_idx ON incident (category, id);
CREATE INDEX incident_status_order_idx ON incident (status, id);
