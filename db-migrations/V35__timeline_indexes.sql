-- The timeline (issue 15). Its window opens on the span of the matching items; the span's last day is the largest
-- date_to, which without this index costs a scan of every incident (50 ms at 100,000 incidents, 0.4 ms with it).
-- The first day comes from incident_state_date_idx, statements' dates from statement_said_on_idx.
CREATE INDEX incident_date_to_idx ON incident (date_to);
