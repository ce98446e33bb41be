// Situation reports and exports over HTTP, against a real embedded store holding the examples: media types,
// file names, bodies that parse and validate against docs/schemas, the same bytes as the CLI's golden files,
// and the API's one error shape for bad formats, times and incidents. (The PDF is printed in test/web/share.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { parseCsv } from '../../src/share/csv.js';
import { EVENT_COLUMNS } from '../../src/share/events.js';
import { CLAIM_COLUMNS, FIGURE_COLUMNS } from '../../src/share/rows.js';
import { ROOT, tempStore, type TempStore } from './helpers.js';

const JAFFAR = 'jaffar-express-hijacking';
const RANA = 'rana-plaza-collapse';
const GOLDEN = join(ROOT, 'test', 'fixtures', 'share');

let t: TempStore;
let app: FastifyInstance;

beforeAll(async () => {
  t = await tempStore(false);
  const s = await ingestPaths(t.store, [join(ROOT, 'examples')], {});
  expect(s.stored).toBe(13);
  app = buildServer({ store: t.store, rateLimit: false });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await t?.cleanup();
});

async function get(url: string) {
  const r = await app.inject({ url });
  return { status: r.statusCode, type: String(r.headers['content-type']), disposition: String(r.headers['content-disposition']), body: r.body, headers: r.headers };
}

function schema(name: string) {
  return new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'docs', 'schemas', `${name}.schema.json`), 'utf8')));
}

/** CSV cells are text: the typed object the schema describes. */
function typed(header: string[], cells: string[], ints: readonly string[], bools: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(header.map((h, i) => {
    const v = cells[i];
    return [h, v === '' ? null : ints.includes(h) ? Number(v) : bools.includes(h) ? v === 'true' : v];
  }));
}

const golden = (name: string) => readFileSync(join(GOLDEN, name), 'utf8');

describe('GET /api/incidents/:slug/report', () => {
  it.each([
    ['', 'text/markdown; charset=utf-8', `${JAFFAR}.sitrep.md`, `${JAFFAR}.md`],
    ['?format=md&asOf=2025-03-11T23:59:59Z', 'text/markdown; charset=utf-8', `${JAFFAR}.sitrep-as-of-2025-03-11T235959Z.md`, `${JAFFAR}.day-one.md`],
    ['?asOf=2025-03-13T00:00:00Z&since=2025-03-12T00:00:00Z', 'text/markdown; charset=utf-8', `${JAFFAR}.sitrep-as-of-2025-03-13T000000Z.md`, `${JAFFAR}.day-two-changes.md`],
    ['?format=html', 'text/html; charset=utf-8', `${JAFFAR}.sitrep.html`, `${JAFFAR}.html`],
  ])('%s: an attachment with the same text as `sitrep report` (golden)', async (query, type, filename, goldenName) => {
    const r = await get(`/api/incidents/${JAFFAR}/report${query}`);
    expect(r.status, r.body).toBe(200);
    expect(r.type).toBe(type);
    expect(r.disposition).toBe(`attachment; filename="${filename}"`);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.body).toBe(golden(goldenName));
  });

  it.each([
    ['?format=docx', 400, 'bad_request', /format must be equal to one of the allowed values/],
    ['?format=md&colour=red', 400, 'bad_request', /must NOT have additional properties/],
    ['?asOf=yesterday', 400, 'bad_request', /^asOf "yesterday" is not an ISO-8601/],
    ['?since=2025-13-40', 400, 'bad_request', /^since /],
    ['?asOf=2025-03-12T00:00:00Z&since=2025-03-13T00:00:00Z', 400, 'bad_request', /since must not be later than asOf/],
    ['?asOf=2000-01-01T00:00:00Z', 404, 'not_found', /no report published by 2000-01-01T00:00:00Z/],
  ])('%s is refused with %i %s', async (query, status, code, message) => {
    const r = await get(`/api/incidents/${JAFFAR}/report${query}`);
    expect(r.status).toBe(status);
    expect(r.type).toMatch(/^application\/json/);
    const body = JSON.parse(r.body) as { error: { code: string; message: string } };
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
    expect(r.headers['content-disposition']).toBeUndefined();
  });

  it('answers 503 pdf_unavailable when chromium is missing, in the one error shape', async () => {
    const before = process.env.SITREP_CHROMIUM;
    process.env.SITREP_CHROMIUM = join(ROOT, 'no-such-chromium');
    try {
      const r = await get(`/api/incidents/${JAFFAR}/report?format=pdf`);
      expect(r.status).toBe(503);
      expect(JSON.parse(r.body)).toEqual({ error: { code: 'pdf_unavailable', message: expect.stringContaining('no-such-chromium not found') } });
    } finally {
      if (before === undefined) delete process.env.SITREP_CHROMIUM;
      else process.env.SITREP_CHROMIUM = before;
    }
  });

  it('answers 404 for an unknown incident and 400 for a slug that cannot be one', async () => {
    const r = await get('/api/incidents/no-such-incident/report');
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body)).toEqual({ error: { code: 'not_found', message: 'incident "no-such-incident" not found' } });
    expect((await get('/api/incidents/Not%20A%20Slug/report')).status).toBe(400);
  });
});

