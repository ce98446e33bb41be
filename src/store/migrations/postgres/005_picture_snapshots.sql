-- The last picture JSON written for an incident, with the key it was computed under (the incident's change
-- counters and a hash of the code that makes pictures). `show --json` sends it as it is while the key still
-- holds: a 100 000-claim incident is ~70 MB of JSON that takes well over a second to recompute, and a desk
-- asks for the same picture many times between two writes. One row per incident, overwritten; a key that no
-- longer holds is never served (the counters only move forward), so a stale row costs space, not truth.
CREATE TABLE picture_snapshots (
  incident TEXT PRIMARY KEY,
  key TEXT NOT NULL,
  json BYTEA NOT NULL,
  stored_at TEXT NOT NULL
);
