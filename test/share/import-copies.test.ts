// `sitrep import` maps `report.copy_of` back to the store's copy link: the original may come later in the
// file, in an earlier import, or be named by its stored id; a reference to nothing stays an unknown field.
// Without copy_of, a text that is mostly an earlier report's is linked as its copy, as at ingest.
// On both store backends.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importLines } from '../../src/ingest/import.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { storeBackends, useBackend } from '../support/store-backends.js';

const INCIDENT = 'ferry-capsizing';
// Our own words: a wire story and a newspaper's copy of it.
const claim = { id: 'c1', type: 'figure', measure: 'missing', group: 'passengers', value: { low: 17, high: 17, hedge: 'exact' }, source: { name: 'the coast guard', kind: 'official' } };
const original = { incident: INCIDENT, report: { id: 'w1', outlet: 'River Wire', published: '2025-06-01T08:00:00Z', text: 'The coast guard said 17 passengers were missing.' }, claims: [claim] };
const copy = (ref: string) => ({ incident: INCIDENT, report: { id: 'p1', outlet: 'Town Paper', published: '2025-06-01T09:00:00Z', copy_of: ref, text: 'The coast guard said 17 passengers were missing.' }, claims: [claim] });
const jsonl = (...lines: unknown[]) => lines.map((l) => JSON.stringify(l)).join('\n');

async function reportsByExternalId(store: Store) {
  return new Map((await store.listReports(INCIDENT)).map((r) => [r.externalId, r]));
}

describe.each(storeBackends())('import keeps copy_of as the copy link ($name)', (backend) => {
  const t = { store: null as unknown as Store };
  useBackend(backend);
  beforeEach(async (ctx) => {
    if (!backend.available) ctx.skip();
    t.store = await openStore(await backend.freshSpec());
  });
  afterEach(async () => { if (backend.available) await t.store.close(); });

  it.each([
    ['original first in the file', () => [jsonl(original, copy('w1'))]],
    ['copy first in the file', () => [jsonl(copy('w1'), original)]],
    ['original imported earlier', () => [jsonl(original), jsonl(copy('w1'))]],
  ])('%s', async (_name, files) => {
    for (const f of files()) expect((await importLines(t.store, f)).refused).toBe(0);
    const r = await reportsByExternalId(t.store);
    expect(r.get('p1')?.copyOf).toBe(r.get('w1')?.id);
    expect(r.get('p1')?.extra?.copy_of).toBeUndefined();
    expect(r.get('w1')?.copyOf).toBeUndefined();
  });

  it('accepts a stored report id', async () => {
    await importLines(t.store, jsonl(original));
    const id = (await reportsByExternalId(t.store)).get('w1')!.id;
    await importLines(t.store, jsonl(copy(id)));
    expect((await reportsByExternalId(t.store)).get('p1')?.copyOf).toBe(id);
  });

  it('keeps a reference to nothing as an unknown field, and re-importing changes nothing', async () => {
    const line = jsonl(copy('no-such-report'));
    expect(await importLines(t.store, line)).toEqual({ stored: 1, unchanged: 0, refused: 0 });
    const p1 = (await reportsByExternalId(t.store)).get('p1');
    expect(p1?.copyOf).toBeUndefined();
    expect(p1?.extra?.copy_of).toBe('no-such-report');
    expect(await importLines(t.store, line)).toEqual({ stored: 0, unchanged: 1, refused: 0 });
  });

  it('without copy_of, links a later text that is the same story as an earlier one, as ingest does', async () => {
    const { copy_of: _ref, ...plain } = copy('w1').report;
    const other = { incident: INCIDENT, report: { id: 'o1', outlet: 'Lake Radio', published: '2025-06-01T10:00:00Z', text: 'Divers found no survivors near the pier on Sunday, a harbour official said.' }, claims: [claim] };
    expect(await importLines(t.store, jsonl(original, { ...copy('w1'), report: plain }, other))).toEqual({ stored: 3, unchanged: 0, refused: 0 });
    const r = await reportsByExternalId(t.store);
    expect(r.get('p1')?.copyOf).toBe(r.get('w1')?.id);
    expect(r.get('o1')?.copyOf).toBeUndefined();
    expect(r.get('w1')?.copyOf).toBeUndefined();
  });

  it('refuses a copy_of that is not a string, naming the field', async () => {
    const outcomes: string[] = [];
    await importLines(t.store, jsonl({ ...original, report: { ...original.report, copy_of: 7 } }), (o) => { if (o.status === 'refused') outcomes.push(o.reason); });
    expect(outcomes).toEqual(['report.copy_of must be a string']);
  });
});
