// The picture's JSON in pieces (show --json, the API's full picture) must be JSON.stringify's text exactly.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extract/types.js';
import { jsonPieces, writeJson } from '../../src/pictures/json.js';
import { reconcileIncident } from '../../src/reconcile/index.js';
import type { ReconcileInput } from '../../src/reconcile/types.js';

const STREAMS = new URL('../fixtures/streams/', import.meta.url);

function picture(file: string) {
  const rows = readFileSync(new URL(file, STREAMS), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { incident: string; report: ReconcileInput['reports'][number]['report']; claims: Claim[] });
  return reconcileIncident({ incident: rows[0].incident, reports: rows.map((r, seq) => ({ report: { ...r.report, seq }, claims: r.claims })) });
}

describe('jsonPieces', () => {
  it.each([
    ['empty object', {}],
    ['undefined, function and symbol members are left out', { a: undefined, b: () => 1, c: Symbol('x'), d: 1 }],
    ['holes and undefined inside arrays become null', { xs: [1, undefined, () => 2, null, 'x'], ys: [] }],
    ['nested values and strings that need escaping', { s: 'a "quoted" ✗ line\n', o: { deep: [{ k: [1, 2] }] }, n: null }],
  ])('%s', (_name, value) => {
    for (const size of [1, 4, 1 << 20]) expect([...jsonPieces(value, size)].join('')).toBe(JSON.stringify(value));
  });

  it('a reconciled picture, in small and large pieces', () => {
    const p = picture('jaffar-express-hijacking.coded.jsonl');
    const whole = JSON.stringify(p);
    const small = [...jsonPieces(p, 200)];
    expect(small.length).toBeGreaterThan(10);
    expect(small.join('')).toBe(whole);
    expect([...jsonPieces(p)].join('')).toBe(whole);
  });

  it('writeJson writes the pieces and a newline', async () => {
    const value = { figures: Array.from({ length: 3000 }, (_, i) => ({ i, text: 'x'.repeat(500) })) };
    const out = new PassThrough({ highWaterMark: 1024 });
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeJson(out, value);
    out.end();
    await new Promise((r) => out.on('end', r));
    expect(Buffer.concat(chunks).toString('utf8')).toBe(`${JSON.stringify(value)}\n`);
  });
});
