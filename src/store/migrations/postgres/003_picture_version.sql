-- Change counters per incident, kept by triggers so that a write by any process (CLI, watcher, another
-- server) counts: a long-running server reads one row to learn whether its in-memory picture is current.
--   report_count      reports filed under the incident
--   picture_appends   reports added (the picture can catch up with the reports after its highest seq)
--   picture_rebuilds  anything else the picture reads changed: a report moved in or out, deleted, its
--                     claims replaced or its metadata changed, a review action taken or undone
-- Signatures are not read by the picture: updating them counts as nothing.
ALTER TABLE incidents ADD COLUMN report_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN picture_appends BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN picture_rebuilds BIGINT NOT NULL DEFAULT 0;
UPDATE incidents SET report_count = (SELECT count(*) FROM reports r WHERE r.incident = incidents.slug);

-- Inserts come in batches of hundreds: one UPDATE per statement and incident, not per row.
CREATE FUNCTION sitrep_reports_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Locked in slug order first, so two batches touching the same incidents cannot deadlock here; NO KEY
  -- UPDATE leaves the key-share locks of other writers' foreign key checks alone.
  PERFORM 1 FROM incidents WHERE slug IN (SELECT DISTINCT incident FROM added) ORDER BY slug FOR NO KEY UPDATE;
  UPDATE incidents i SET report_count = i.report_count + n.k, picture_appends = i.picture_appends + n.k
  FROM (SELECT incident, count(*) AS k FROM added GROUP BY incident) n WHERE i.slug = n.incident;
  RETURN NULL;
END $$;
CREATE TRIGGER reports_added AFTER INSERT ON reports REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION sitrep_reports_added();

CREATE FUNCTION sitrep_reports_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE incidents SET report_count = report_count - 1, picture_rebuilds = picture_rebuilds + 1 WHERE slug = OLD.incident;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    UPDATE incidents SET report_count = report_count + 1, picture_rebuilds = picture_rebuilds + 1 WHERE slug = NEW.incident;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER reports_changed AFTER UPDATE OF incident, outlet, published, published_ms, url, title, text, origin,
  copy_of, extra, extractor_version, claim_count ON reports FOR EACH ROW EXECUTE FUNCTION sitrep_reports_changed();
CREATE TRIGGER reports_removed AFTER DELETE ON reports FOR EACH ROW EXECUTE FUNCTION sitrep_reports_changed();

-- Claims change with their report row (replaceClaims updates claim_count); a delete on its own counts too.
CREATE FUNCTION sitrep_claims_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE incidents SET picture_rebuilds = picture_rebuilds + 1
  WHERE slug IN (SELECT r.incident FROM reports r WHERE r.id IN (SELECT report_id FROM removed));
  RETURN NULL;
END $$;
CREATE TRIGGER claims_removed AFTER DELETE ON claims REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION sitrep_claims_removed();

CREATE FUNCTION sitrep_review_actions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.incident <> NEW.incident THEN
    UPDATE incidents SET picture_rebuilds = picture_rebuilds + 1 WHERE slug = OLD.incident;
  END IF;
  UPDATE incidents SET picture_rebuilds = picture_rebuilds + 1 WHERE slug = NEW.incident;
  RETURN NULL;
END $$;
CREATE TRIGGER review_actions_changed AFTER INSERT OR UPDATE ON review_actions
  FOR EACH ROW EXECUTE FUNCTION sitrep_review_actions_changed();
