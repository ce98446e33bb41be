// Figure detection, one table per phenomenon. Each row: a sentence in our own words → a claim it must give
// ("measure group low-high hedge").
import { describe, expect, it } from 'vitest';
import { figures, row, rows, table } from './helpers.js';

table('measures, active voice', [
  ['Gunmen killed 12 soldiers at the post.', 'killed security_forces 12-12 exact'],
  ['The blast tore through the market, killing at least 30.', 'killed people 30-null at_least'],
  ['Commandos freed 80 hostages before dawn.', 'freed hostages 80-80 exact'],
  ['A train carrying around 500 people was stopped.', 'present people 500-500 about'],
  ['The quake injured 45 pupils.', 'injured pupils 45-45 exact'],
  ['Kidnappers seized 17 students from a dormitory.', 'held students 17-17 exact'],
  ['Police arrested 9 suspects overnight.', 'arrested suspects 9-9 exact'],
  ['The crash left 5 injured.', 'injured people 5-5 exact'],
  ['The group said it had taken 60 hostages.', 'held hostages 60-60 exact'],
]);

table('measures, passive and predicate', [
  ['12 soldiers were killed in the ambush.', 'killed security_forces 12-12 exact'],
  ['80 hostages were rescued on Friday.', 'freed hostages 80-80 exact'],
  ['Nine crew members remain missing.', 'missing crew 9-9 exact'],
  ['30 dead after the bus fell into a gorge', 'killed people 30-30 exact'],
  ['Some 200 people had been evacuated from their homes.', 'displaced people 200-200 about'],
  ['Four officers who were guarding the gate were among the dead.', 'killed security_forces 4-4 exact'],
  ['Three policemen guarding the bank were wounded.', 'injured security_forces 3-3 exact'],
  ['Fourteen workers were taken out injured.', 'injured workers 14-14 exact'],
  ['Eight miners were pulled out alive.', 'freed miners 8-8 exact'],
  ['The 450 passengers and crew on board are safe.', 'present people 450-450 exact'],
  ['Nineteen members of a wedding party were killed.', 'killed people 19-19 exact'],
]);

table('measures, nominal', [
  ['The death toll rose to 12 on Sunday.', 'killed people 12-12 exact'],
  ['The toll has climbed to 33 from 27.', 'killed people 33-33 exact'],
  ['Among the dead were 4 children.', 'killed children 4-4 exact'],
  ['12 bodies were recovered from the river.', 'killed people 12-12 exact'],
  ['Deaths: 192; Missing: 31', 'killed people 192-192 exact'],
  ['Deaths: 192; Missing: 31', 'missing people 31-31 exact'],
  ['The number of people killed in the storm has risen to 318.', 'killed people 318-318 exact'],
  ['The ministry raised the overall toll from both blasts to 27.', 'killed people 27-27 exact'],
  ['On board the ferry were 55 passengers.', 'present passengers 55-55 exact'],
  ['Passengers on board: 33', 'present passengers 33-33 exact'],
  ['The raid resulted in the death of 7 guards.', 'killed security_forces 7-7 exact'],
  ['KEY FIGURES: 400+ reported killed', 'killed people 400-null at_least'],
]);

table('groups', [
  ['30 security personnel were killed.', 'killed security_forces 30-30 exact'],
  ['5 FC personnel were injured.', 'injured security_forces 5-5 exact'],
  ['20 militants were killed in the raid.', 'killed attackers 20-20 exact'],
  ['7 railway staff died.', 'killed crew 7-7 exact'],
  ['3 bystanders were hurt.', 'injured civilians 3-3 exact'],
  ['Six students were abducted.', 'held students 6-6 exact'],
  ['40 migrants drowned off the coast.', 'killed migrants 40-40 exact'],
  ['Two dozen off-duty police officers were hurt.', 'injured security_forces 24-24 exact'],
  ['15 welders were trapped underground.', 'missing welders 15-15 exact'],
]);

