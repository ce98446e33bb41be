-- Near-duplicate signatures (MinHash, base64; see src/ingest/web/near-duplicate.ts) kept with each report,
-- so that finding the original of a syndicated copy never has to read report texts back, and an index on
-- url so that a new version of a page (same URL, new text) is found as a revision.
ALTER TABLE reports ADD COLUMN signature TEXT;
CREATE INDEX reports_by_url ON reports(url);
