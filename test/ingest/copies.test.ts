// Copies and revisions at ingest, and the store methods they rest on (existingIds, listFingerprints,
// setSignatures), on both backends.
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleReports } from '../../src/ingest/bulk-sample.js';
import { CopyFinder, MAX_BUCKET } from '../../src/ingest/copies.js';
import { ingestPaths, type IngestOutcome } from '../../src/ingest/ingest.js';
import { CopyIndex, encodeSignature, signature } from '../../src/ingest/web/near-duplicate.js';
import { contentHash, openStore } from '../../src/store/index.js';
import type { NewReport, Store } from '../../src/store/types.js';
import { storeBackends, useBackend } from '../support/store-backends.js';

// An original wire story, written for this test, and the ways others re-publish or update it.
const WIRE = [
  'Gunmen stopped a passenger train in a mountain tunnel in the south-west of the country on Tuesday and',
  'held the people on board, railway officials said. About 400 passengers were travelling on the service',
  'from the provincial capital to the north. A militant group said it was holding 180 hostages and that',
  'at least 20 soldiers had died in the fighting; officials did not confirm either figure. Troops and',
  'helicopters were sent to the area, and a relief train left for the nearest station in the evening.',
  'Officials said 60 people, among them women and children, had walked to safety along the track.',
].join(' ');
const COPY = `Train held in tunnel\n\n${WIRE.replace(/ Officials said 60 people.*$/, '')} (Wire report.)`;
const UNRELATED = [
  'Heavy rain flooded low-lying streets in the river port overnight, and the city council said 35 homes',
  'had to be evacuated. No one was hurt, a fire brigade spokesman said, but 12 families were spending',
  'the night in a school hall. Forecasters expect the rain to ease by the weekend, when the clean-up starts.',
].join(' ');
const UPDATE = WIRE.replace('60 people', '95 people');

async function ingestText(store: Store, text: string, meta: Record<string, string> = {}): Promise<IngestOutcome> {
  let out: IngestOutcome | undefined;
  await ingestPaths(store, ['-'], { incident: 'train-siege', ...meta, stdin: Readable.from([Buffer.from(text)]) }, (o) => { out = o; });
  return out!;
}

describe('CopyIndex with capped buckets', () => {
  // The closing paragraph an agency puts under every story: shared by all, evidence of nothing.
  const STOCK = 'This story was filed by our regional desk and may be updated as more information arrives from officials on the ground.';

  it('ignores bands every report shares, yet finds a real copy among thousands of reports with the same stock paragraph', () => {
    const index = new CopyIndex({ maxBucket: MAX_BUCKET });
    const texts = sampleReports(3000, 5).map((r) => `${r.text}${STOCK}`);
    let candidates = 0;
    texts.forEach((t, i) => {
      const sig = signature(t);
      if (i >= texts.length - 300) candidates += index.candidates(sig).length;
      expect(index.findOriginal(sig)).toBeNull();
      index.add({ id: String(i), sig });
    });
    // Every report shares the stock paragraph's bands, so an uncapped index would offer all 3000 each time;
    // capped buckets keep it to a small number (about 160 here) that stops growing with the index.
    expect(candidates / 300).toBeLessThan(texts.length / 10);
    const trimmed = texts[1234].split('. ').slice(1).join('. ');
    expect(index.findOriginal(signature(`Bus disaster\n\n${trimmed}`))?.id).toBe('1234');
  });

  it('links every copy of a story syndicated far more widely than a bucket holds to the first one', () => {
    const index = new CopyIndex({ maxBucket: MAX_BUCKET });
    for (let i = 0; i < 5 * MAX_BUCKET; i++) {
      const sig = signature(`${WIRE} Published by partner outlet number ${i}.`);
      if (i > 0) expect(index.findOriginal(sig)?.id).toBe('0');
      index.add({ id: String(i), sig });
    }
  });
});

