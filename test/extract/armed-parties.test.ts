// Recurring armed parties and state forces of conflict-data coding, from the sources lexicon: a figure they
// give carries the right kind (militant: a party to the violence that is not the state).
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

/** The first figure's source kind, when its name holds the party's name (the name keeps its speaker's words). */
const kindOf = (text: string, party: string): string | undefined => {
  const f = figures(text);
  expect(f.length).toBeGreaterThan(0);
  return f[0].source.name.toLowerCase().includes(party.toLowerCase()) ? f[0].source.kind : undefined;
};

describe('armed parties and state forces by name', () => {
  it.each([
    ['The TNLA said its fighters had killed 23 police officers near the town.', 'TNLA', 'militant'],
    ['The New People\'s Army claimed it killed four soldiers in the ambush.', 'New People\'s Army', 'militant'],
    ['CODECO fighters said they had lost 11 men in the clashes.', 'CODECO', 'militant'],
    ['The CJNG said in a banner that 6 rivals had been executed.', 'CJNG', 'militant'],
    ['The FDS said 12 terrorists were neutralised during the sweep.', 'FDS', 'official'],
    ['FARDC spokesman Lt. Col. Mak Hazukay said 17 civilians were killed.', 'Hazukay', 'official'],
    ['The People\'s Liberation Army said two of its soldiers were injured.', 'People\'s Liberation Army', 'official'],
  ])('%s', (text, party, kind) => {
    expect(kindOf(text, party)).toBe(kind);
  });

  it('counts of Maoist insurgents are attackers, and the word is no speaker', () => {
    expect(figures('Over 200 Maoists have been killed in encounters since January.').map((c) => `${c.measure} ${c.group} ${c.value.low}`))
      .toEqual(['killed attackers 200']);
  });
});
