// Round 23 (sources, h-src4): credits that close a coder's note on fresh text; every sentence is new.
import { describe, expect, it } from 'vitest';
import { sourceAt, type SourceSeen } from './helpers.js';

function sources(name: string, cases: Array<[string, string, SourceSeen]>): void {
  describe(name, () => {
    it.each(cases)('%s', (text, at, want) => {
      expect(sourceAt(text, at)).toEqual(want);
    });
  });
}

// a national wire credited by its acronym is an outlet, not the state body an unknown acronym is taken for
sources('a news agency credited by acronym', [
  ['Togo, Kara region: On 4 June 2026 a fuel tanker overturned and burned on the N1 highway. 14 people were killed.\n' +
    'Sources: PANA; local radio', '14 people', { name: 'PANA', kind: 'media' }],
  ['Pakistan, Sindh: On 9 May 2026 a wall fell on a wedding tent near Sukkur. 7 guests died.\nSource: APP',
    '7 guests', { name: 'APP', kind: 'media' }],
  ['Bangladesh, Sylhet: A boat capsized on the Surma on 2 July 2026; 11 passengers are missing.\nSources: UNB; ' +
    'Prothom Alo', '11 passengers', { name: 'UNB', kind: 'media' }],
]);

// a body's numbered document in the closing credit ("Sitrep No. 3", "Flash Update #2") names the body's report:
// the number is part of the name, and the document is official like the body that issues it
sources('a numbered report in the closing credit', [
  ['Malawi, Zomba district: Floods on 12 March 2026 swept away 40 houses; 6 people drowned.\nSources: DoDMA Sitrep ' +
    'No. 3; Nyasa Times', '6 people', { name: 'DoDMA Sitrep No. 3', kind: 'official' }],
  ['Chad, Lac province: A fire in the Bol market on 8 May 2026 injured 19 traders.\nSource: OCHA Flash Update #2',
    '19 traders', { name: 'OCHA Flash Update #2', kind: 'official' }],
  // (a bare number after a name is still no name: the credit is not read)
  ['Peru, Puno: A bus fell into a ravine on 3 April 2026; 21 passengers died.\nSources: Radio 21; Correo',
    '21 passengers', { name: 'outlet', kind: 'media' }],
]);
