// Round 23 (own words): figures fresh text still lost. A sitrep's table line that says "nil" for none; ...
import { describe, expect, it } from 'vitest';
import { rows, table } from './helpers.js';

table('"Label: nil" in a sitrep table is a zero of that label', [
  ['Injured: nil', 'injured people 0-0 exact'],
  ['Dead: 5, Missing: nil', 'missing people 0-0 exact'],
  ['Arrests: Nil', 'arrested people 0-0 exact'],
]);

describe('"nil" outside a table line counts nobody', () => {
  it.each([
    'The council said there was nil response from the ministry.',
    'Water supply to the camp was nil for two days.',
  ])('%s', (text) => {
    expect(rows(text).filter((r) => r.includes(' 0-0 '))).toEqual([]);
  });
});
