// Lead's attribution fixes from the blind set 350–361 after scoring it (own words; read with no metadata):
// a speaker after "in which"/"during which", a coder's label with a bracket before its colon, the noun "estimate",
// and Sudan's resistance committees as civic bodies.
import { describe, expect, it } from 'vitest';
import { sourceAt } from './helpers.js';

describe('lead attribution fixes, round 10', () => {
  it.each([
    ['Riots spread to three towns, in which police said 14 people were killed.', '14 people', { name: 'police', kind: 'official' }],
    ['The siege lasted two days, during which the army said 6 gunmen died.', '6 gunmen', { name: 'army', kind: 'official' }],
    ['On 4 July 2025, gunmen raided a camp near Kutum, killing 9 displaced people. The militia said it had attacked soldiers. Fatalities (best estimate): 9.',
      '9.', { name: 'outlet', kind: 'media' }],
    ['According to the Officer-in-Charge of the Kandy Police, nine pilgrims were hurt.', 'nine', { name: 'Officer-in-Charge of the Kandy Police', kind: 'official' }],
    ['The resistance committee in Omdurman said 23 civilians were killed by shelling.', '23 civilians', { name: 'resistance committee in Omdurman', kind: 'official' }],
  ])('%s', (text, at, expected) => {
    expect(sourceAt(text, at)).toEqual(expected);
  });
});
