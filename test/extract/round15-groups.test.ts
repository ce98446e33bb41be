// Round 15 (groups): lists of ages, the army's own side, breakdowns that keep the total's group, and the kind of
// sources named in another language or by a document heading. Sentences written for these tables.
import { describe, expect, it } from 'vitest';
import { absent, figures, sourceAt, table, type SourceSeen } from './helpers.js';

table('an aside of ages does not hide the verb of the count', [
  ['Four hikers, ages 19, 23 and 27, and their guide were found dead below the ridge.', 'killed hikers 4-4 exact'],
  ['Two welders, aged 38 and 51, died when the tank exploded on Tuesday.', 'killed welders 2-2 exact'],
  ['Six pupils, aged between 8 and 11, were abducted on their way home from school.', 'held pupils 6-6 exact'],
]);

absent('the numbers of a list of ages are ages', [
  ['Four hikers, ages 19, 23 and 27, and their guide were found dead below the ridge.', 'killed people 23-23 exact'],
  ['Four hikers, ages 19, 23 and 27, and their guide were found dead below the ridge.', 'killed people 27-27 exact'],
  ['Two welders, aged 38 and 51, died when the tank exploded on Tuesday.', 'killed people 51-51 exact'],
  ['A third suspect, 19, was arrested near the border crossing.', 'arrested people 19-19 exact'],
  ['The other passenger, 44, was injured and taken to the clinic.', 'injured people 44-44 exact'],
]);

describe('a document-type heading names no issuer; a body under it does', () => {
  const release = "MARLOW COUNTY SHERIFF'S OFFICE\nNEWS RELEASE – FOR IMMEDIATE RELEASE\nMarlow, Ore., May 3, 2026\n\n" +
    'Two hikers were found dead near the lower falls on Saturday. Deputies rescued five others from the ridge.';
  it.each<[string, string, SourceSeen]>([
    ['the sheriff speaks, not "NEWS"', 'Two hikers', { name: "Marlow County Sheriff's Office", kind: 'official' }],
  ])('%s', (_what, at, want) => {
    expect(sourceAt(release, at)).toEqual(want);
  });
});

describe('the kind of a source named in another language, a press or a media cell', () => {
  it.each<[string, string, SourceSeen]>([
    ['SERVICIO NACIONAL DE ATENCIÓN A PERSONAS DETENIDAS (SENAD)\nBulletin No. 12\n\nQuito, 4 May 2026. The SENAD reports ' +
      'that six inmates were injured in a fight in Block 2.', 'six inmates',
    { name: 'Servicio Nacional de Atención a Personas Detenidas', kind: 'official' }],
    ['Two guards died in the fire, the Instituto Nacional Penitenciario said.', 'Two guards',
      { name: 'Instituto Nacional Penitenciario', kind: 'official' }],
    ['Local press reported 7 inmates dead after the riot.', '7 inmates', { name: 'local press', kind: 'media' }],
    ['The Security Media Cell said 3 suspects were detained near the checkpoint.', '3 suspects',
      { name: 'Security Media Cell', kind: 'official' }],
  ])('%s', (text, at, want) => {
    expect(sourceAt(text, at)).toEqual(want);
  });
});

table('a breakdown keeps its total, its group and the subject it joins', [
  ['Raiders opened fire on the convoy, killing 8 herders (3 of them Malian nationals) and wounding 11.',
    'killed herders 3-3 exact'],
  ['Raiders opened fire on the convoy, killing 8 herders and their guide, and wounding 11.', 'injured herders 11-11 exact'],
  ['At least 5 villagers, including a teacher and 2 girls, and 4 policemen were killed in the raid.',
    'killed civilians 5-null at_least'],
  ['At least 5 villagers, including a teacher and 2 girls, and 4 policemen were killed in the raid.',
    'killed security_forces 4-4 exact'],
]);

absent('what joins the subject after the aside is not a part of the aside', [
  ['Raiders opened fire on the convoy, killing 8 herders (3 of them Malian nationals) and wounding 11.',
    'killed nationals 3-3 exact'],
  ['We lost six men, among them a captain, and nine were wounded, the colonel said.', 'injured men 6-6 exact'],
]);

describe('a count joined after a breakdown aside is no part of the broken-down total', () => {
  it('links the girls to the villagers and leaves the policemen on their own', () => {
    const text = 'At least 5 villagers, including a teacher and 2 girls, and 4 policemen were killed in the raid.';
    const fs = figures(text);
    const girls = fs.find((f) => f.value.low === 2);
    const police = fs.find((f) => f.value.low === 4);
    expect(girls?.parts_of).toBeDefined();
    expect(police?.parts_of).toBeUndefined();
  });
});

table('a side of the fighting named first says whose bare counts follow', [
  ['On the friendly side, the toll is three (3) killed and six (6) wounded, all flown to Mopti.', 'killed security_forces 3-3 exact'],
  ['On the friendly side, the toll is three (3) killed and six (6) wounded, all flown to Mopti.', 'injured security_forces 6-6 exact'],
  ['- On the enemy side: some thirty neutralised and four captured.', 'arrested attackers 4-4 exact'],
  ['On the side of friendly forces, 2 killed and 5 wounded in the ambush.', 'killed security_forces 2-2 exact'],
]);

table('a participle phrase after the count does not hide a verb with its possessive', [
  ['Two (2) persons deprived of liberty lost their lives in the fire, the prison service said.', 'killed people 2-2 exact'],
  ['Four detainees accused of looting lost their lives in the stampede at the gate.', 'killed detainees 4-4 exact'],
]);

table('a hyphenated age in an apposition counts as one word of the aside', [
  ['One patient, a 81-year-old woman with kidney failure, died at the shelter in Bago on Friday, nurses said.',
    'killed patients 1-1 exact'],
  ['Two workers, a 45-year-old welder and his 19-year-old apprentice, were killed in the blast.', 'killed workers 2-2 exact'],
]);
