// Place resolution with the offline gazetteer: shared names are flagged with their candidates, unless the
// incident itself names the province.
import { describe, expect, it } from 'vitest';
import { gazetteer, properNames, resolvePlace } from '../../src/share/gazetteer.js';

describe('gazetteer', () => {
  const g = gazetteer();

  it.each([
    ['the hospital in Sibi', ['Sibi']],
    ['Pakistan’s Balochistan province', ['Pakistan Balochistan']],
    ['a remote location', []],
  ])('finds the proper names in %j', (text, names) => {
    expect(properNames(text)).toEqual(names);
  });

  it('flags a name several places share instead of guessing', () => {
    const r = resolvePlace(g, 'the hospital in Sibi');
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous') expect(r.candidates.map((c) => c.country).sort()).toEqual(['ML', 'PK']);
  });

  it('narrows a shared name with a province the incident names', () => {
    const r = resolvePlace(g, 'the hospital in Sibi', ['Pakistan’s Balochistan province']);
    expect(r).toMatchObject({ status: 'resolved', name: 'Sibi', country: 'PK', adm1: 'Balochistan' });
  });

  it.each([
    ['Quetta station', 'PK'],
    ['Dhaka', 'BD'],
  ])('resolves %j in %s', (place, country) => {
    expect(resolvePlace(g, place)).toMatchObject({ status: 'resolved', country });
  });

  it('leaves descriptions unresolved', () => {
    expect(resolvePlace(g, 'a remote location')).toEqual({ status: 'unknown' });
  });
});
