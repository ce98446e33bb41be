import { describe, expect, it } from 'vitest';
import { compatible, formatValue, materiallyDifferent, pointValue } from '../../src/reconcile/values.js';
import { about, atLeast, atMost, exact, range, v } from './build.js';

describe('formatValue', () => {
  it.each([
    [exact(80), undefined, undefined, '80'],
    [about(500), undefined, undefined, 'about 500'],
    [atLeast(30), undefined, undefined, 'at least 30'],
    [atMost(40), undefined, undefined, 'at most 40'],
    [range(70, 80), undefined, undefined, '70–80'],
    [v(24, 99, 'vague'), 'dozens', undefined, '24–99 (dozens)'],
    [v(2, null, 'vague'), 'multiple', undefined, '2+ (multiple)'],
    [v(null, null, 'vague'), undefined, 'all', 'all'],
  ])('%o %s -> %s', (value, text, quantifier, out) => {
    expect(formatValue(value, text, quantifier)).toBe(out);
  });
});

describe('material difference: intervals apart by more than 2 and more than 10 %', () => {
  it.each([
    [exact(26), exact(27), false],        // noise
    [exact(20), exact(23), true],         // 3 apart and 13 %
    [exact(100), exact(108), false],      // 8 % only
    [exact(214), exact(0), true],
    [about(500), exact(450), false],      // about 500 allows 450
    [atLeast(30), exact(100), false],     // at least 30 allows 100
    [atLeast(30), exact(20), true],
    [atMost(10), exact(50), true],
    [range(70, 80), exact(95), true],
    [range(70, 80), exact(82), false],
  ])('%o vs %o -> %s', (a, b, out) => {
    expect(materiallyDifferent(a, b)).toBe(out);
    expect(materiallyDifferent(b, a)).toBe(out);
  });
});

describe('compatible and point values', () => {
  it.each([
    [atLeast(20), atLeast(30), true],
    [exact(33), exact(33), true],
    [exact(33), exact(27), false],
    [v(24, 99, 'vague'), exact(50), true],
  ])('%o ~ %o -> %s', (a, b, out) => expect(compatible(a, b)).toBe(out));

  it.each([
    [exact(80), 80], [about(500), 500], [atLeast(30), 30], [atMost(40), 40], [range(70, 80), 75],
    [v(24, 99, 'vague'), null],
  ])('%o -> %s', (value, out) => expect(pointValue(value)).toBe(out));
});
