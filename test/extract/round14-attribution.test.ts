// Round 14 of attribution: the speaker is the head of its subject (not a relative clause nor a predicate joined to
// the reporting verb by "and"), the issuer of a release from its letterhead, bodies run by an armed party, and the
// credits of coder notes. Cases found by scoring blind texts (dev 410-433) before fixing. All sentences are our
// own; texts are read with no metadata, as `sitrep extract --json <file>` reads a file.
import { describe, expect, it } from 'vitest';
import { sourceAt, type SourceSeen } from './helpers.js';

const sourceOf = (text: string, at: string): SourceSeen => sourceAt(text, at);

describe('round 14 attribution: the head of the subject speaks', () => {
  const cases: Array<[string, string, string, SourceSeen]> = [
    ['a relative clause and a first predicate before "and said"',
      'The Zaria Liberation Front, which holds the valley, accused government jets of the raid and said 23 herders were killed.',
      '23 herders', { name: 'Zaria Liberation Front', kind: 'militant' }],
    ['a subject, its own predicate, then "and said"',
      'The police detained three drivers and said 6 passengers had died in the crash.',
      '6 passengers', { name: 'police', kind: 'official' }],
    ['an apposition before the first predicate',
      'Omar Sesay, the district commissioner, visited the site and told reporters that 14 people had drowned.',
      '14 people', { name: 'Omar Sesay', kind: 'official' }],
    ['a relative "that" after the speaker\'s noun',
      'Nine nurses kidnapped on the road to Kaga were set free on Friday, the aid group that pays them said.',
      'Nine nurses', { name: 'aid group', kind: 'official' }],
    ['a relative "that" after an inverted speaker',
      'Nine nurses kidnapped on the road to Kaga were set free on Friday, said the aid group that runs the clinic.',
      'Nine nurses', { name: 'aid group', kind: 'official' }],
  ];
  it.each(cases)('%s', (_name, text, at, want) => {
    expect(sourceOf(text, at)).toEqual(want);
  });

  // a "that" after a reporting verb opens what was said: the speaker inside it still speaks
  const kept: Array<[string, string, string, SourceSeen]> = [
    ['"that" after a reporting verb',
      'Rescuers said on Sunday that 8 climbers were still missing.',
      '8 climbers', { name: 'rescuers', kind: 'official' }],
  ];
  it.each(kept)('%s', (_name, text, at, want) => {
    expect(sourceOf(text, at)).toEqual(want);
  });
});
