// The sitrep commands end to end: the built CLI as a subprocess against a throwaway SQLite store.
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { EXAMPLES, FIXTURES, SEED, sitrep, stderrLines, tempStore } from './run.js';

const store = tempStore();
const env = { SITREP_DB: store.db };
afterAll(() => store.cleanup());

describe('extract --json', () => {
  it('prints the claims of the seed per the contract and stores nothing', () => {
    const r = sitrep(['extract', '--json', SEED], { env });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(SEED, 'utf8');
    const out = JSON.parse(r.stdout);
    expect(out.extractor).toEqual({ name: expect.any(String), version: expect.any(String) });
    expect(out.claims.length).toBeGreaterThan(5);
    const figures = out.claims.filter((c: { type: string }) => c.type === 'figure');
    for (const c of figures) {
      expect(c).toMatchObject({
        type: 'figure', measure: expect.any(String), group: expect.any(String),
        value: { hedge: expect.any(String) }, source: { name: expect.any(String), kind: expect.any(String) },
        span: { start: expect.any(Number), end: expect.any(Number) },
      });
      expect('low' in c.value && 'high' in c.value).toBe(true);
      expect(c.span.start).toBeGreaterThanOrEqual(0);
      expect(c.span.end).toBeLessThanOrEqual(text.length);
    }
    const held = figures.find((c: { measure: string; value: { low: number } }) => c.measure === 'held' && c.value.low === 214);
    expect(held, 'the 214 hostages of the seed').toBeDefined();
    expect(text.slice(held.span.start, held.span.end)).toContain('214');
    // the count a coder would record, naming the claims it adds up
    expect(out.counts.held).toEqual({ value: 214, claims: [held.id] });
    for (const c of Object.values(out.counts) as Array<{ claims: string[] }>) {
      for (const id of c.claims) expect(figures.some((f: { id: string }) => f.id === id)).toBe(true);
    }
    expect(sitrep(['incidents', '--json'], { env }).stdout).toContain('"incidents": []');
  });

  it('reads standard input with "-" and gives the same figures as from the file', () => {
    const fromFile = JSON.parse(sitrep(['extract', '--json', SEED], { env }).stdout);
    // The file's sidecar supplies the outlet (the outlet's own voice is a source); give it as flags here.
    const side = JSON.parse(readFileSync(SEED.replace(/\.txt$/, '.meta.json'), 'utf8'));
    const flags = ['--outlet', side.outlet, '--published', side.published, '--url', side.url, '--title', side.title];
    const r = sitrep(['extract', '--json', ...flags, '-'], { env, input: readFileSync(SEED) });
    expect(r.code, r.stderr).toBe(0);
    const figures = (x: { claims: Array<{ type: string }> }) => x.claims.filter((c) => c.type === 'figure');
    expect(figures(JSON.parse(r.stdout))).toEqual(figures(fromFile));
  });

  it('prints one readable line per claim without --json', () => {
    const r = sitrep(['extract', SEED], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ claims \(/);
    expect(r.stdout).toMatch(/figure {2}held\/hostages .*214/);
  });
});

describe('ingest, incidents, reports, show', () => {
  const batch = join(FIXTURES, 'batch');
  let first: string;

  beforeAll(() => {
    const r = sitrep(['ingest', batch], { env });
    expect(r.code, r.stderr).toBe(0);
    first = r.stdout;
  });

  it('stores each file of a directory under its sidecar incident and prints one line per file', () => {
    const lines = first.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^stored +\S+ferry-capsized\.txt {2}incident=lake-morrow-ferry {2}claims=\d+ {2}id=[0-9a-f]{12}$/);
    expect(lines[1]).toMatch(/^stored +\S+nested\/ferry-update\.md {2}incident=lake-morrow-ferry {2}claims=\d+/);
    expect(lines[2]).toBe('2 files: 2 stored, 0 unchanged, 0 refused');
  });

  it('re-ingesting the same bytes changes nothing and says so per file', () => {
    const r = sitrep(['ingest', batch], { env });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const claims = (s: string) => /claims=(\d+)/.exec(s)?.[1];
    const firstLines = first.trim().split('\n');
    for (const i of [0, 1]) {
      expect(lines[i]).toMatch(/^unchanged .*\(already stored: nothing changed\)$/);
      expect(claims(lines[i])).toBe(claims(firstLines[i]));
    }
    expect(lines[2]).toBe('2 files: 0 stored, 2 unchanged, 0 refused');
    // Even with other metadata and another incident, the same text is the same report.
    const again = sitrep(['ingest', '--incident', 'other-slug', join(batch, 'ferry-capsized.txt')], { env });
    expect(again.stdout).toMatch(/^unchanged .*incident=lake-morrow-ferry/);
  });

  it('lists incidents as a table and as JSON', () => {
    const t = sitrep(['incidents'], { env });
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/^INCIDENT +REPORTS +CLAIMS +FIRST PUBLISHED +LAST PUBLISHED/);
    expect(t.stdout).toMatch(/lake-morrow-ferry +2 +\d+ +2024-06-02T21:30:00Z +2024-06-03T09:00:00Z/);
    const j = JSON.parse(sitrep(['incidents', '--json'], { env }).stdout);
    expect(j.incidents).toEqual([expect.objectContaining({ slug: 'lake-morrow-ferry', reports: 2 })]);
  });

  it('lists the reports of an incident in publish order', () => {
    const j = JSON.parse(sitrep(['reports', 'lake-morrow-ferry', '--json'], { env }).stdout);
    expect(j.reports.map((r: { outlet: string }) => r.outlet)).toEqual(['example-news.test', 'wire.test']);
    expect(j.reports[0]).toMatchObject({ origin: 'extracted', title: 'Ferry capsizes on Lake Morrow', url: 'https://example-news.test/ferry' });
    expect(j.reports[0].text).toBeUndefined();
    const t = sitrep(['reports', 'lake-morrow-ferry'], { env });
    expect(t.stdout.split('\n')[0]).toMatch(/^SEQ +ID +PUBLISHED +OUTLET +ORIGIN +CLAIMS +EXTRACTOR +TITLE$/);
    expect(t.stdout).toContain('Ferry toll rises');
  });

  it('shows the picture as JSON per the contract', () => {
    const r = sitrep(['show', 'lake-morrow-ferry', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p).toMatchObject({ figures: expect.any(Array), events: expect.any(Array), sources: expect.any(Array), checks: expect.any(Array) });
    expect(p.figures.length).toBeGreaterThan(0);
    for (const f of p.figures) {
      expect(f).toMatchObject({ measure: expect.any(String), group: expect.any(String), claims: expect.any(Array), conflicts: expect.any(Array) });
      expect(Object.keys(f.estimate)).toEqual(expect.arrayContaining(['low', 'best', 'high', 'rule']));
      for (const c of f.claims) {
        expect(c).toMatchObject({ value: { hedge: expect.any(String) }, source: { name: expect.any(String), kind: expect.any(String) } });
        expect(Object.keys(c.report)).toEqual(expect.arrayContaining(['outlet', 'published']));
      }
    }
    for (const s of p.sources) expect(s).toMatchObject({ name: expect.any(String), kind: expect.any(String), aliases: expect.any(Array) });
    for (const c of p.checks) expect(c).toMatchObject({ kind: expect.any(String), ok: expect.any(Boolean), message: expect.any(String) });
    const killed = p.figures.find((f: { measure: string }) => f.measure === 'killed');
    expect(killed.claims.map((c: { report: { outlet: string } }) => c.report.outlet)).toContain('wire.test');
  });

  it('shows the picture as text, without colour when NO_COLOR is set', () => {
    const r = sitrep(['show', 'lake-morrow-ferry'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(50);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stdout).toContain('killed');
  });

  it('shows the picture as of a time, with what changed since an earlier one', () => {
    // The two reports were published 2024-06-02T21:30Z and 2024-06-03T09:00Z.
    const asOf = JSON.parse(sitrep(['show', 'lake-morrow-ferry', '--json', '--as-of', '2024-06-03T00:00:00Z'], { env }).stdout);
    expect(asOf.reports.map((r: { outlet: string }) => r.outlet)).toEqual(['example-news.test']);
    expect(asOf.since).toBeUndefined();
    expect(asOf.generatedAt).toBe('2024-06-03T00:00:00Z');
    const since = JSON.parse(sitrep(['show', 'lake-morrow-ferry', '--json', '--since', '2024-06-03T00:00:00Z'], { env }).stdout);
    expect(since.reports).toHaveLength(2);
    expect(since.since.at).toBe('2024-06-03T00:00:00Z');
    expect(since.since.changes[0]).toBe('1 new report');
    const text = sitrep(['show', 'lake-morrow-ferry', '--since', '2024-06-03T00:00:00Z'], { env });
    expect(text.stdout).toMatch(/^CHANGES SINCE 2024-06-03 00:00Z\n {2}· 1 new report\n/m);
    // The same picture as of a later time changed nothing since then.
    const still = sitrep(['show', 'lake-morrow-ferry', '--as-of', '2024-06-04T00:00:00Z', '--since', '2024-06-03T12:00:00Z'], { env });
    expect(still.stdout).toContain('CHANGES SINCE 2024-06-03 12:00Z\n  (nothing changed)');
    expect(still.stdout.split('\n')[0]).toMatch(/, as of 2024-06-04 00:00Z$/);
  });

  it.each([
    [['--as-of', '2024-06-01T00:00:00Z'], 1, 'sitrep: lake-morrow-ferry: no report published by 2024-06-01T00:00:00Z'],
    [['--as-of', '2024-06-02T00:00:00Z', '--since', '2024-06-03T00:00:00Z'], 2, 'sitrep: --since must not be later than --as-of'],
    [['--since', 'last week'], 2, /^sitrep: option '--since <iso>' argument 'last week' is invalid/],
  ])('show %j is refused with exit %i and one line', (args, code, message) => {
    const r = sitrep(['show', 'lake-morrow-ferry', ...args], { env });
    expect(r.code).toBe(code);
    expect(stderrLines(r)).toHaveLength(1);
    expect(stderrLines(r)[0]).toMatch(message);
  });

  it('refuses an unknown incident with exit 1 and one line', () => {
    for (const cmd of ['show', 'reports']) {
      const r = sitrep([cmd, 'no-such-thing'], { env });
      expect(r.code).toBe(1);
      expect(stderrLines(r)).toEqual(['sitrep: no-such-thing: no such incident (see sitrep incidents)']);
    }
  });

  it('reextract redoes only reports from another extractor version, or all with --all', async () => {
    const current = sitrep(['reextract'], { env });
    expect(current.code, current.stderr).toBe(0);
    expect(current.stdout).toMatch(/^re-extracted 0 reports .*; 2 already current; 0 imported left as coded$/m);

    // Pretend one report was extracted by an older version, with no claims.
    const s = await openStore(store.db);
    const [id] = await s.reportIds('extracted');
    await s.replaceClaims(id, [], 'sitrep-extract/0.0.1');
    await s.close();

    const r = sitrep(['reextract'], { env });
    expect(r.stdout).toMatch(/^re-extracted 1 report with extractor \S+ \(\d+ claims\); 1 already current/m);
    const after = await openStore(store.db);
    expect((await after.getReport(id))?.extractorVersion).not.toBe('sitrep-extract/0.0.1');
    const rows = await after.incidentClaims('lake-morrow-ferry');
    expect(rows.find((x) => x.report.id === id)?.claims.length).toBeGreaterThan(0);
    await after.close();

    expect(sitrep(['reextract', '--all'], { env }).stdout).toMatch(/^re-extracted 2 reports .*; 0 already current/m);
  });
});

describe('import', () => {
  const jsonl = join(FIXTURES, 'claims.jsonl');

  it('stores the valid lines, refuses the others with line-numbered errors, exit 1', () => {
    const r = sitrep(['import', jsonl], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^stored +\S+claims\.jsonl:1 {2}incident=mine-collapse-test {2}claims=1 /m);
    expect(r.stdout).toMatch(/^stored +\S+claims\.jsonl:3 {2}incident=mine-collapse-test {2}claims=2 /m);
    expect(r.stdout).toMatch(/^4 lines: 2 stored, 0 unchanged, 2 refused$/m);
    const err = stderrLines(r);
    expect(err).toHaveLength(2);
    expect(err[0]).toBe(`sitrep: ${jsonl}:4: claims[0].measure "exploded" is not one of killed, injured, held, freed, present, missing, arrested, displaced, affected, other`);
    expect(err[1]).toMatch(new RegExp(`^sitrep: ${jsonl}:5: not valid JSON \\(`));
  });

  it('re-importing changes nothing', () => {
    const r = sitrep(['import', jsonl], { env });
    expect(r.stdout).toMatch(/^4 lines: 0 stored, 2 unchanged, 2 refused$/m);
    expect(r.stdout).toContain('(already stored: nothing changed)');
  });

  it('keeps claims as given, unknown fields included, with origin "imported"', async () => {
    const s = await openStore(store.db);
    const rows = await s.incidentClaims('mine-collapse-test');
    await s.close();
    expect(rows).toHaveLength(2);
    const r1 = rows.find((x) => x.report.externalId === 'r1')!;
    expect(r1.report).toMatchObject({ origin: 'imported', outlet: 'example.test', extractorVersion: 'import' });
    expect(r1.report.text).toBe('Rescuers said 14 miners were trapped after the roof gave way.');
    expect(r1.claims).toEqual([expect.objectContaining({ id: 'c1', measure: 'missing', coder: 'hand', confidence: 0.9, span: { start: 14, end: 24 } })]);
    const r2 = rows.find((x) => x.report.externalId === 'r2')!;
    expect(r2.claims[0]).toMatchObject({ value: { low: 3, high: null, hedge: 'at_least' } });
  });

  it('reads standard input and shows the imported incident like any other', () => {
    const line = JSON.stringify({ incident: 'stdin-import', report: { id: 'x' }, claims: [
      { id: 'a', type: 'figure', measure: 'injured', group: 'people', value: { low: 5, high: 5, hedge: 'exact' }, source: { name: 'medics', kind: 'official' } },
    ] });
    const r = sitrep(['import', '-'], { env, input: `${line}\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^stored +<stdin>:1 +incident=stdin-import/);
    const p = JSON.parse(sitrep(['show', 'stdin-import', '--json'], { env }).stdout);
    expect(p.figures[0]).toMatchObject({ measure: 'injured', group: 'people' });
    expect(sitrep(['import', '-'], { env, input: `${line}\n` }).stdout).toMatch(/^unchanged/);
    expect(sitrep(['reextract'], { env }).stdout).toMatch(/2 imported left as coded|3 imported left as coded/);
  });
});

describe('usage and exit codes', () => {
  it.each([
    [['frobnicate'], /^sitrep: unknown command 'frobnicate'/],
    [['ingest', '--frob', 'x'], /^sitrep: unknown option '--frob'/],
    [['show'], /^sitrep: missing required argument 'incident'/],
    [['extract', '--json'], /^sitrep: missing required argument/],
    [['ingest', '--incident', 'Not A Slug', 'x.txt'], /^sitrep: option '--incident <slug>' argument 'Not A Slug' is invalid/],
    [['ingest', '--published', 'yesterday', 'x.txt'], /is not an ISO-8601 date/],
    [['ingest', '--max-bytes', 'lots', 'x.txt'], /expected a size in bytes/],
    [['show', 'a', 'b'], /too many arguments/],
    [[], /^sitrep: |Usage: sitrep/],
  ])('%j is a usage error: exit 2, one line', (args, message) => {
    const r = sitrep(args as string[], { env });
    expect(r.code).toBe(2);
    if (args.length) expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it.each([[[]], [['extract']], [['ingest']], [['import']], [['show']], [['incidents']], [['reports']], [['reextract']], [['start']]])(
    '%j --help prints help and exits 0', (args) => {
      const r = sitrep([...(args as string[]), '--help'], { env });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: sitrep/);
    },
  );

  it('chooses the store with --db over SITREP_DB', () => {
    const other = tempStore();
    try {
      const r = sitrep(['--db', other.db, 'incidents', '--json'], { env });
      expect(JSON.parse(r.stdout).incidents).toEqual([]);
      const after = sitrep(['incidents', '--db', other.db], { env });
      expect(after.stdout).toMatch(/no incidents yet/);
    } finally {
      other.cleanup();
    }
  });

  it('reports a store that cannot be opened in one line, exit 1, and a stack only with SITREP_DEBUG=1', () => {
    const bad = { SITREP_DB: 'mysql://nowhere/db' };
    const r = sitrep(['incidents'], { env: bad });
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toEqual([expect.stringMatching(/^sitrep: unsupported database URL scheme "mysql:"/)]);
    const d = sitrep(['incidents'], { env: { ...bad, SITREP_DEBUG: '1' } });
    expect(d.stderr).toMatch(/\n\s+at /);
  });
});

describe('automatic incident assignment', () => {
  it('files reports without --incident or sidecar under one incident when they share names', () => {
    const t = tempStore();
    try {
      const dir = join(t.dir, 'reports');
      mkdirSync(dir);
      copyFileSync(join(FIXTURES, 'batch', 'ferry-capsized.txt'), join(dir, 'one.txt'));
      copyFileSync(join(FIXTURES, 'batch', 'nested', 'ferry-update.md'), join(dir, 'two.md'));
      const r = sitrep(['ingest', dir], { env: { SITREP_DB: t.db } });
      expect(r.code, r.stderr).toBe(0);
      const slugs = [...r.stdout.matchAll(/incident=(\S+)/g)].map((m) => m[1]);
      expect(slugs).toHaveLength(2);
      expect(slugs[0]).toMatch(/^[a-z0-9-]+$/);
      expect(slugs[1]).toBe(slugs[0]);
    } finally {
      t.cleanup();
    }
  });
});

describe('start', () => {
  it('loads the bundled examples once and prints the picture of the seed incident', () => {
    const t = tempStore();
    try {
      const reports = readdirSync(EXAMPLES).filter((f) => /\.(txt|md|text)$/.test(f) && !/^readme/i.test(f)).length;
      const first = sitrep(['start', '--no-serve'], { env: { SITREP_DB: t.db } });
      expect(first.code, first.stderr).toBe(0);
      expect(first.stderr).toBe('');
      const [head, ...rest] = first.stdout.split('\n');
      expect(head).toBe(`examples: ${reports} files: ${reports} stored, 0 unchanged, 0 refused`);
      expect(rest.join('\n')).toContain('jaffar-express-hijacking');
      const again = sitrep(['start', '--no-serve'], { env: { SITREP_DB: t.db } });
      expect(again.code).toBe(0);
      const [head2, ...rest2] = again.stdout.split('\n');
      expect(head2).toBe(`examples: ${reports} files: 0 stored, ${reports} unchanged, 0 refused`);
      expect(rest2).toEqual(rest);
      // A sidecar's copyOf names the original's file; the store links the copy to the original's id.
      const listed = JSON.parse(sitrep(['reports', 'jaffar-express-hijacking', '--json'], { env: { SITREP_DB: t.db } }).stdout).reports;
      const copies = listed.filter((r: { copyOf?: string }) => r.copyOf);
      const ids = new Set(listed.map((r: { id: string }) => r.id));
      for (const c of copies) expect(ids.has(c.copyOf)).toBe(true);
      const sidecars = readdirSync(EXAMPLES).filter((f) => f.endsWith('.meta.json'))
        .filter((f) => JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8')).copyOf);
      expect(copies).toHaveLength(sidecars.length);
    } finally {
      t.cleanup();
    }
  });
});
