// People a text names one at a time as dead or hurt, with no number ("a guard was shot dead"): no claims, but the
// per-text count a coder records takes each as one (singular-victims.ts, text-counts.ts). Sentences our own.
import { describe, expect, it } from 'vitest';
import { extract, extractWithVictims } from '../../src/extract/index.js';
import { singularVictims } from '../../src/extract/singular-victims.js';
import { textCounts } from '../../src/extract/text-counts.js';

const found = (text: string): string[] =>
  singularVictims(text).map((v) => `${v.measure} ${v.group} "${text.slice(v.span.start, v.span.end)}"${v.besideFigure ? ' beside' : ''}${v.another ? ' more' : ''}`);

describe('singularVictims: who is named one at a time', () => {
  it.each<[string, string[]]>([
    ['Raiders shot dead a herder and his nephew near the well.', ['killed herders "a herder"', 'killed people "his nephew"']],
    ['A traffic policeman was killed and a street vendor was wounded.', ['killed security_forces "A traffic policeman"', 'injured vendors "a street vendor"']],
    ['A 62-year-old woman died when the wall gave way.', ['killed women "A 62-year-old woman"']],
    ['Three soldiers and a civilian were killed in the ambush.', ['killed civilians "a civilian" beside']],
    ['A nurse and two (2) patients lost their lives.', ['killed nurses "A nurse" beside']],
    ['A ranger was also killed in the exchange of fire.', ['killed security_forces "A ranger" more']],
    ['Another miner died in hospital overnight.', ['killed miners "Another miner" more']],
    ['The suicide bomber was killed in the blast.', ['killed attackers "The suicide bomber"']],
    ['The gunmen wounded a security guard before they fled.', ['injured security_forces "a security guard"']],
    ['On Sunday Corporal Yusuf Danladi died of his wounds.', ['killed people "Corporal Yusuf Danladi"']],
    ['Raiders shot dead Halima Sani, 52, in her shop.', ['killed people "Halima Sani"']],
    ['Tomas Reyes and Ana Duarte were injured by flying glass.', ['injured people "Tomas Reyes"', 'injured people "Ana Duarte"']],
    ['A teacher, aged 41, was killed at the gate.', ['killed teachers "A teacher"']],
    // a passive's first verb, then "and" and how it ended (storm and accident narratives)
    ['A golfer was hit by lightning and killed on the ninth hole.', ['killed golfers "A golfer"']],
    ['A motorist was swept away and drowned at the low crossing.', ['killed motorists "A motorist"']],
    ['A nurse was taken to hospital and died the next morning.', ['killed nurses "A nurse"']],
    ['A lineman was thrown from the pole and badly hurt.', ['injured linemen "A lineman"']],
    ['A suspect was arrested and a constable was injured.', ['injured security_forces "a constable"']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['a threat', 'The kidnappers threatened to kill a hostage each day.'],
    ['an arrest', 'Police said a suspect had been arrested at the border.'],
    ['a part of a count', 'Nine people died, including a toddler.'],
    ['one among the injured', 'The ferry captain was among the injured.'],
    ['a past attack', 'The raid came a month after an ambush that killed a teacher.'],
    ['an earlier year', 'In 2021 a guard was shot dead at the same gate.'],
    ['a possessive noun', "A soldier's wife was questioned by investigators."],
    ['a thing, not a person', 'A bomb killed nobody, the army said.'],
    ['a body by name', 'The Lagos State Police Command was attacked and its officers wounded.'],
    ['an apposition naming the counted', 'Two soldiers, a sergeant and a corporal, were killed.'],
  ])('no one for %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('textCounts: people named one at a time join the count', () => {
  const count = (text: string) => Object.fromEntries(Object.entries(textCounts(extract(text).claims, singularVictims(text)))
    .map(([m, c]) => [m, c.value]));
  it.each<[string, Record<string, number>]>([
    ['Gunmen killed a herder and his son on the farm road, police said.', { killed: 2 }],
    ['Four policemen and a driver were killed when the convoy was ambushed, officials said.', { killed: 5 }],
    ['Six workers died in the blast. A security guard was also killed, the company said.', { killed: 7 }],
    ['Two tourists died in the fire, the governor said. A Danish woman died at the scene.', { killed: 2 }],
    ['A farmer was shot dead in the raid. Neighbours said the men who shot a farmer had come on foot.', { killed: 1 }],
  ])('%s', (text, expected) => {
    expect(count(text)).toMatchObject(expected);
  });

  it('the count shows the words of each person it adds', () => {
    const text = 'Three guards and a nurse were wounded in the attack.';
    const injured = textCounts(extract(text).claims, singularVictims(text)).injured;
    expect(injured?.value).toBe(4);
    expect((injured?.singles ?? []).map((s) => text.slice(s.start, s.end))).toEqual(['a nurse']);
  });
});

describe('singularVictims: linear time on pathological input', () => {
  const cpu = (text: string): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < 3; r++) {
      const c = process.cpuUsage();
      singularVictims(text);
      const u = process.cpuUsage(c);
      best = Math.min(best, (u.user + u.system) / 1000);
    }
    return best;
  };
  it.each([
    ['one long list', 'a man, a woman and two (2) soldiers and a '],
    ['relative clauses in one sentence', 'after a raid that killed a farmer and '],
  ])('%s: 4x the input takes < 8x the time', (_name, unit) => {
    const make = (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    cpu(make(1000));
    let ratio = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      const small = cpu(make(100_000));
      const large = cpu(make(400_000));
      if (large < Math.max(8 * small, 60)) return;
      ratio += ` ${large.toFixed(0)} ms / ${small.toFixed(0)} ms;`;
    }
    expect.fail(`4x the input took over 8x the time in three attempts:${ratio}`);
  });
});

describe('extractWithVictims: one reading for the claims and the single victims', () => {
  it.each([
    'A farmer was shot dead at the well and his brother was wounded. Four other villagers were hurt.',
    'Police said a guard died in the blast; 12 people were injured, a nurse among them.',
    'In 2019 a bomb at the same market killed a trader. On Monday 5 people died there.',
  ])('%s', (text) => {
    const { extraction, victims } = extractWithVictims(text, { outlet: 'Test Desk' });
    expect(extraction).toEqual(extract(text, { outlet: 'Test Desk' }));
    expect(victims).toEqual(singularVictims(text, { outlet: 'Test Desk' }));
  });
});
