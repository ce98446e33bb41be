// Linear time for the context rules: typing a trigger by earlier events ("a similar accident", "were
// freed" after an operation, "when it came down") looks back over a bounded number of events.
import { describe, expect, test } from 'vitest';
import { findEvents } from '../../src/extract/events/index.js';
import { splitSentences } from '../../src/extract/sentences.js';

function msPerChar(text: string): number {
  const ctx = { text, sentences: splitSentences(text), meta: { published: '2025-05-07T12:00:00Z' },
    sourceAt: () => ({ name: 'x', kind: 'media' as const }) };
  findEvents(ctx);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    findEvents(ctx);
    best = Math.min(best, performance.now() - t);
  }
  return best / text.length;
}

describe('events: context rules stay linear', () => {
  test.each([
    // many events with no disaster before them: "accident" and "it came down" look back and find nothing
    ['accidents after attacks', (n: number) => 'Gunmen attacked a post. It was an accident. They said it came down. '.repeat(n * 100)],
    // many releases without a captor and no operation anywhere
    ['passive releases', (n: number) => 'Gunmen attacked the hotel. Twelve guests were freed. Forty were evacuated. '.repeat(n * 100)],
  ])('%s: 16x the input costs about 16x the time', (_name, make) => {
    const small = msPerChar(make(4));
    const large = msPerChar(make(64));
    // Quadratic behaviour would multiply the time per character by ~16; the bound allows for a noisy machine.
    expect(large / small).toBeLessThan(5);
  });
});
