// Round 14 (groups): antecedents of "others" and "of them", partitions of a stated total, ages and one-person
// counts, background figures. Sentences written for these tables.
import { describe, expect, it } from 'vitest';
import { absent, figures, rows, table } from './helpers.js';

table('one person counted, with a name or an age set off by commas', [
  ['One (1) herder, Mr. Isa Bello, aged 31, lost his life when the boat sank.', 'killed herders 1-1 exact'],
  ['One farmer, 52, was wounded when the shell landed near his field.', 'injured farmers 1-1 exact'],
  ['In the storm one resident had lost her life, the mayor said.', 'killed civilians 1-1 exact'],
  ['One porter, Jean Moke, was killed in the landslide.', 'killed porters 1-1 exact'],
  ['One (1) herder, Mr. Isa Bello, aged 31, lost his life and two (2) others were hurt.', 'injured herders 2-2 exact'],
]);

absent('an age between commas after one person is no count', [
  ['One farmer, 52, was wounded when the shell landed near his field.', 'injured people 52-52 exact'],
  ['One trader, Ama Owusu, 44, died in the blaze.', 'killed people 44-44 exact'],
  ['One (1) guard, 38, was injured in the attack.', 'injured people 38-38 exact'],
]);

table('"others" and "of them" point to the counted group', [
  ['Nine herders were set free on Friday. The five others, including the two guides, are still held in the camp.',
    'held herders 5-5 exact'],
  ['Nine fishermen were set free on Friday. The five others, including the two skippers, are still held in the camp.',
    'held crew 2-2 exact'],
  ['Police said 11 miners were brought up alive by rescuers and army engineers, and that three of them were badly hurt.',
    'injured miners 3-3 exact'],
]);

absent('the agent of a passive is not who "them" are', [
  ['Police said 11 people were brought up alive by neighbours and fire brigade divers, and that three of them were badly hurt.',
    'injured divers 3-3 exact'],
]);

table('parts of a stated total, also after a speaker clause', [
  ['A shell hit the school, killing 11 people, including the head teacher and his deputy and at least four pupils.',
    'killed pupils 4-null at_least'],
  ['Gunmen fired on the funeral, killing 9 people, among them the widow\'s two sons, and wounding 14 others.',
    'killed sons 2-2 exact'],
  ['The death toll has risen to 23, police said. The commander said that of the 23 dead, 17 had been named, while six were still unknown.',
    'killed people 6-6 exact'],
  ['Soldiers detained 120 suspects in the raid. Of the suspects detained, 70 were freed after checks, while 50 remain in custody.',
    'arrested suspects 50-50 exact'],
]);

describe('a total restated to open its parts is no new claim', () => {
  it.each([
    ['The death toll has risen to 23, police said. The commander said that of the 23 dead, 17 had been named, while six were still unknown.',
      'killed people 23-23 exact'],
  ])('%s', (text, once) => {
    expect(rows(text).filter((r) => r === once)).toHaveLength(1);
  });
});

// The scope of the figure whose evidence starts with `at` ('other' or 'this').
function scopeAt(text: string, at: string): string {
  const f = figures(text).find((c) => text.slice(c.span.start).startsWith(at));
  if (!f) throw new Error(`no figure at "${at}"`);
  return f.scope ?? 'this';
}

describe('background figures: a war-wide toll and an earlier dated event are scope other', () => {
  it.each([
    ['Gunmen killed 14 villagers on Sunday. The conflict, now in its fifth year, has killed more than 9,000 people.',
      'more than 9,000', 'other'],
    ['Gunmen killed 14 villagers on Sunday. The insurgency has displaced 300,000 people.', '300,000', 'other'],
    ['Gunmen killed 14 villagers on Sunday. The conflict, now in its fifth year, has killed more than 9,000 people.',
      '14 villagers', 'this'],
    ['Relief Update, 20 September 2025. Heavy rain on 19 September flooded the camp and 6 people drowned. ' +
      'In the storm of 2 June, 11 people died and 40 were hurt.', '11 people', 'other'],
    ['Relief Update, 20 September 2025. Heavy rain on 19 September flooded the camp and 6 people drowned. ' +
      'In the storm of 2 June, 11 people died and 40 were hurt.', '6 people', 'this'],
    ['Relief Update, 20 September 2025. Heavy rain flooded the camp and 6 people drowned. In May this year, a fire ' +
      'in the same camp killed two children.', 'two children', 'other'],
  ])('%s [%s]', (text, at, scope) => {
    expect(scopeAt(text, at)).toBe(scope);
  });
});

table('a list of groups as one count, and "a further N" after an active verb', [
  ['The captors freed 31 women, children and elderly villagers at dawn.', 'freed people 31-31 exact'],
  ['The kidnappers released 9 traders on Monday, then a further 14 traders on Tuesday evening.', 'freed traders 14-14 exact'],
  ['The gang abducted 12 pupils in the morning and another 7 in the afternoon.', 'held pupils 7-7 exact'],
]);

describe('a date of what befell this incident\'s people stays in scope', () => {
  it.each([
    ['Update, 20 September 2025. The 30 pupils abducted on 2 June were freed on Friday, police said.', '30 pupils', 'this'],
  ])('%s [%s]', (text, at, scope) => {
    expect(scopeAt(text, at)).toBe(scope);
  });
});

describe('a vague headline word is not repeated by a stated number', () => {
  it('leaves "three to five" after "several missing" unlinked', () => {
    const text = 'Two dead, several missing as ferry sinks on lake\n\nTwo people drowned when a ferry sank on Tuesday, ' +
      'police said. Officials believe three to five people are still missing.';
    const range = figures(text).find((c) => text.slice(c.span.start).startsWith('three to five'));
    expect(range?.measure).toBe('missing');
    expect(range?.repeat_of).toBeUndefined();
  });
});

describe('counts by sex or age that add up to the total before are its parts', () => {
  it.each([
    ['A bus plunged into the river on Sunday, killing six passengers, police said. Four women and two men died, the driver said.',
      'Four women', true],
    ['Gunmen killed two (2) soldiers at the post. One (1) trader and one (1) farmer were also killed.', 'One (1) trader', false],
  ])('%s [%s]', (text, at, part) => {
    const f = figures(text).find((c) => text.slice(c.span.start).startsWith(at));
    expect(!!f?.parts_of).toBe(part);
  });
});

describe('this incident\'s dates and flare-ups stay in scope', () => {
  it.each([
    ['Update, 20 September 2025. The 30 pupils who were seized from their school in Kaura on 2 June were freed on Friday.',
      '30 pupils', 'this'],
    ['Clashes broke out on Sunday between two clans. The conflict has killed at least 12 people since Sunday, police said.',
      'at least 12', 'this'],
  ])('%s [%s]', (text, at, scope) => {
    expect(scopeAt(text, at)).toBe(scope);
  });
});
