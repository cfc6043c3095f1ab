-- A category records who changed it last and when; incidents keep their category's code in their own history.
DROP TABLE incident_category_aud;
ALTER TABLE incident_category ADD COLUMN updated_by text NOT NULL DEFAULT 'system',
                              ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
