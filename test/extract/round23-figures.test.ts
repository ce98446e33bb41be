// Round 23 (own words): figures fresh text still lost. A sitrep table line that says "nil" for none; a harm noun
// after "and" that is the next item, not a second noun of people; labelled sitrep breakdowns with slashes or lower-case
// labels; "them" that is never the subject of its own verb; a clause after ", as" with its own subject; things after
// "out of"; "Of the <counting noun>," openers; hyphenated ages in part lists; digging and a headline's "escape".
import { describe, expect, it } from 'vitest';
import { absent, figures, rows, table } from './helpers.js';

table('"Label: nil" in a sitrep table is a zero of that label', [
  ['Injured: nil', 'injured people 0-0 exact'],
  ['Dead: 5, Missing: nil', 'missing people 0-0 exact'],
  ['Arrests: Nil', 'arrested people 0-0 exact'],
]);

describe('"nil" outside a table line counts nobody', () => {
  it.each([
    'The council said there was nil response from the ministry.',
    'Water supply to the camp was nil for two days.',
  ])('%s', (text) => {
    expect(rows(text).filter((r) => r.includes(' 0-0 '))).toEqual([]);
  });
});

table('"N <people> and injuries to M others": the harm after "and" is the next item, not a second group', [
  ['The blast caused the death of four worshippers and injuries to seven others.', 'killed worshippers 4-4 exact'],
  ['The blast caused the death of four worshippers and injuries to seven others.', 'injured worshippers 7-7 exact'],
  ['The crash caused the death of two nurses and injuries to five patients.', 'killed nurses 2-2 exact'],
  ['The crash caused the death of two nurses and injuries to five patients.', 'injured patients 5-5 exact'],
]);

absent('... so the first count keeps its own noun', [
  ['The blast caused the death of four worshippers and injuries to seven others.', 'killed people 4-4 exact'],
  ['The fire caused the death of three welders and burns to a dozen more.', 'killed people 3-3 exact'],
]);

table('"(label N / label M)" in a sitrep: a spaced slash between labelled counts parts a breakdown', [
  ['Deaths: 15 (hospital 9 / community 6)', 'killed people 9-9 exact'],
  ['Cumulative deaths: 12 (treatment centre 7 / community 5)', 'killed people 7-7 exact'],
  ['Fatalities: 10 (district hospital 6 / village 4)', 'killed people 6-6 exact'],
]);

describe('slashes that part no breakdown still count nothing', () => {
  it.each([
    'The ward has 3 / 4 beds free.',
    'On 12 / 5 / 2026 the rains stopped.',
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

table('"<subject> had since <verb> N of them": "them" are the people counted before, never the subject of that verb', [
  ['Police said 20 prisoners escaped and that officers later rearrested 8 of them.', 'arrested prisoners 8-8 exact'],
  ['The warden said 45 of the 200 detainees had fled and that soldiers had since recaptured 19 of them.', 'arrested detainees 19-19 exact'],
]);

absent('... so the subject never lends them its group', [
  ['Police said 20 prisoners escaped and that officers later rearrested 8 of them.', 'arrested security_forces 8-8 exact'],
  ['The warden said 45 of the 200 detainees had fled and that soldiers had since recaptured 19 of them.', 'arrested security_forces 19-19 exact'],
]);

table('"..., police said, as a group said it was holding N": the state named before the clause does not hold them', [
  ['Troops freed two pupils on Monday, the army said, while a militia said it was holding nine villagers.', 'held civilians 9-9 exact'],
  ['Four drivers went missing near the border, police said, as a gang claimed it was holding six traders.', 'held traders 6-6 exact'],
]);

table('... while the state as the subject of its own clause still holds people under arrest', [
  ['Police, acting on a tip, held 3 men.', 'arrested men 3-3 exact'],
  ['The army said it was holding 12 suspects.', 'arrested suspects 12-12 exact'],
]);

describe('"N of them out of M <things>": "them" are the things named after "out of", no people', () => {
  it.each([
    'Gunners on the ridge brought down six of them out of nine drones sent over the base.',
    'The guards shot down three of them out of seven rockets fired at the camp.',
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

table('... while a whole of people after "out of" still counts them', [
  ['The miners were trapped and rescuers freed six of them out of nine.', 'freed miners 6-6 exact'],
]);

describe('"Label: N (label a / label b)": lower-case labels of where or how split a total that they sum to', () => {
  it.each([
    ['Injured: 40 (admitted 15 / treated and released 25)', 'injured', [15, 25]],
    ['Deaths: 11 (health centre 7, at the roadside 4)', 'killed', []],
    ['Cumulative cases: 90 (suspected 72 / confirmed 18)', 'affected', [18, 72]],
  ])('%s', (text, measure, parts) => {
    const got = figures(text as string);
    const total = got.find((c) => c.value.low !== null && !c.parts_of && c.measure === measure);
    expect(total).toBeDefined();
    const linked = got.filter((c) => c.parts_of === total?.id).map((c) => c.value.low).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(linked).toEqual(parts);
  });
});

absent('... and only when they sum to the total', [
  ['Injured: 40 (admitted 15 / discharged 12)', 'injured people 15-15 exact'],
]);

describe('"Of the <adjective> <counting noun>, N are X": a subset of the total that noun counts, never of a smaller one', () => {
  it.each([
    ['Cumulative cases: 410\n\nNew cases today: 12\n\nThe first patients came from the camp. Of the cumulative cases, 150 are children under five.', 150, 410],
    ['Arrests: 30. Protests went on for days. Shops were shut. Of the arrests, 8 were minors.', 8, 30],
  ])('%s', (text, part, whole) => {
    const got = figures(text);
    const p = got.find((c) => c.value.low === part);
    const w = got.find((c) => c.value.low === whole);
    expect(p?.parts_of).toBeDefined();
    expect(p?.parts_of).toBe(w?.id);
  });
});

table('"among them a 12-year-old and two nurses": a hyphenated age is one single person before the counted items', [
  ['Police confirm 9 dead, among them a 12-year-old and two nurses.', 'killed nurses 2-2 exact'],
  ['Nine died, including a 15-year-old and three teachers.', 'killed teachers 3-3 exact'],
  ['Officials said 20 were hurt, among them a 70-year-old and 4 students.', 'injured students 4-4 exact'],
]);

table('people digging at a slide or a collapse were there', [
  ['About 60 volunteers were digging by hand through the night.', 'present volunteers 60-60 about'],
  ['Nine miners were digging a new shaft when the wall gave way.', 'present miners 9-9 exact'],
]);

describe('... while machines digging beside them count no one', () => {
  it.each([
    'Rescuers with two earthmovers and their bare hands were digging through mud.',
    'Three backhoes were digging at the edge of the slide.',
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

table('a headline\'s present "escape" counts those who got away', [
  ['Eight hostages escape from forest camp', 'freed hostages 8-8 exact'],
  ['Over 60 prisoners escape as mob storms jail', 'other prisoners 60-null at_least'],
]);

describe('... while "tried to escape" says only what they attempted', () => {
  it('Some 40 villagers tried to escape through the fields.', () => {
    expect(rows('Some 40 villagers tried to escape through the fields.').filter((r) => r.startsWith('freed'))).toEqual([]);
  });
});
