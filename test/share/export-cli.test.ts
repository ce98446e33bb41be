// `sitrep export` through the built CLI on a temp store holding the examples: every format parses, every
// row validates against its published JSON Schema, and the jsonl export re-imports to the same picture.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/share/csv.js';
import { EVENT_COLUMNS } from '../../src/share/events.js';
import { CLAIM_COLUMNS, FIGURE_COLUMNS } from '../../src/share/rows.js';
import { EXAMPLES, ROOT, sitrep, tempStore } from '../cli/run.js';

const JAFFAR = 'jaffar-express-hijacking';
const RANA = 'rana-plaza-collapse';

function schema(name: string) {
  const ajv = new Ajv({ allErrors: true });
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs', 'schemas', `${name}.schema.json`), 'utf8')));
}

/** CSV cells are text: turn a row back into the typed object the schema describes. */
function typed(header: string[], cells: string[], ints: string[], bools: string[] = []): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  header.forEach((h, i) => {
    const v = cells[i];
    o[h] = v === '' ? null : ints.includes(h) ? Number(v) : bools.includes(h) ? v === 'true' : v;
  });
  return o;
}

/**
 * A picture with report ids (content hashes, new on import) replaced by their position, also where they
 * prefix claim ids ("<first 12 hex of the report id>:f2", as the store names claims).
 */
function normalised(json: string): unknown {
  const p = JSON.parse(json) as { reports: Array<{ id: string }>; generatedAt?: string };
  const ids = new Map(p.reports.map((r, i) => [r.id, `R${i}`]));
  delete p.generatedAt;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const m = /^([0-9a-f]{12}):(.*)$/.exec(v);
      const prefixed = m ? [...ids].find(([id]) => id.startsWith(m[1])) : undefined;
      return ids.get(v) ?? (prefixed ? `${prefixed[1]}:${m![2]}` : v);
    }
    // lists of ids are ordered by id, and the ids changed: compare them as sets
    if (Array.isArray(v)) return v.every((x) => typeof x === 'string') ? v.map(walk).sort() : v.map(walk);
    if (v && typeof v === 'object') {
      // seq is arrival order; externalId is the id a report had in the file it came from (the trip's own trace)
      return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'seq' && k !== 'externalId').map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(p);
}

let store: ReturnType<typeof tempStore>;
const db = () => ['--db', store.db];

