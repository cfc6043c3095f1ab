-- Indexes for the dashboards' read models (issue 4). Dashboards count published items only.

-- "Last update" and "latest changes": newest published rows first.
CREATE INDEX incident_published_updated_idx ON incident (updated_at DESC, id DESC) WHERE workflow_state = 'PUBLISHED';
CREATE INDEX statement_published_updated_idx ON statement (updated_at DESC) WHERE workflow_state = 'PUBLISHED';
CREATE INDEX source_published_updated_idx ON source (updated_at DESC) WHERE workflow_state = 'PUBLISHED';

-- Supplier -> recipient flows and per-incident party look-ups (the existing index leads with the country).
CREATE INDEX incident_party_incident_role_idx ON incident_party (incident_id, role, country_code);
