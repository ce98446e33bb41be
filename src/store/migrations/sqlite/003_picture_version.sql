-- Change counters per incident, kept by triggers so that a write by any process (CLI, watcher, another
-- server) counts: a long-running server reads one row to learn whether its in-memory picture is current.
--   report_count      reports filed under the incident
--   picture_appends   reports added (the picture can catch up with the reports after its highest seq)
--   picture_rebuilds  anything else the picture reads changed: a report moved in or out, deleted, its
--                     claims replaced or its metadata changed, a review action taken or undone
-- Signatures are not read by the picture: updating them counts as nothing.
ALTER TABLE incidents ADD COLUMN report_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN picture_appends INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN picture_rebuilds INTEGER NOT NULL DEFAULT 0;
UPDATE incidents SET report_count = (SELECT count(*) FROM reports r WHERE r.incident = incidents.slug);

CREATE TRIGGER reports_added AFTER INSERT ON reports BEGIN
  UPDATE incidents SET report_count = report_count + 1, picture_appends = picture_appends + 1
  WHERE slug = NEW.incident;
END;

CREATE TRIGGER reports_changed AFTER UPDATE OF incident, outlet, published, published_ms, url, title, text, origin,
  copy_of, extra, extractor_version, claim_count ON reports BEGIN
  UPDATE incidents SET report_count = report_count - 1, picture_rebuilds = picture_rebuilds + 1
  WHERE slug = OLD.incident;
  UPDATE incidents SET report_count = report_count + 1, picture_rebuilds = picture_rebuilds + 1
  WHERE slug = NEW.incident;
END;

CREATE TRIGGER reports_removed AFTER DELETE ON reports BEGIN
  UPDATE incidents SET report_count = report_count - 1, picture_rebuilds = picture_rebuilds + 1
  WHERE slug = OLD.incident;
END;

-- Claims change with their report row (replaceClaims updates claim_count); a delete on its own counts too.
CREATE TRIGGER claims_removed AFTER DELETE ON claims BEGIN
  UPDATE incidents SET picture_rebuilds = picture_rebuilds + 1
  WHERE slug = (SELECT incident FROM reports WHERE id = OLD.report_id);
END;

CREATE TRIGGER review_actions_added AFTER INSERT ON review_actions BEGIN
  UPDATE incidents SET picture_rebuilds = picture_rebuilds + 1 WHERE slug = NEW.incident;
END;

CREATE TRIGGER review_actions_changed AFTER UPDATE ON review_actions BEGIN
  UPDATE incidents SET picture_rebuilds = picture_rebuilds + 1 WHERE slug IN (OLD.incident, NEW.incident);
END;
