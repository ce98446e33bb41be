// Round 22 (sources): who speaks, by the general class of the miss (the kind of an outlet or a body, the speaker
// phrase, the voice a sentence inherits); every sentence here is new, with its own names, places and numbers.
import { describe, expect, it } from 'vitest';
import { outletSource } from '../../src/extract/attribution.js';
import { sourceAt, type SourceSeen } from './helpers.js';

function sources(name: string, cases: Array<[string, string, SourceSeen]>): void {
  describe(name, () => {
    it.each(cases)('%s', (text, at, want) => {
      expect(sourceAt(text, at)).toEqual(want);
    });
  });
}

// an information agency is a wire like a press agency; a paper's title word ("Today") makes a name an outlet
// wherever it stands; a government agency stays official
describe('the kind of an outlet named as an agency', () => {
  it.each([
    ['Kazakh Information Agency', 'media'],
    ['Volta Information Agency', 'media'],
    ['Nubia Today Agency', 'media'],
    ['Kenya Today', 'media'],
    ['Lagos State Emergency Management Agency', 'official'],
    ['Coastal Maritime Enforcement Agency', 'official'],
  ])('%s is %s', (outlet, kind) => {
    expect(outletSource({ outlet }).kind).toBe(kind);
  });
});

// a civic body named by its collective noun speaks as a body, not as the people it gathers
sources('a collective body is no crowd of its members', [
  ['The Coordination of Flood Victims in Kassala said 23 people had drowned.', '23 people',
    { name: 'Coordination of Flood Victims in Kassala', kind: 'official' }],
  ['The Network of Market Traders reported that 8 vendors were injured in the blaze.', '8 vendors',
    { name: 'Network of Market Traders', kind: 'official' }],
  ['The Federation of Artisanal Miners announced that 15 diggers are still trapped.', '15 diggers',
    { name: 'Federation of Artisanal Miners', kind: 'official' }],
  ['A committee of relatives of the missing sailors said 12 men were still unaccounted for.', '12 men',
    { name: 'committee of relatives of the missing sailors', kind: 'official' }],
]);

// a speaker phrase of thirteen or fourteen words (a place and an owner after the head) is still a speaker
describe('a long speaker phrase before its verb', () => {
  it.each([
    ['Security sources at the main police station in the eastern quarter of the old town said 6 officers were hurt.',
      '6 officers', 'eastern quarter of the old town'],
    ['Hospital sources in the trauma ward of the charity Mercy Relief inside the refugee settlement stated that 17 ' +
      'patients had arrived.', '17 patients', 'trauma ward of the charity Mercy Relief inside the refugee settlement'],
  ])('%s', (text, at, inName) => {
    const seen = sourceAt(text, at);
    expect(seen.kind).toBe('unnamed');
    expect(seen.name).toContain(inName);
  });
});