describe('GET /api/incidents/:slug/export', () => {
  it.each([
    ['csv', '', `${JAFFAR}.claims.csv`],
    ['csv', '&what=figures', `${JAFFAR}.figures.csv`],
    ['hxl', '', `${JAFFAR}.hxl.csv`],
    ['events', '', `${JAFFAR}.events.csv`],
    ['geojson', '', `${JAFFAR}.geojson`],
  ])('%s%s: the same bytes as `sitrep export` (golden %s)', async (format, extra, name) => {
    const r = await get(`/api/incidents/${JAFFAR}/export?format=${format}${extra}`);
    expect(r.status, r.body).toBe(200);
    expect(r.disposition).toBe(`attachment; filename="${name}"`);
    expect(r.body).toBe(golden(name));
  });

  it('csv: text/csv, every claim row valid against claim-row.schema.json', async () => {
    const r = await get(`/api/incidents/${RANA}/export?format=csv`);
    expect(r.type).toBe('text/csv; charset=utf-8; header=present');
    const [header, ...rows] = parseCsv(r.body);
    expect(header).toEqual(CLAIM_COLUMNS);
    expect(rows.length).toBeGreaterThan(3);
    const validate = schema('claim-row');
    for (const cells of rows) {
      const o = typed(header, cells, ['low', 'high', 'span_start', 'span_end'], ['confirmed']);
      expect(validate(o), JSON.stringify(validate.errors)).toBe(true);
      expect(o.incident).toBe(RANA);
    }
  });

  it('jsonl: NDJSON in the import format, every line valid against import-line.schema.json', async () => {
    const r = await get(`/api/incidents/${JAFFAR}/export?format=jsonl`);
    expect(r.type).toBe('application/x-ndjson; charset=utf-8');
    expect(r.disposition).toBe(`attachment; filename="${JAFFAR}.claims.jsonl"`);
    const lines = r.body.trim().split('\n').map((l) => JSON.parse(l) as { incident: string; report: { copy_of?: string } });
    expect(lines).toHaveLength(9);
    const validate = schema('import-line');
    for (const l of lines) expect(validate(l), JSON.stringify(validate.errors)).toBe(true);
    expect(lines.filter((l) => l.report.copy_of)).toHaveLength(1);
  });

  it('jsonl of figures: every line valid against figure-row.schema.json', async () => {
    const r = await get(`/api/incidents/${JAFFAR}/export?format=jsonl&what=figures`);
    expect(r.disposition).toBe(`attachment; filename="${JAFFAR}.figures.jsonl"`);
    const validate = schema('figure-row');
    const rows = r.body.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(rows[0])).toEqual(FIGURE_COLUMNS);
    for (const row of rows) expect(validate(row), JSON.stringify(validate.errors)).toBe(true);
  });

  it('events: conflict-event rows valid against event-row.schema.json', async () => {
    const r = await get(`/api/incidents/${JAFFAR}/export?format=events`);
    expect(r.type).toBe('text/csv; charset=utf-8; header=present');
    const [header, ...rows] = parseCsv(r.body);
    expect(header).toEqual(EVENT_COLUMNS);
    const ints = EVENT_COLUMNS.filter((c) => /_(low|best|high)$|^fatalities$|^source_count$/.test(c));
    const validate = schema('event-row');
    for (const cells of rows) expect(validate(typed(header, cells, ints)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('hxl and geojson: a hashtag row, and a FeatureCollection served as application/geo+json', async () => {
    const hxl = await get(`/api/incidents/${JAFFAR}/export?format=hxl`);
    const [, tags] = parseCsv(hxl.body);
    expect(tags).toEqual(expect.arrayContaining(['#affected+killed', '#meta+source']));
    const geo = await get(`/api/incidents/${JAFFAR}/export?format=geojson`);
    expect(geo.type).toBe('application/geo+json; charset=utf-8');
    const g = JSON.parse(geo.body) as { type: string; features: unknown[] };
    expect(g.type).toBe('FeatureCollection');
    expect(g.features.length).toBeGreaterThan(0);
  });

  it.each([
    [`/api/incidents/${JAFFAR}/export?format=xml`, 400, 'bad_request'],
    [`/api/incidents/${JAFFAR}/export?format=csv&what=everything`, 400, 'bad_request'],
    ['/api/incidents/no-such-incident/export?format=csv', 404, 'not_found'],
    ['/api/export?format=pdf', 400, 'bad_request'],
  ])('%s is refused with %i', async (url, status, code) => {
    const r = await get(url);
    expect(r.status).toBe(status);
    expect((JSON.parse(r.body) as { error: { code: string } }).error.code).toBe(code);
  });
});

describe('GET /api/export (every incident)', () => {
  it('exports both incidents in one file named for all of them', async () => {
    const r = await get('/api/export?format=csv&what=figures');
    expect(r.status).toBe(200);
    expect(r.disposition).toBe('attachment; filename="sitrep-all-incidents.figures.csv"');
    const [header, ...rows] = parseCsv(r.body);
    expect(new Set(rows.map((c) => c[header.indexOf('incident')]))).toEqual(new Set([JAFFAR, RANA]));
    const all = await get('/api/export?format=jsonl');
    expect(all.body.trim().split('\n')).toHaveLength(13);
  });
});

describe('with an access token', () => {
  it('downloads only with the token (header or the dashboard cookie)', async () => {
    const guarded = buildServer({ store: t.store, rateLimit: false, token: 'desk-secret' });
    await guarded.ready();
    try {
      const url = `/api/incidents/${JAFFAR}/export?format=hxl`;
      const without = await guarded.inject({ url });
      expect(without.statusCode).toBe(401);
      expect(without.json().error.code).toBe('unauthorized');
      expect(without.headers['content-disposition']).toBeUndefined();
      const bearer = await guarded.inject({ url, headers: { authorization: 'Bearer desk-secret' } });
      expect(bearer.statusCode).toBe(200);
      expect(bearer.body).toBe(golden(`${JAFFAR}.hxl.csv`));
      const cookie = await guarded.inject({ url: '/api/export?format=events', headers: { cookie: 'sitrep_token=desk-secret' } });
      expect(cookie.statusCode).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});

describe('OpenAPI', () => {
  it('documents the downloads with their media types and Content-Disposition', async () => {
    const doc = JSON.parse((await get('/api/openapi.json')).body) as { paths: Record<string, { get: { responses: Record<string, { content: Record<string, unknown>; headers?: Record<string, unknown> }>; parameters: Array<{ name: string }> } }> };
    const report = doc.paths['/api/incidents/{slug}/report'].get;
    expect(Object.keys(report.responses['200'].content)).toEqual(['text/markdown', 'text/html', 'application/pdf']);
    expect(report.responses['200'].headers).toHaveProperty('Content-Disposition');
    expect(report.parameters.map((p) => p.name)).toEqual(['slug', 'format', 'asOf', 'since']);
    expect(Object.keys(report.responses)).toEqual(expect.arrayContaining(['400', '404', '503']));
    const exp = doc.paths['/api/incidents/{slug}/export'].get;
    expect(Object.keys(exp.responses['200'].content)).toEqual(['text/csv', 'application/x-ndjson', 'application/geo+json']);
    expect(doc.paths['/api/export'].get.parameters.map((p) => p.name)).toEqual(['format', 'what']);
  });
});
