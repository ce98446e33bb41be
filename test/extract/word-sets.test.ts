// The quick word-set test on tokens (word-sets.ts) answers exactly as the set it wraps: the sketch only lets a
// token skip the lookup, it never decides a "yes".
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/extract/document.js';
import { PhraseTable } from '../../src/extract/phrases.js';
import { CharSet, sketchOf, WordSet } from '../../src/extract/word-sets.js';

describe('WordSet', () => {
  const shelters = new WordSet(new Set(['camp', 'school', "o'clock"]));
  const says = (text: string) => tokenize(text).map((t) => shelters.hasToken(t));

  test('finds the words of its set, written in any case', () => {
    expect(says('The School and a CAMP')).toEqual([false, true, false, false, true]);
  });

  test('a word with the same sketch as a member is still no member', () => {
    // "clip" has the length, first and last letter of "camp"
    expect(sketchOf('clip')).toBe(sketchOf('camp'));
    expect(says('clip camp')).toEqual([false, true]);
  });

  test('reads the lower-cased form the tokenizer gives, curly apostrophe folded', () => {
    expect(says('O\u2019Clock tower')).toEqual([true, false]);
  });

  test('each token carries the sketch of its lower-cased word', () => {
    for (const t of tokenize('Floods hit 3 villages, said the NDMA.')) expect(t.sketch).toBe(sketchOf(t.low));
  });

  test('an empty set says no to every token, an empty word included', () => {
    const none = new WordSet(new Set());
    expect(tokenize('no one at all').some((t) => none.hasToken(t))).toBe(false);
  });
});

describe('PhraseTable with token sketches', () => {
  test('finds a phrase forwards and backwards, and not a word that only shares its sketch', () => {
    const table = new PhraseTable<string>();
    table.add('search party', 'rescuers');
    const tokens = tokenize('a search party and a stack pay');
    expect(table.at(tokens, 1)?.end).toBe(3);
    expect(table.endingAt(tokens, 3)?.data).toBe('rescuers');
    // "stack" and "search" share length, first and last letter; "pay" and "party" do not
    expect(table.at(tokens, 4)).toBeUndefined();
  });
});

describe('PhraseTable leaves', () => {
  test('a phrase that ends where a longer one goes on is found, and so is the longer one', () => {
    const table = new PhraseTable<string>();
    table.add('fire', 'short');
    table.add('fire brigade', 'long');
    table.add('brigade', 'word');
    const tokens = tokenize('the fire brigade came; a fire broke out; brigade');
    expect(table.at(tokens, 1)).toEqual({ end: 3, data: 'long', length: 2 });
    expect(table.at(tokens, 6)).toEqual({ end: 7, data: 'short', length: 1 });
    expect(table.endingAt(tokens, 3)).toEqual({ end: 3, data: 'long', length: 2 });
    // a one-word phrase at the end of the tokens stops on its leaf
    expect(table.at(tokens, tokens.length - 1)?.data).toBe('word');
    expect(table.word('brigade')).toBe('word');
  });
});

describe('CharSet', () => {
  const opens = new CharSet(['"', '\u201c', '\u00ab']);

  test('answers as a set of its characters would', () => {
    expect(['"', '\u201c', '\u00ab'].map((c) => opens.has(c))).toEqual([true, true, true]);
    expect(['\u201d', "'", ',', 'a'].map((c) => opens.has(c))).toEqual([false, false, false, false]);
  });

  test('a longer text, an empty one or none is no member', () => {
    expect(opens.has('""')).toBe(false);
    expect(opens.has('\u201cWe')).toBe(false);
    expect(opens.has('')).toBe(false);
    expect(opens.has(undefined)).toBe(false);
  });

  test('is made of single characters only', () => {
    expect(() => new CharSet(['"', "''"])).toThrow();
  });
});