beforeAll(() => {
  store = tempStore();
  const r = sitrep([...db(), 'ingest', EXAMPLES]);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => store.cleanup());

describe('sitrep export --format csv', () => {
  it('writes one row per figure claim, each valid against claim-row.schema.json', () => {
    const r = sitrep([...db(), 'export', JAFFAR, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('\r\n');
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual(CLAIM_COLUMNS);
    expect(rows.length).toBeGreaterThan(30);
    const validate = schema('claim-row');
    for (const cells of rows) {
      const o = typed(header, cells, ['low', 'high', 'span_start', 'span_end'], ['confirmed']);
      expect(validate(o), JSON.stringify(validate.errors)).toBe(true);
    }
    // the seed's party claim is there with its evidence sentence and marked unconfirmed
    const held = rows.map((c) => typed(header, c, ['low', 'high'], ['confirmed'])).find((o) => o.measure === 'held' && o.low === 214);
    expect(held).toMatchObject({ source_kind: 'militant', confirmed: false });
    expect(String(held?.evidence)).toContain('214');
  });

  it('writes one row per figure with --what figures, valid against figure-row.schema.json', () => {
    const r = sitrep([...db(), 'export', '--all', '--what', 'figures']);
    expect(r.code, r.stderr).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual(FIGURE_COLUMNS);
    const validate = schema('figure-row');
    const objs = rows.map((c) => typed(header, c, ['low', 'best', 'high', 'claims', 'sources', 'conflicts']));
    for (const o of objs) expect(validate(o), JSON.stringify(validate.errors)).toBe(true);
    expect(new Set(objs.map((o) => o.incident))).toEqual(new Set([JAFFAR, RANA]));
  });

  it('writes to --out and refuses a missing incident or no incident', () => {
    const out = join(store.dir, 'claims.csv');
    expect(sitrep([...db(), 'export', RANA, '--out', out]).stdout).toBe('');
    expect(readFileSync(out, 'utf8').startsWith('incident,claim_id,')).toBe(true);
    const missing = sitrep([...db(), 'export', 'no-such-incident']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^sitrep: no-such-incident: no such incident/);
    expect(sitrep([...db(), 'export']).code).toBe(2);
    expect(sitrep([...db(), 'export', RANA, '--format', 'xml']).code).toBe(2);
  });
});

describe('sitrep export --format jsonl (the import format)', () => {
  it('validates against import-line.schema.json, one line per report', () => {
    const r = sitrep([...db(), 'export', '--all', '--format', 'jsonl']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(13);
    const validate = schema('import-line');
    for (const l of lines) expect(validate(JSON.parse(l)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('re-imports into a fresh store to the same picture, syndication links included', () => {
    const file = join(store.dir, 'all.jsonl');
    expect(sitrep([...db(), 'export', '--all', '--format', 'jsonl', '--out', file]).code).toBe(0);
    const exported = readFileSync(file, 'utf8');
    expect(exported).toContain('"copy_of":');
    const fresh = tempStore();
    try {
      const imp = sitrep(['--db', fresh.db, 'import', file]);
      expect(imp.code, imp.stderr).toBe(0);
      expect(sitrep(['--db', fresh.db, 'import', file]).stdout).toContain('0 stored, 13 unchanged');
      const show = (db: string, incident: string) => JSON.parse(sitrep(['--db', db, 'show', incident, '--json']).stdout) as RoundTripPicture;
      for (const incident of [JAFFAR, RANA]) {
        const [before, after] = [show(store.db, incident), show(fresh.db, incident)];
        // named parts first, so that a failure says which part of the picture moved
        expect(after.figures.map(estimateOf), incident).toEqual(before.figures.map(estimateOf));
        expect(after.figures.map(sourceCounts), incident).toEqual(before.figures.map(sourceCounts));
        expect(after.sources, incident).toEqual(before.sources);
        expect(after.checks.map(checkOf), incident).toEqual(before.checks.map(checkOf));
        expect(after.reports.map((r) => Boolean(r.copyOf)), incident).toEqual(before.reports.map((r) => Boolean(r.copyOf)));
        // each re-imported report names the report it was exported from
        expect(after.reports.map((r) => r.externalId), incident).toEqual(before.reports.map((r) => r.id));
        expect(normalised(JSON.stringify(after)), incident).toEqual(normalised(JSON.stringify(before)));
      }
      // the copy is linked to its original again: its claims have status "copy", as before the trip
      const copies = (p: RoundTripPicture) => p.figures.flatMap((f) => f.claims).filter((c) => c.status === 'copy').length;
      expect(copies(show(fresh.db, JAFFAR))).toBeGreaterThan(0);
      // and exporting the re-imported store writes the same lines
      expect(sitrep(['--db', fresh.db, 'export', '--all', '--format', 'jsonl']).stdout).toBe(exported);
    } finally {
      fresh.cleanup();
    }
  });
});

interface RoundTripPicture {
  figures: Array<{ measure: string; group: string; estimate: { low: unknown; best: unknown; high: unknown; rule: string }; claims: Array<{ status: string; source: { key?: string; name: string } }> }>;
  sources: unknown[];
  checks: Array<{ kind: string; ok: boolean; message: string }>;
  reports: Array<{ id: string; copyOf?: string; externalId?: string }>;
}
const estimateOf = (f: RoundTripPicture['figures'][number]) => [f.measure, f.group, f.estimate.low, f.estimate.best, f.estimate.high, f.estimate.rule];
const sourceCounts = (f: RoundTripPicture['figures'][number]) => [f.measure, f.group, new Set(f.claims.filter((c) => c.status !== 'copy').map((c) => c.source.name)).size, f.claims.length];
const checkOf = (c: RoundTripPicture['checks'][number]) => [c.kind, c.ok, c.message];

describe('sitrep export --format hxl and events', () => {
  it('hxl: a header row, a hashtag row, one row per group', () => {
    const r = sitrep([...db(), 'export', JAFFAR, '--format', 'hxl']);
    expect(r.code, r.stderr).toBe(0);
    const [header, tags, ...rows] = parseCsv(r.stdout);
    expect(tags.every((t) => t.startsWith('#'))).toBe(true);
    expect(tags).toEqual(expect.arrayContaining(['#date+reported', '#adm1+name', '#affected+killed', '#affected+killed+min', '#affected+killed+max', '#meta+source', '#meta+url']));
    expect(header).toHaveLength(tags.length);
    const killed = tags.indexOf('#affected+killed');
    const sf = rows.find((c) => c[tags.indexOf('#affected+type')] === 'security_forces');
    expect(Number(sf?.[killed])).toBeGreaterThan(0);
  });

  it('events: one row per event, valid against event-row.schema.json, fatalities on one row', () => {
    const r = sitrep([...db(), 'export', JAFFAR, '--format', 'events']);
    expect(r.code, r.stderr).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual(EVENT_COLUMNS);
    const ints = EVENT_COLUMNS.filter((c) => /_(low|best|high)$|^fatalities$|^source_count$/.test(c));
    const validate = schema('event-row');
    const objs = rows.map((c) => typed(header, c, ints));
    for (const o of objs) expect(validate(o), JSON.stringify(validate.errors)).toBe(true);
    const withToll = objs.filter((o) => o.fatalities !== null);
    expect(withToll).toHaveLength(1);
    expect(withToll[0]).toMatchObject({ event_type: 'hijacking' });
    expect(withToll[0].state_best).toBeGreaterThan(0);
  });
});

describe('golden exports of the Jaffar Express examples (UPDATE_GOLDEN=1 rewrites them)', () => {
  it.each([
    ['jaffar-express-hijacking.claims.csv', ['--format', 'csv']],
    ['jaffar-express-hijacking.figures.csv', ['--format', 'csv', '--what', 'figures']],
    ['jaffar-express-hijacking.hxl.csv', ['--format', 'hxl']],
    ['jaffar-express-hijacking.events.csv', ['--format', 'events']],
    ['jaffar-express-hijacking.geojson', ['--format', 'geojson']],
  ])('%s', (name, args) => {
    const r = sitrep([...db(), 'export', JAFFAR, ...args]);
    expect(r.code, r.stderr).toBe(0);
    const golden = join(ROOT, 'test', 'fixtures', 'share', name);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) writeFileSync(golden, r.stdout);
    expect(r.stdout).toBe(readFileSync(golden, 'utf8'));
  });
});

describe('sitrep export --format geojson', () => {
  it('writes a FeatureCollection of located events, ambiguous places without geometry', () => {
    const r = sitrep([...db(), 'export', '--all', '--format', 'geojson']);
    expect(r.code, r.stderr).toBe(0);
    const g = JSON.parse(r.stdout) as { type: string; features: Array<{ geometry: { coordinates: number[] } | null; properties: Record<string, unknown> }> };
    expect(g.type).toBe('FeatureCollection');
    const quetta = g.features.find((f) => f.properties.place === 'Quetta station');
    expect(quetta?.geometry?.coordinates.map(Math.round)).toEqual([67, 30]);
    expect(g.features.find((f) => f.properties.place === 'Dhaka')?.properties.country).toBe('BD');
    for (const f of g.features) expect(f.geometry === null).toBe(f.properties.ambiguous === true);
  });
});
