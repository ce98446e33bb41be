// show --json and the API write a picture as UTF-8 chunks (pictures/json.ts): the bytes must be exactly
// Buffer.from(JSON.stringify(picture)), on every coded stream and on an incident shaped like the bench's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticIncident } from '../../bench/synthetic.js';
import type { Claim } from '../../src/extract/types.js';
import { FragmentCache, jsonBuffer, jsonChunks } from '../../src/pictures/json.js';
import { createPictureCache, reconcileIncident } from '../../src/reconcile/index.js';
import type { Picture, ReconcileInput } from '../../src/reconcile/types.js';

const STREAMS = new URL('../fixtures/streams/', import.meta.url);

function stream(slug: string): ReconcileInput {
  const rows = readFileSync(new URL(`${slug}.coded.jsonl`, STREAMS), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { incident: string; report: ReconcileInput['reports'][number]['report']; claims: Claim[] });
  return { incident: rows[0].incident, reports: rows.map((r, seq) => ({ report: { ...r.report, seq }, claims: r.claims })) };
}

function expectSameBytes(picture: Picture, size?: number): void {
  const chunks = [...jsonChunks(picture, size)];
  expect(Buffer.concat(chunks).equals(Buffer.from(JSON.stringify(picture)))).toBe(true);
}

describe('jsonChunks gives JSON.stringify\'s bytes', () => {
  it.each(['jaffar-express-hijacking', 'harrowgate-market-shooting', 'hotel-meridian-siege', 'pelican-star-ferry-sinking', 'tarsa-valley-earthquake'])(
    '%s (whole, and in chunks of 100 bytes)', (slug) => {
      const picture = reconcileIncident(stream(slug));
      expectSameBytes(picture);
      expectSameBytes(picture, 100);
    });

  it('a bench-shaped incident (400 reports x 20 claims), full and after incremental updates', () => {
    const items = syntheticIncident('bench-shaped', 420, 20);
    const reports = items.map((x, seq) => ({ report: { ...x.report, seq }, claims: x.claims }));
    const full = reconcileIncident({ incident: 'bench-shaped', reports });
    expectSameBytes(full);
    // Timeline summaries with "→" and check messages with "✗" are multi-byte: chunk edges fall between texts.
    expect(full.timeline.some((t) => t.summary.includes('→'))).toBe(true);
    expectSameBytes(full, 4096);
    const cache = createPictureCache({ incident: 'bench-shaped', reports: reports.slice(0, 400) });
    cache.picture();
    for (let i = 400; i < 420; i += 5) cache.add(reports.slice(i, i + 5));
    const incremental = cache.picture();
    expect(jsonBuffer(incremental).equals(jsonBuffer(full))).toBe(true);
  });

  it('a figure\'s claims copied for speed (pictures/lean.ts) keep odd shapes as they are', () => {
    const items = syntheticIncident('odd-shapes', 200, 20);
    const reports = items.map((x, seq) => ({ report: { ...x.report, seq }, claims: x.claims }));
    const picture = reconcileIncident({ incident: 'odd-shapes', reports });
    const claims = picture.figures[0].claims;
    expect(claims.length).toBeGreaterThan(64);
    const odd: Array<(c: Record<string, unknown>) => unknown> = [
      (c) => ({ ...c, span: { start: 1, end: 2, note: 'coder' } }), // a span with an extra key
      (c) => ({ ...c, span: { end: 2, start: 1 } }), // keys in another order
      (c) => ({ ...c, value: { low: 3, high: null, hedge: 'at_least', text: 'at least three' } }),
      (c) => ({ ...c, value: { hedge: 'exact', low: 3, high: 3 } }),
      (c) => ({ status: c.status, ...c }), // a claim whose keys are not in the reconciler's order
      (c) => ({ ...c, extra: [1, undefined, 'x'] }), // a key the reconciler never makes
      (c) => ({ ...c, text: undefined, confirmed: false, confirmedBy: ['a', 'b'] }),
      () => null,
    ];
    odd.forEach((f, i) => { claims[i] = f(claims[i] as unknown as Record<string, unknown>) as (typeof claims)[number]; });
    expectSameBytes(picture);
    expectSameBytes(picture, 100);
  });

  it('non-ASCII, escapes and lone surrogates are encoded as JSON.stringify then UTF-8 would', () => {
    const value = { s: ['✗ → ✓', 'line\nbreak "q" \\', '\ud83d\ude00 pair', 'lone \ud800 high'], n: [0, -0, 1.5, 1e21], x: null };
    for (const size of [1, 16, 1 << 20]) expect(Buffer.concat([...jsonChunks(value, size)]).toString('utf8')).toBe(JSON.stringify(value));
  });

});

describe('a fragment cache (a process that keeps a picture current) reuses only figures nobody changed', () => {
  function oneByOne(input: ReconcileInput, from: number, step: number): void {
    const cache = createPictureCache({ incident: input.incident, reports: input.reports.slice(0, from) });
    const fragments = new FragmentCache();
    let before = cache.picture();
    expect(jsonBuffer(before, fragments).equals(Buffer.from(JSON.stringify(before)))).toBe(true);
    let reused = 0;
    for (let i = from; i < input.reports.length; i += step) {
      const after = cache.add(input.reports.slice(i, i + step));
      const kept = new Set(before.figures);
      reused += after.figures.filter((f) => kept.has(f)).length;
      // Chunks of 4 KB as well: a cached figure's bytes are copied into a chunk or handed out whole.
      expect(Buffer.concat([...jsonChunks(after, 4096, fragments)]).equals(Buffer.from(JSON.stringify(after)))).toBe(true);
      expect(jsonBuffer(after, fragments).equals(Buffer.from(JSON.stringify(after)))).toBe(true);
      before = after;
    }
    // The cache did have figures to reuse: otherwise this test would say nothing.
    expect(reused).toBeGreaterThan(0);
  }

  it.each(['jaffar-express-hijacking', 'harrowgate-market-shooting', 'hotel-meridian-siege', 'pelican-star-ferry-sinking', 'tarsa-valley-earthquake'])(
    '%s, report by report', (slug) => oneByOne(stream(slug), 1, 1));

  it('a bench-shaped incident, five reports at a time', () => {
    const items = syntheticIncident('bench-shaped', 250, 20);
    oneByOne({ incident: 'bench-shaped', reports: items.map((x, seq) => ({ report: { ...x.report, seq }, claims: x.claims })) }, 200, 10);
  });
});
