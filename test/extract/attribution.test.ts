// Who asserts each figure: the speaker, its kind, the channel, carried over quotes and paragraphs.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';
import { extract } from '../../src/extract/index.js';

type Expect = { name: string; kind: string; via?: string };
const src = (text: string, i = 0, meta = { outlet: 'Daily Star' }): Expect => {
  const f = figures(text, meta)[i];
  const out: Expect = { name: f.source.name, kind: f.source.kind };
  if (f.source.via) out.via = f.source.via;
  return out;
};

describe('attribution', () => {
  const cases: Array<[string, number, Expect]> = [
    ['Police said 12 people were killed.', 0, { name: 'police', kind: 'official' }],
    ['12 people were killed, police said.', 0, { name: 'police', kind: 'official' }],
    ['"Twelve people died," said Ahmed Raza, a hospital spokesman.', 0, { name: 'Ahmed Raza', kind: 'official' }],
    ['According to the army, 20 militants were killed.', 0, { name: 'army', kind: 'official' }],
    ['Sources in Karachi told Star News that 80 people had been rescued.', 0,
      { name: 'sources in Karachi', kind: 'unnamed', via: 'Star News' }],
    ['The Baloch Liberation Army (BLA), which claimed the attack, said it had killed 30 soldiers.', 0,
      { name: 'Baloch Liberation Army', kind: 'militant' }],
    ["The BLA's statement claimed that 14 soldiers were killed.", 0, { name: 'BLA', kind: 'militant' }],
    ['In a statement, the ISPR said 6 terrorists were killed.', 0, { name: 'ISPR', kind: 'official' }],
    ['Officials who spoke on condition of anonymity said 40 people died.', 0, { name: 'officials', kind: 'unnamed' }],
    ['Initial reports indicated that multiple travellers were wounded.', 0, { name: 'initial reports', kind: 'unnamed' }],
    ['Local media reported that 9 people drowned.', 0, { name: 'local media', kind: 'media' }],
    ['A survivor, Maria Lopez, said she saw 50 bodies.', 0, { name: 'Maria Lopez', kind: 'witness' }],
    ['An army spokesman, Col. Peter Obi, said 4 attackers had been killed.', 0, { name: 'Peter Obi', kind: 'official' }],
    ['Per local media, 2 attackers died; a militant spokesman claimed 9 police were killed.', 1,
      { name: 'militant spokesman', kind: 'militant' }],
    ['Hospital sources, however, said 21 bodies had arrived.', 0, { name: 'Hospital sources', kind: 'unnamed' }],
    ['Police: 18 killed, 9 rescued, 6 missing.', 2, { name: 'Police', kind: 'official' }],
    ['A bus overturned and 13 people died.', 0, { name: 'Daily Star', kind: 'media' }],
    ['Deaths 84 (Red Crescent); the provincial governor gives 79.', 0, { name: 'Red Crescent', kind: 'official' }],
    ['Earlier on Wednesday the ministry had put the death toll at 38.', 0, { name: 'ministry', kind: 'official' }],
    ['Local officials and residents said 30 villagers were killed.', 0, { name: 'local officials and residents', kind: 'official' }],
  ];
  it.each(cases)('%s', (text, i, expected) => {
    const got = src(text, i);
    expect(got.kind).toBe(expected.kind);
    expect(got.name.toLowerCase()).toContain(expected.name.toLowerCase());
    expect(got.via).toBe(expected.via);
  });

  it('uses "outlet" as the name when metadata has none', () => {
    expect(figures('A bus overturned and 13 people died.')[0].source).toMatchObject({ name: 'outlet', kind: 'media' });
  });

  it('speaks as the issuer in a group\'s own statement', () => {
    expect(src('Our fighters killed 26 soldiers.', 0, { outlet: 'Baloch Liberation Army' }).kind).toBe('militant');
  });
});

describe('coreference and carry-over', () => {
  it('resolves "the group" and "they" to the last militant speaker', () => {
    const text = 'The BLA said it had taken 214 hostages. The group also warned that 30 soldiers had been killed.\n' +
      'They further claimed that 10 more soldiers died.';
    const fs = figures(text, { outlet: 'Daily Star' });
    expect(fs.map((f) => f.source.name)).toEqual(['BLA', 'BLA', 'BLA']);
    expect(fs.every((f) => f.source.kind === 'militant')).toBe(true);
  });

  it('carries a quote over several sentences to the speaker named where it closes', () => {
    const text = '"We freed 12 hostages. Another 40 are still missing," the commander said.';
    const fs = figures(text, { outlet: 'Daily Star' });
    expect(fs.map((f) => f.source.name)).toEqual(['commander', 'commander']);
  });

  it('carries an attribution to the next sentence of the same paragraph', () => {
    const text = 'Sources in Quetta told Star News that 80 people had been rescued. These include 43 men, 26 women, 11 children';
    const fs = figures(text, { outlet: 'Daily Star' });
    expect(new Set(fs.map((f) => f.source.name))).toEqual(new Set(['sources in Quetta']));
  });

  it('does not carry an attribution into a new paragraph', () => {
    const text = 'Police said 5 people died.\nA second bus carrying 40 people arrived.';
    expect(figures(text, { outlet: 'Daily Star' })[1].source.name).toBe('Daily Star');
  });

  it('exposes the source in force at an offset to event extraction', () => {
    const text = 'Police said 5 people died.';
    const fig = extract(text, { outlet: 'Daily Star' }).claims[0];
    expect(fig.source.name).toBe('police');
  });
});

describe('source aliases', () => {
  const cases: Array<[string, string]> = [
    ['The Baloch Liberation Army said it had killed 30 soldiers.', 'BLA'],
    ['The BLA said it had killed 30 soldiers.', 'BLA'],
    ['DG ISPR said 5 soldiers died.', 'ISPR'],
    ['Inter-Services Public Relations said 5 soldiers died.', 'ISPR'],
  ];
  it.each(cases)('%s → org %s', (text, org) => {
    expect(figures(text)[0].source.org).toBe(org);
  });
});
