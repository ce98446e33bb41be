import { describe, expect, it } from 'vitest';
import { decodeMarkup } from '../../../src/ingest/web/charset.js';
import {
  CopyIndex, decodeSignature, encodeSignature, findOriginal, isNearDuplicate, resemblance, signature, type Candidate,
} from '../../../src/ingest/web/near-duplicate.js';
import { readPage } from '../../../src/ingest/web/page.js';
import { fixture } from './server.js';

function pageText(name: string): string {
  const d = decodeMarkup(fixture(name));
  if (!d.ok) throw new Error(d.reason);
  const r = readPage(d.text);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
}

/** Deterministic filler prose: word salad from a small vocabulary, different per seed. */
function prose(seed: number, words: number): string {
  const vocab = ('officials said the army police rescue train tunnel village river flood passengers crew ' +
    'province capital minister statement attack hostages released wounded hospital road bridge night morning ' +
    'group fighters spokesman reporters local sources confirmed denied figure number people among women children men')
    .split(' ');
  let x = seed * 2654435761 >>> 0;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out.push(vocab[x % vocab.length]);
    if (i % 17 === 16) out.push('.');
  }
  return out.join(' ');
}

describe('near-duplicates', () => {
  const original = pageText('article-jsonld.html');
  const copy = pageText('syndicated-copy.html');
  const unrelated = pageText('article-og.html');

  it('a syndicated copy with another headline and a trimmed ending is recognised', () => {
    const r = resemblance(signature(copy), signature(original));
    expect(r.containment).toBeGreaterThanOrEqual(0.8);
    expect(isNearDuplicate(signature(copy), signature(original))).toBe(true);
  });

  it('a different article about the same incident is not a copy', () => {
    expect(isNearDuplicate(signature(unrelated), signature(original))).toBe(false);
    expect(resemblance(signature(unrelated), signature(original)).containment).toBeLessThan(0.2);
  });

  it('normalisation: case, punctuation, quotes and whitespace do not matter', () => {
    const a = 'Security sources said 80 people had been freed, among them 43 men, 26 women and 11 children.';
    const b = '  SECURITY sources said: 80 people had been freed — among them 43 men; 26 women and 11 children! ';
    expect(resemblance(signature(a), signature(b)).jaccard).toBe(1);
  });

  it('a changed figure is a different report: the picture must count both', () => {
    const a = prose(1, 60).replace(/^/, 'The death toll rose to 12 on Tuesday. ');
    const b = prose(1, 60).replace(/^/, 'The death toll rose to 19 on Tuesday. ');
    expect(resemblance(signature(a), signature(b)).jaccard).toBeLessThan(1);
  });

  it('short texts only match when identical', () => {
    expect(isNearDuplicate(signature('Ten people were hurt.'), signature('Ten people were hurt.'))).toBe(true);
    expect(isNearDuplicate(signature('Ten people were hurt.'), signature('Ten people were hurt today.'))).toBe(false);
    expect(isNearDuplicate(signature(''), signature(''))).toBe(false);
  });

  it('findOriginal picks the earliest published match, not the first seen', () => {
    const candidates: Candidate[] = [
      { id: 'copy-later', sig: signature(copy), published: '2025-03-11T16:05:00Z' },
      { id: 'unrelated', sig: signature(unrelated), published: '2025-03-10T00:00:00Z' },
      { id: 'original', sig: signature(original), published: '2025-03-11T13:40:00Z' },
      { id: 'undated', sig: signature(original) },
    ];
    const m = findOriginal(signature(copy), candidates);
    expect(m?.id).toBe('original');
    expect(m?.containment).toBeGreaterThanOrEqual(0.8);
    expect(findOriginal(signature(unrelated), candidates.filter((c) => c.id !== 'unrelated'))).toBeNull();
  });

  it('trimming: copies keeping 60-100% of the text are found', () => {
    const base = prose(7, 600);
    const words = base.split(' ');
    for (const keep of [1, 0.9, 0.75, 0.6]) {
      const trimmed = `New headline here. ${words.slice(0, Math.round(words.length * keep)).join(' ')}`;
      expect(isNearDuplicate(signature(trimmed), signature(base)), `keep ${keep}`).toBe(true);
    }
  });

  it('a follow-up that reuses the background but adds as much new text is not a copy', () => {
    const base = prose(7, 600).split(' ');
    const followUp = `${base.slice(0, 360).join(' ')} ${prose(99, 240)}`;
    const r = resemblance(signature(followUp), signature(base.join(' ')));
    expect(r.containment).toBeLessThan(0.7);
    expect(isNearDuplicate(signature(followUp), signature(base.join(' ')))).toBe(false);
  });

  it('signatures survive encoding for storage', () => {
    const s = signature(original);
    const back = decodeSignature(encodeSignature(s));
    expect(back?.size).toBe(s.size);
    expect(Array.from(back!.mins)).toEqual(Array.from(s.mins));
    expect(decodeSignature('bm90IGEgc2lnbmF0dXJl')).toBeNull();
  });

  it('the LSH index finds what a full scan finds, touching a fraction of the corpus; speed', () => {
    const n = 20_000;
    const index = new CopyIndex();
    const all: Candidate[] = [];
    const t0 = performance.now();
    const sigs = Array.from({ length: n }, (_, i) => signature(prose(i + 100, 250)));
    const signMs = performance.now() - t0;
    sigs.forEach((sig, i) => {
      const c = { id: `r${i}`, sig, order: i };
      index.add(c);
      all.push(c);
    });
    // Queries: 50 trimmed copies of stored reports and 50 new texts.
    const queries = [
      ...Array.from({ length: 50 }, (_, k) => ({ expect: `r${k * 397}`, sig: signature(`Another headline. ${prose(k * 397 + 100, 250).split(' ').slice(0, 200).join(' ')}`) })),
      ...Array.from({ length: 50 }, (_, k) => ({ expect: null, sig: signature(prose(900_000 + k, 250)) })),
    ];
    let touched = 0;
    const t1 = performance.now();
    for (const q of queries) {
      touched += index.candidates(q.sig).length;
      expect(index.findOriginal(q.sig)?.id ?? null).toBe(q.expect);
    }
    const indexMs = performance.now() - t1;
    const t2 = performance.now();
    for (const q of queries.slice(0, 10)) expect(findOriginal(q.sig, all)?.id ?? null).toBe(q.expect);
    const scanMs = performance.now() - t2;
    const comparisonsPerSec = (10 * n) / (scanMs / 1000);
    console.log(
      `near-duplicate: signature ${(signMs / n * 1000).toFixed(0)} µs/report (250 words); full scan ${Math.round(comparisonsPerSec).toLocaleString('en')} comparisons/s; ` +
      `LSH lookup among ${n}: ${(indexMs / queries.length).toFixed(2)} ms, ${(touched / queries.length).toFixed(1)} candidates on average`,
    );
    expect(touched / queries.length).toBeLessThan(n / 20);
    expect(comparisonsPerSec).toBeGreaterThan(5_000);
  });
});
