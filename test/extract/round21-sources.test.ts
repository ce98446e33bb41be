// Round 21 (sources): who speaks in the blind texts of F28-F35, by the stage and grammar that lost them; every
// sentence here is new, with other names, places and numbers.
import { describe, expect, it } from 'vitest';
import { sourceAt, type SourceSeen } from './helpers.js';

function sources(name: string, cases: Array<[string, string, SourceSeen]>): void {
  describe(name, () => {
    it.each(cases)('%s', (text, at, want) => {
      expect(sourceAt(text, at)).toEqual(want);
    });
  });
}

// a title line's "DEPARTMENT OF X" names the area the report is about; the body text naming "the department of X" in
// lower case speaks of the place, so the letterhead above stays the issuer
sources('a letterhead issues its report, not the area a title line is about', [
  ['NATIONAL AGENCY FOR FLOOD RESPONSE (NAFR)\nFLASH UPDATE No. 2 - FLOODS, DEPARTMENT OF KORVANE\nRiverton, 4 May 2026\n\n' +
    'Heavy rain flooded the department of Korvane overnight.\n\n- Dead: 9 persons\n- Missing: 4',
  '9 persons', { name: 'National Agency for Flood Response', kind: 'official' }],
  ['NATIONAL AGENCY FOR FLOOD RESPONSE (NAFR)\nFLASH UPDATE No. 2 - FLOODS, DEPARTMENT OF KORVANE\nRiverton, 4 May 2026\n\n' +
    'Heavy rain flooded the department of Korvane overnight.\n\n- Dead: 9 persons\n- Missing: 4',
  '4', { name: 'National Agency for Flood Response', kind: 'official' }],
]);

// a body that calls itself by its acronym all through its own release goes by that acronym
sources('an issuer that names itself by its acronym in its text', [
  ['COASTAL EMERGENCY RESPONSE AUTHORITY (CERA)\nPRESS RELEASE\n\nCERA informs the public that a ferry ran aground ' +
    'near Palmet on Friday. Sadly, 5 passengers died. CERA urges operators to respect load limits.',
  '5 passengers', { name: 'CERA', kind: 'official' }],
]);

describe('the full name stays when the text uses it', () => {
  it('a release that spells its name out again keeps the full name', () => {
    const text = 'COASTAL EMERGENCY RESPONSE AUTHORITY (CERA)\nPRESS RELEASE\n\nThe Coastal Emergency Response Authority ' +
      'informs the public that a ferry ran aground near Palmet. Sadly, 5 passengers died. CERA urges caution.';
    expect(sourceAt(text, '5 passengers').name).toBe('Coastal Emergency Response Authority');
  });
});
