// Round 10: measures, groups, values and structure that the blind set dev 338-349 (news, coder notes, army, police
// and ministry releases) showed missing. Each row is a sentence in our own words and the row the extractor must give
// ("measure group low-high hedge"), or must not give.
import { describe, expect, it } from 'vitest';
import { absent, figures, table } from './helpers.js';

table('coordinated predicates: the later outcome is the final state', [
  ['Three (3) villagers sustained gunshot wounds and died on the way to the clinic.', 'killed civilians 3-3 exact'],
  ['Two of the porters were badly hurt in the fall and later died in hospital.', 'killed porters 2-2 exact'],
  ['Six miners suffered severe burns and subsequently died.', 'killed miners 6-6 exact'],
]);

absent('harm alone, or harm and a move, stays injured', [
  ['Seven guards were wounded and taken to the base clinic.', 'killed security_forces 7-7 exact'],
  ['Four traders suffered cuts and were treated on the spot.', 'killed traders 4-4 exact'],
]);

table('a place phrase after the counted noun comes before the verb', [
  ['Twelve people in the market were killed when the roof fell.', 'killed people 12-12 exact'],
  ['Five more patients in the old surgical ward died before dawn.', 'killed patients 5-5 exact'],
  ['Nine residents in the riverside quarter drowned.', 'killed civilians 9-9 exact'],
]);

table('armed persons and perpetrators are attackers', [
  ['The convoy was ambushed by some 30 armed individuals on motorbikes.', 'present attackers 30-30 about'],
  ['The raiders, numbering 6-8 persons, escaped into the bush.', 'present attackers 6-8 range'],
  ['The perpetrators, numbering about ten people, fled towards the border.', 'present attackers 10-10 about'],
]);

describe('reinforcements add to the force already there', () => {
  it('"an additional N personnel" after other figures is an increment', () => {
    const f = figures('Four people were killed in the clash. An additional 150 personnel have been deployed to the town.');
    const sent = f.find((c) => c.measure === 'present');
    expect(sent?.group).toBe('security_forces');
    expect(sent?.increment).toBe(true);
  });
  it('"N others" after a death toll is a new group, not more dead', () => {
    const f = figures('Two herders sustained gunshot wounds and died at the scene. Eight others with machete wounds are in hospital.');
    const hurt = f.find((c) => c.measure === 'injured');
    expect(hurt?.value.low).toBe(8);
    expect(hurt?.increment).toBeFalsy();
  });
});
