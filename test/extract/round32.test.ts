// Round 32: the misses of the blind sets F213-F218 (conflict wires, crowds, disasters, humanitarian sitreps, crime,
// accidents) and F225, F228-F230 (kidnappings, sieges and hijackings, searches for the missing, translated and
// headline pieces), each read after its blind score; every sentence is new.
import { describe, expect, it } from 'vitest';
import { absent, figures, sources, table } from './helpers.js';

describe('tallies of a war, a year or an earlier outbreak are another incident', () => {
  const meta = { outlet: 'Test Wire', published: '2026-06-04T10:00:00Z' };
  const scoped = (text: string, low: number): string | undefined =>
    figures(`A shell hit the bus station on Tuesday, killing 9 people. ${text}`, meta).find((c) => c.value.low === low)?.scope;
  it('a war named with its sides and an aside before "has killed"', () => {
    expect(scoped('The war between the junta and the rebel alliance, now in its third year, has killed 14,000 people.', 14000))
      .toBe('other');
  });
  it('a present perfect tally that runs to "this year"', () => {
    expect(scoped('The ministry says bandits have killed more than 600 police officers this year.', 600)).toBe('other');
  });
  it('an outbreak of a span of years, as the subject of a reported clause', () => {
    expect(scoped('Officials recalled that the 2016-2017 outbreak claimed 1,930 lives in the province.', 1930)).toBe('other');
  });
  it('not this incident\'s own toll', () => {
    expect(scoped('The governor said 12 people had died by evening.', 12)).toBeUndefined();
  });
});

sources('private people named by what they do or where they live, and a surname cut to its initial', [
  ['An earthquake shook the valley. In Sarband, villager Omar Rahimi said he had buried nine relatives.', 'nine',
    { name: 'villager Omar Rahimi', kind: 'witness' }],
  ['Two lorries collided. Motorcycle rider Daniel Otieno said four people were injured in the crash.', 'four',
    { name: 'motorcycle rider Daniel Otieno', kind: 'witness' }],
  ['Fighting spread. "Two boys from our street drowned in the river," said Grace K., 29, who reached the camp.', 'Two boys',
    { name: 'Grace K.', kind: 'witness' }],
]);

sources('a bracket after a count of one that says who that one is credits nobody', [
  ['Flood update from the Civil Defence Directorate.\n2. Missing: 1 (a motorist in Wadi Hawra; search resumes at dawn).',
    '1', { name: 'Civil Defence Directorate', kind: 'official' }],
]);

absent('one person named by an apposition before a reporting verb is a source, not a count', [
  ['Gunmen stopped the bus. One of the freed passengers, Halima Musa, said the men wore uniforms.', 'freed passengers 1-1 exact'],
  ['Pirates took the ship. One released sailor, a cook who gave only his first name, said the crew were fed once a day.',
    'freed crew 1-1 exact'],
]);

table('a band sized by "numbered" past a relative clause, and a list of forces numbering', [
  ['The gang, which herders said numbered between 25 and 30 men, drove off the cattle.', 'present attackers 25-30 range'],
  ['He said the gang that seized the engineers numbered at least 12 gunmen.', 'present attackers 12-null at_least'],
  ['The mayor said police, soldiers and volunteers numbering around 250 were digging through the mud.',
    'present people 250-250 about'],
]);

table('forces and responders at work', [
  ['About 400 soldiers and volunteers with spades and three excavators were working along the road on Friday.',
    'present people 400-400 about'],
  ['Officers from the tactical unit, about 40 in all, stormed the clinic at dawn, police said.',
    'present security_forces 40-40 about'],
  ['Search teams, about 90 people in all, were working through the night at the quarry.', 'present people 90-90 about'],
  ['"We have nearly 60 people on the ground and two dogs," the park warden said.', 'present people null-60 at_most'],
  ['She said 18 police search-and-rescue officers were on the mountain by noon.', 'present security_forces 18-18 exact'],
]);
absent('a force that has reached households is no force at the scene', [
  ['Red Cross volunteers, 220 in total, have reached 9,000 households with soap.', 'present volunteers 220-220 exact'],
]);

table('the freed by their collective, and sailors by nationality', [
  ['The company said the freed group included 14 women and nine children.', 'freed women 14-14 exact'],
  ['The owners said the released sailors, six Filipinos and two Ukrainians, were flown home.', 'freed crew 6-6 exact'],
]);

describe('falling ill', () => {
  it('is harm after a poisoning', () => {
    const rows = figures('Food poisoning at a boarding school: more than 120 pupils fell ill after supper.')
      .map((c) => `${c.measure} ${c.group}`);
    expect(rows).toContain('injured pupils');
  });
  it('is a case of the illness in an outbreak report', () => {
    const rows = figures('Cholera update from the district. Among camp staff, three cleaners fell ill last week.')
      .map((c) => `${c.measure} ${c.group}`);
    expect(rows).toContain('affected cleaners');
  });
});

table('the state as a speaker holds no one; a verb after a list whose first item has a modifier', [
  ['A man with a rifle and what police said was a grenade held nine people hostage in the post office.',
    'held people 9-9 exact'],
  ['Three soldiers guarding the convoy and one driver were killed in the ambush.', 'killed security_forces 3-3 exact'],
]);

table('more forces at work', [
  ['Residents said only about 90 police personnel had been posted at the river crossing.', 'present security_forces 90-90 about'],
  ['The minister said about 900 police officers and some 300 soldiers had been sent to clear the road.',
    'present security_forces 900-900 about'],
  ['About 70 police officers, backed by a drone, searched the estate overnight.', 'present security_forces 70-70 about'],
  ['The officer said 120 soldiers and 30 firefighters were using boats to reach the flooded hamlets.',
    'present security_forces 120-120 exact'],
]);

table('a bare count a prison holds is its inmates', [
  ['The jail, built for 250 inmates, was holding 870 when the riot began.', 'present inmates 870-870 exact'],
]);

table('a camp\'s tents and shelters, and a register of the displaced', [
  ['About 4,300 refugees have lost their shelters in the storm.', 'displaced refugees 4300-4300 about'],
  ['Some 2,900 people have had to leave their tents after the flooding.', 'displaced people 2900-2900 about'],
  ['The district office said about 1,700 people had been registered as displaced since the attack.',
    'displaced people 1700-1700 about'],
]);

sources('a subject\'s relative clause that withholds the name makes a private person unnamed', [
  ['A farmer, who spoke to us for fear of reprisals, said 14 herders were abducted.', '14',
    { name: 'farmer', kind: 'unnamed' }],
]);

sources('a document\'s noun before the pronoun that speaks', [
  ['The interior ministry briefed reporters at noon. In a statement it says nine gunmen were killed.', 'nine',
    { name: 'interior ministry', kind: 'official' }],
]);

table('care in hospital that names the hurt', [
  ['Doctors said 30 worshippers were hurt. Two of them were on drips overnight.', 'injured worshippers 2-2 exact'],
  ['The superintendent said three children are in the paediatric ICU.', 'injured children 3-3 exact'],
]);
