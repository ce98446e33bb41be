// Round 24: general constructions that fresh blind text (F48, F49) still lost; every sentence is new.
import { describe, expect, it } from 'vitest';
import { figures, rows, sourceAt, table, type SourceSeen } from './helpers.js';

function sources(name: string, cases: Array<[string, string, SourceSeen]>): void {
  describe(name, () => {
    it.each(cases)('%s', (text, at, want) => {
      expect(sourceAt(text, at)).toEqual(want);
    });
  });
}

// "No <noun>" counts none of a kind named in the singular, as "one <noun>" counts one
table('none of a kind, named in the singular', [
  ['No rescuer was hurt while the wall was shored up.', 'injured rescuers 0-0 exact'],
  ['No volunteer has been injured at the distribution points.', 'injured volunteers 0-0 exact'],
  ['No trader was reported missing after the market fire.', 'missing traders 0-0 exact'],
  ['No firefighter suffered burns, the brigade said.', 'injured firefighters 0-0 exact'],
]);

describe('"No" before a word that is no group of people stays no figure', () => {
  it.each([
    'No official figure was given for the flooded fields.',
    'No decision has been taken on the curfew.',
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

// a paper credited in brackets at the end of a sentence that names its own speaker only relays that speaker
sources('a closing paper credit after a named speaker', [
  ['The sub-divisional officer said 17 people had died and 33 were in hospital (Prabhat Khabar).', '17 people',
    { name: 'sub-divisional officer', kind: 'official' }],
  ['The sub-divisional officer said 17 people had died and 33 were in hospital (Prabhat Khabar).', '33',
    { name: 'sub-divisional officer', kind: 'official' }],
  ['According to the harbour master, 8 fishermen are missing (Daily Graphic).', '8 fishermen',
    { name: 'harbour master', kind: 'official' }],
  // (with no speaker in the sentence the paper is the source)
  ['Eight fishermen are missing after the storm (Daily Graphic).', 'Eight fishermen', { name: 'Daily Graphic', kind: 'media' }],
  // (a semicolon closes the speaker's clause: the credit covers the clause after it)
  ['The police said the road was shut; 6 travellers died in the crash (Daily Graphic).', '6 travellers',
    { name: 'Daily Graphic', kind: 'media' }],
]);

// a coder's credit in capitals abbreviates a role the note wrote in small letters ("DM" for the district magistrate)
describe('a credit abbreviating a role spelled out before', () => {
  it.each([
    ['The district magistrate confirmed 19 deaths on Friday. Fatalities: 19 (DM)', 'district magistrate'],
    ['The sub-divisional officer reported 9 people injured. Injured: 9 (SDO)', 'sub-divisional officer'],
  ])('%s', (text, name) => {
    const last = figures(text).at(-1)!;
    expect(text.slice(last.span.start)).toMatch(/^\d+ \(/);
    expect({ name: last.source.name, kind: last.source.kind }).toEqual({ name, kind: 'official' });
  });
  // (capitals that no earlier role spells stay a name of their own)
  it('an acronym nobody spelled out keeps its own name', () => {
    const last = figures('Heavy rain flooded the valley. Deaths: 4 (NDMA)').at(-1)!;
    expect(last.source.name).toBe('NDMA');
  });
});
