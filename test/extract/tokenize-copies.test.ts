// tokenize() copies a short string before reading it (document.ts, flatCopy): the tokens are those of the string
// itself, whatever it was cut from, and offsets still point into it.
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/extract/document.js';

describe('tokenize on short strings', () => {
  const page = 'Header line\nThe district commissioner, Ms Achieng\u2019, said 14 people drowned.';

  test('a name cut out of a longer text reads as the same name typed alone', () => {
    const name = page.slice(page.indexOf('The district'), page.indexOf(','));
    const cut = tokenize(name).map((t) => [t.text, t.low, t.start, t.end]);
    expect(cut).toEqual(tokenize('The district commissioner').map((t) => [t.text, t.low, t.start, t.end]));
  });

  test('characters outside Latin-1 and single characters keep their tokens and offsets', () => {
    const tokens = tokenize('\u2014 Ms Achieng\u2019s office');
    expect(tokens.map((t) => t.text)).toEqual(['\u2014', 'Ms', 'Achieng', '\u2019s', 'office']);
    expect(tokens[2].start).toBe(5);
    expect(tokenize('~').map((t) => t.kind)).toEqual(['punct']);
  });

  test('a long text is read as it is, with the same result as its short pieces', () => {
    const long = 'Floods hit the valley. '.repeat(30);
    expect(long.length).toBeGreaterThan(256);
    const lows = tokenize(long).map((t) => t.low);
    expect(lows.slice(0, 5)).toEqual(tokenize('Floods hit the valley.').map((t) => t.low));
    expect(lows.length).toBe(30 * 5);
  });
});
