// Round 13 (clauses): how a count's group and measure follow the structure of the clause it stands in. A second harm
// clause keeps the first clause's group past an aside; a degree adverb after a bare count names the condition of
// some of the injured; a singular noun after "one" counts as the plural the group lexicon lists. Cases found by
// scoring blind texts (dev 386-409) before fixing; every sentence is our own.
import { describe, expect, it } from 'vitest';
import { absent, figures, table } from './helpers.js';

table('a second harm clause keeps the first clause\'s group past an aside', [
  ['Police fired on the marchers, killing 2 students, including a girl of 14, and wounding at least 9.',
    'injured students 9-null at_least'],
  ['The governor reported 5 farmers killed, among them an elderly man, and 12 injured.', 'injured farmers 12-12 exact'],
  ['Troops opened fire on the crowd, killing 4 miners (two of them brothers) and wounding 11.', 'injured miners 11-11 exact'],
  ['Shells hit the market, killing 6 traders, mostly women, and injuring 20, the mayor said.', 'injured traders 20-20 exact'],
]);

table('"one" with a singular noun whose plural the lexicon lists', [
  ['One pupil was shot dead as he ran for the gate.', 'killed pupils 1-1 exact'],
  ['One bandit was killed in the exchange of fire.', 'killed attackers 1-1 exact'],
  ['One nurse was wounded when the clinic was hit.', 'injured nurses 1-1 exact'],
  ['Gunmen seized 30 pupils at the school; one pupil was shot dead as he fled and 3 others were wounded.',
    'injured pupils 3-3 exact'],
]);

describe('a degree adverb after a bare count is a part of the injured before it', () => {
  const cases: Array<[string, string, string]> = [
    // [text, part's evidence, total's evidence]
    ['A lorry overturned on the pass; 9 passengers were injured, several critically.', 'several', '9 passengers'],
    ['The roof gave way and 31 worshippers were injured, 4 seriously.', '4', '31 worshippers'],
    ['Two guards died and 15 others were wounded, 3 gravely, in the blast at the depot.', '3', '15 others'],
  ];
  it.each(cases)('%s', (text, part, total) => {
    const f = figures(text);
    const p = f.find((c) => text.slice(c.span.start).startsWith(part));
    const t = f.find((c) => text.slice(c.span.start).startsWith(total));
    expect(p?.measure).toBe('injured');
    expect(t && p?.parts_of).toBe(t?.id);
    expect(p?.group).toBe(t?.group);
  });
});

absent('a new subject after the aside starts its own count', [
  ['Raiders killed 3 herders, including a boy, and villagers later found 2 bodies in the river.', 'killed herders 2-2 exact'],
]);
