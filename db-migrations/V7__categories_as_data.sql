-- Incident categories are data that admins manage in the app (issue 9), still enforced by the database: an incident's
-- category is a foreign key, not free text. A category in use is retired rather than deleted, and stays readable.
CREATE TABLE incident_category (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    label       text NOT NULL UNIQUE CHECK (length(trim(label)) > 0),
    description text,
    sort_order  integer NOT NULL DEFAULT 100,
    retired     boolean NOT NULL DEFAULT false,
    version     bigint NOT NULL DEFAULT 0
);

INSERT INTO incident_category (code, label, description, sort_order) VALUES
    ('ARTILLERY_AMMUNITION', 'Artillery ammunition', 'Shells, rockets and other munitions for artillery.', 10),
    ('BALLISTIC_MISSILES', 'Ballistic missiles', 'Ballistic missiles, their launchers and parts.', 20),
    ('DRONES', 'Drones', 'Uncrewed aerial vehicles and their parts.', 30),
    ('TROOPS', 'Troops', 'Soldiers, officers and military advisers.', 40),
    ('SHIPPING', 'Shipping and ports', 'Vessels and ports used to move sanctioned goods.', 50),
    ('OTHER_MATERIEL', 'Other materiel', 'Arms and related materiel not listed above.', 60),
    ('TECHNOLOGY_TRANSFER', 'Technology transfer', 'Know-how, production lines and factories, e.g. a drone factory built under licence.', 70),
    ('SHIP_TO_SHIP', 'Ship-to-ship transfers', 'Cargo moved between vessels at sea to hide its origin.', 80),
    ('OVERSEAS_WORKERS', 'Overseas workers', 'Workers sent abroad to earn revenue for a sanctioned state.', 90),
    ('CYBER_THEFT', 'Cyber theft', 'Theft of funds or data by hacking, e.g. cryptocurrency heists.', 100),
    ('EVASION_FINANCE', 'Sanctions-evasion finance', 'Payments, front companies and banking used to evade sanctions.', 110),
    ('DIPLOMATIC', 'Diplomatic event', 'Summits, visits, treaties and statements between governments.', 200),
    ('UN_ACTION', 'UN action', 'Votes, vetoes, reports and expiries at the United Nations.', 210);

ALTER TABLE incident DROP CONSTRAINT incident_category_check;
ALTER TABLE incident ADD CONSTRAINT incident_category_fk FOREIGN KEY (category) REFERENCES incident_category (code);

CREATE TABLE incident_category_aud (
    code text NOT NULL, rev bigint NOT NULL REFERENCES revinfo (id), revtype smallint,
    label text, description text, sort_order integer, retired boolean,
    PRIMARY KEY (code, rev)
);