describe.each(storeBackends())('copies on $name', (backend) => {
  let store: Store;
  useBackend(backend);
  beforeEach(async (ctx) => {
    if (!backend.available) ctx.skip();
    store = await openStore(await backend.freshSpec());
  });
  afterEach(async () => {
    await store?.close();
  });

  it('existingIds gives incident and claim count of the stored ids only, in one call', async () => {
    const a: NewReport = { id: contentHash('first'), incident: 'one', text: 'first', origin: 'extracted' };
    await store.putReport(a, [], 'v1');
    expect(await store.existingIds([])).toEqual(new Map());
    const got = await store.existingIds([a.id, contentHash('never')]);
    expect([...got.entries()]).toEqual([[a.id, { incident: 'one', claims: 0 }]]);
    const many = Array.from({ length: 6000 }, (_, i) => contentHash(`x${i}`));
    expect((await store.existingIds([...many, a.id])).size).toBe(1);
  });

  it('listFingerprints lists id, url, time and signature without texts, after a given seq; setSignatures fills gaps', async () => {
    const sig = encodeSignature(signature(WIRE));
    await store.putReport({ id: contentHash(WIRE), incident: 'x', text: WIRE, origin: 'extracted', url: 'https://a.example/1', published: '2025-03-11T10:00:00Z', signature: sig }, [], 'v1');
    await store.putReport({ id: contentHash(UNRELATED), incident: 'x', text: UNRELATED, origin: 'imported' }, [], 'import');
    const all = await store.listFingerprints();
    expect(all.map(({ seq: _s, ...f }) => f)).toEqual([
      { id: contentHash(WIRE), url: 'https://a.example/1', published: '2025-03-11T10:00:00Z', signature: sig },
      { id: contentHash(UNRELATED), url: null, published: null, signature: null },
    ]);
    expect((await store.listFingerprints(all[0].seq)).map((f) => f.id)).toEqual([contentHash(UNRELATED)]);
    // The signature is write-only: a stored report reads back as it was given.
    expect(await store.getReport(contentHash(WIRE))).not.toHaveProperty('signature');
    await store.setSignatures([{ id: contentHash(UNRELATED), signature: 'abc' }, { id: contentHash('nope'), signature: 'x' }]);
    expect((await store.listFingerprints(all[0].seq))[0].signature).toBe('abc');
  });

  it('a trimmed copy under another headline is linked to the original; an unrelated report is not', async () => {
    const original = await ingestText(store, WIRE, { outlet: 'Wire', published: '2025-03-11T10:00:00Z' });
    const copy = await ingestText(store, COPY, { outlet: 'Herald', published: '2025-03-11T12:00:00Z' });
    const other = await ingestText(store, UNRELATED, { outlet: 'Herald', published: '2025-03-11T13:00:00Z' });
    expect(copy).toMatchObject({ status: 'stored', copyOf: (original as { id: string }).id });
    expect(other).not.toHaveProperty('copyOf');
    expect((await store.getReport((copy as { id: string }).id))?.copyOf).toBe((original as { id: string }).id);
  });

  it('the same URL with a new text is a revision, never a copy', async () => {
    const url = 'https://wire.example/train';
    const first = await ingestText(store, WIRE, { url, published: '2025-03-11T10:00:00Z' });
    const second = await ingestText(store, UPDATE, { url, published: '2025-03-11T10:00:00Z' });
    expect(second).toMatchObject({ status: 'stored', revisionOf: (first as { id: string }).id });
    expect(second).not.toHaveProperty('copyOf');
    const stored = await store.getReport((second as { id: string }).id);
    expect(stored?.extra?.revisionOf).toBe((first as { id: string }).id);
    expect(stored?.copyOf).toBeUndefined();
    // A third version is a revision of the second.
    const third = await ingestText(store, `${UPDATE} Services resumed on Friday.`, { url });
    expect(third).toMatchObject({ revisionOf: (second as { id: string }).id });
  });

  it('a report published before its look-alike is not called its copy', async () => {
    await ingestText(store, COPY, { published: '2025-03-12T10:00:00Z' });
    const earlier = await ingestText(store, WIRE, { published: '2025-03-11T10:00:00Z' });
    expect(earlier).not.toHaveProperty('copyOf');
  });

  it('reports stored without a signature get one computed once, and can then be found as originals', async () => {
    await store.putReport({ id: contentHash(WIRE), incident: 'train-siege', text: WIRE, origin: 'imported' }, [], 'import');
    expect((await store.listFingerprints())[0].signature).toBeNull();
    const copy = await ingestText(store, COPY);
    expect(copy).toMatchObject({ copyOf: contentHash(WIRE) });
    expect((await store.listFingerprints())[0].signature).toBe(encodeSignature(signature(WIRE)));
  });

  it('a finder kept for a store only reads what other writers added since', async () => {
    const finder = await CopyFinder.forStore(store);
    expect(finder.size).toBe(0);
    const other = await openStore(backend.name === 'sqlite' ? (store as unknown as { path: string }).path : (store as unknown as { url: string }).url);
    try {
      await other.putReport({ id: contentHash(WIRE), incident: 'x', text: WIRE, origin: 'extracted', signature: encodeSignature(signature(WIRE)) }, [], 'v1');
    } finally {
      await other.close();
    }
    expect(await CopyFinder.forStore(store)).toBe(finder);
    expect(finder.size).toBe(1);
    expect(finder.find({ id: contentHash(COPY), signature: encodeSignature(signature(COPY)) })).toEqual({ copyOf: contentHash(WIRE) });
  });
});