describe('distractors are not figures', () => {
  const cases: string[] = [
    'The attack happened on 11 March 2025 at 9:30 am.',
    'Train No. 23 left Quetta at 9 a.m. with 9 coaches.',
    'The siege lasted 30 hours and the site is 160 km away.',
    'A 45-year-old man and a boy aged 12 were questioned.',
    'The families will receive 500,000 rupees each, about 5 percent of the budget.',
    'The town of 85,000 people mourned.',
    'Rescue 1122 spokesman Ali Raza arrived with 14 ambulances.',
    'Flight 370 carried mail; 3 buildings and 12 vehicles were damaged.',
    'Two officials said the road was closed.',
    'It was the third attack this year and the 2nd in a week.',
  ];
  it.each(cases)('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('zero claims and "all"', () => {
  const cases: Array<[string, string]> = [
    ['There were no casualties.', 'killed people 0-0 exact'],
    ['No one was hurt in the fire.', 'injured people 0-0 exact'],
    ['Nobody was killed.', 'killed people 0-0 exact'],
    ['None of the passengers were injured.', 'injured passengers 0-0 exact'],
    ['No deaths have been reported.', 'killed people 0-0 exact'],
    ['Troops freed all the hostages.', 'freed hostages null-null vague'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
  it('marks "all" with quantifier', () => {
    expect(figures('Troops freed all the hostages.')[0].quantifier).toBe('all');
  });
  it('ignores conditional threats ("would be executed")', () => {
    expect(rows('The group warned that all hostages would be executed.')).toEqual([]);
  });
  it('ignores "no" before things that are not people', () => {
    expect(rows('No communication had been established.')).toEqual([]);
  });
});

describe('breakdowns', () => {
  const cases: Array<[string, string[], Array<[number, number]>]> = [
    ['80 people were rescued, including 43 men, 26 women and 11 children.',
      ['freed people 80-80 exact', 'freed men 43-43 exact', 'freed women 26-26 exact', 'freed children 11-11 exact'],
      [[1, 0], [2, 0], [3, 0]]],
    ['So far 80 people have been freed. These include 43 men, 26 women, 11 children',
      ['freed people 80-80 exact', 'freed men 43-43 exact', 'freed women 26-26 exact', 'freed children 11-11 exact'],
      [[1, 0], [2, 0], [3, 0]]],
    ['At least 18 pilgrims, 11 of them women, were crushed to death.',
      ['killed pilgrims 18-null at_least', 'killed women 11-11 exact'], [[1, 0]]],
    ['The blast killed 31 people. Of them, 12 were children.',
      ['killed people 31-31 exact', 'killed children 12-12 exact'], [[1, 0]]],
    ['Doctors treated 46 wounded people, of whom 19 were children.',
      ['injured people 46-46 exact', 'injured children 19-19 exact'], [[1, 0]]],
    ['A doctor said 11 of the dead were women and 5 were children.',
      ['killed women 11-11 exact', 'killed children 5-5 exact'], []],
  ];
  it.each(cases)('%s', (text, expected, links) => {
    const fs = figures(text);
    expect(fs.map(row)).toEqual(expected);
    for (const [part, total] of links) expect(fs[part].parts_of).toBe(fs[total].id);
  });
});

describe('increments', () => {
  const cases: Array<[string, string]> = [
    ['Rescuers found 50 more bodies.', 'killed people 50-50 exact'],
    ['Another 12 people died in hospital.', 'killed people 12-12 exact'],
    ['An additional 7 soldiers were wounded.', 'injured security_forces 7-7 exact'],
    ['Dozens more were injured.', 'injured people 24-99 vague'],
  ];
  it.each(cases)('%s', (text, expected) => {
    const fs = figures(text);
    expect(fs.map(row)).toContain(expected);
    expect(fs.find((f) => row(f) === expected)?.increment).toBe(true);
  });
  it('leaves totals unmarked', () => {
    expect(figures('The toll rose to 33.')[0].increment).toBeUndefined();
  });
});

describe('scope "other" for earlier incidents', () => {
  const cases: Array<[string, string, boolean]> = [
    ['Gunmen killed 6 guards on Monday. In 2019, a similar attack killed 9 people.', 'killed people 9-9 exact', true],
    ['Gunmen killed 6 guards on Monday. In 2019, a similar attack killed 9 people.', 'killed security_forces 6-6 exact', false],
    ['It was the deadliest blast since 2014, when 40 people died.', 'killed people 40-40 exact', true],
  ];
  it.each(cases)('%s → %s', (text, expected, other) => {
    const f = figures(text, { published: '2025-03-11T10:00:00Z' }).find((c) => row(c) === expected);
    expect(f).toBeDefined();
    expect(f?.scope === 'other').toBe(other);
  });
  it('gives background figures to the outlet', () => {
    const f = figures('Police said 6 guards died. In 2019, a similar attack killed 9 people.', { outlet: 'Daily Star', published: '2025-01-01' });
    expect(f[1].source.name).toBe('Daily Star');
  });
});

describe('headline repeats', () => {
  it('links the body figure to the headline figure', () => {
    const text = 'Bus plunges into river, 19 dead\n\nNineteen people were killed when a bus fell into a river, police said.';
    const fs = figures(text);
    expect(fs.map(row)).toEqual(['killed people 19-19 exact', 'killed people 19-19 exact']);
    expect(fs[1].repeat_of).toBe(fs[0].id);
  });
  it('does not link different values', () => {
    const fs = figures('Bus plunges into river, 19 dead\n\nAt least 21 people were killed, police said.');
    expect(fs[1].repeat_of).toBeUndefined();
  });
});

describe('claim shape', () => {
  it('numbers figure ids in text order and spans slice the number phrase', () => {
    const text = 'Rebels killed 7 soldiers and wounded 12 others.';
    const fs = figures(text);
    expect(fs.map((f) => f.id)).toEqual(['f1', 'f2']);
    expect(text.slice(fs[0].span.start, fs[0].span.end)).toBe('7 soldiers');
    expect(fs[0].sentence).toEqual({ start: 0, end: text.length });
  });
});
