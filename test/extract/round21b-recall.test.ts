// Round 21b (own words): figures the extractor did not produce at all on fresh text (issue #4): a noun that names
// the displaced, a relative clause before an intransitive verb phrase, a fatal shooting, the sick, and the verb
// before its subject in translated reports.
import { describe, expect, it } from 'vitest';
import { absent, rows, table } from './helpers.js';

table('people named by their flight are displaced when no verb says more', [
  ['The school compound now shelters about 12,400 displaced persons.', 'displaced people 12400-12400 about'],
  ['Some 830 internally displaced persons queued for water rations.', 'displaced people 830-830 about'],
  ['The district counts 2,150 IDPs in its three transit sites.', 'displaced people 2150-2150 exact'],
]);

table('... and a verb of harm after them still decides', [
  ['Nine displaced persons were killed when the shell hit the tents.', 'killed people 9-9 exact'],
]);

table('a relative clause between the count and an intransitive verb phrase', [
  ['Six herders who were near the well also lost their lives.', 'killed herders 6-6 exact'],
]);

table('a fatal shooting is a death; the digits repeated in brackets change nothing', [
  ['Two (2) robbers were fatally shot by the patrol.', 'killed attackers 2-2 exact'],
  ['One guard was fatally stabbed and three customers were hurt.', 'killed security_forces 1-1 exact'],
]);

table('the sick taken in by a clinic are hurt', [
  ['The mission clinic admitted 17 sick persons overnight.', 'injured people 17-17 exact'],
]);

table('translated word order: the verb before its subject', [
  ['In the flooded quarter were living 58 persons.', 'present people 58-58 exact'],
  ['In the mudflow lost their lives 5 persons.', 'killed people 5-5 exact'],
  ['Near the river bank the search of 11 persons goes on.', 'missing people 11-11 exact'],
]);

absent('a transitive verb before its object keeps its own reading', [
  ['Patrol boats had picked up 21 others from the water.', 'killed people 21-21 exact'],
]);

table('a bare "N more" after a noun that is its own measure counts more of it', [
  ['Divers brought up five bodies from the hull at dusk and three more at first light.', 'killed people 3-3 exact'],
  ['Searchers located 8 bodies inside the mill and two more.', 'killed people 2-2 exact'],
]);

table('taking part, in the perfect too, is being there', [
  ['Officials said about 400 police officers and 70 soldiers had taken part in the sweep.', 'present security_forces 70-70 exact'],
]);

describe('a bullet before "Of these," still opens a subset: the places after it split the total', () => {
  it('splits the sheltered total over two districts', () => {
    const got = rows('- Displaced: 6,400\n- Of these, in Ba: 4,100; in Nadi: 2,300');
    expect(got).toContain('displaced people 4100-4100 exact');
    expect(got).toContain('displaced people 2300-2300 exact');
  });
});

table('people a hazard still threatens are counted as other, with their parts', [
  ['Some 9,800 people are at risk of more rockfalls, among them 700 children under five.', 'other people 9800-9800 about'],
  ['Some 9,800 people are at risk of more rockfalls, among them 700 children under five.', 'other children 700-700 exact'],
]);

absent('an age limit after children is no count', [
  ['Some 9,800 people are at risk of more rockfalls, among them 700 children under five.', 'other people null-5 at_most'],
  ['The fever killed 31 children under 5 in the camp.', 'killed people null-5 at_most'],
]);

table('... and the count before the age limit keeps its verb', [
  ['Six children under 10 were rescued from the canal.', 'freed children 6-6 exact'],
]);

table('a participle that does not end in -ed opens a clause before the main verb', [
  ['Three traders struck by falling debris died at the clinic.', 'killed traders 3-3 exact'],
  ['Four anglers caught in the squall are still missing.', 'missing anglers 4-4 exact'],
]);

table('a body that gives shelter after the event keeps the displaced', [
  ['The parish has been sheltering 64 people since the storm.', 'displaced people 64-64 exact'],
]);

table('translated order: the place left between the verb and its object', [
  ['The fighters released from the camp 120 of the detainees.', 'freed detainees 120-120 exact'],
  ['The team extracted alive from beneath the debris 12 persons.', 'freed people 12-12 exact'],
]);

table('taken into a captors\' place is captivity in any report, past an aside of who they were', [
  ['Elders said 23 farmers, most of them young men, were taken into the bush.', 'held farmers 23-23 exact'],
]);

absent('... but "taken to" a camp may be a camp for the displaced', [
  ['Some 40 villagers were taken to a camp near the town.', 'held people 40-40 exact'],
]);

table('an adverb before a participle that opens a clause on the noun belongs to the clause', [
  ['Seven nurses briefly taken hostage by the gang were freed before noon.', 'freed nurses 7-7 exact'],
  ['Three miners briefly trapped in the shaft were rescued.', 'freed miners 3-3 exact'],
]);

table('... but an adverb and a participle before the noun stay its adjective', [
  ['Medics flew out 14 critically injured persons.', 'injured people 14-14 exact'],
]);

table('"coded" right before a count is a coder\'s total sign, like a colon', [
  ['Kidnapped coded 14 (state police).', 'held people 14-14 exact'],
  ['Fatalities coded 9 (army).', 'killed people 9-9 exact'],
]);

table('a crowd named by its attendance is present', [
  ['Festival attendance est. 4,500', 'present people 4500-4500 about'],
]);

table('an armed band sized by a count with no noun after it: how many attackers there were', [
  ['A kidnap gang of 25 stopped the bus.', 'present attackers 25-25 exact'],
  ['An armed militant group of 200+ on motorbikes entered the town.', 'present attackers 200-null at_least'],
]);

absent('... not a plain group of people', [
  ['Soldiers stopped a group of 30 at the bridge.', 'present attackers 30-30 exact'],
]);

table('translated "permitted to" reports a fact, like "managed to"', [
  ['The counter-attack permitted to neutralise dozens of raiders.', 'killed attackers 24-99 vague'],
]);

table('a bracket after a noun of people that names who they were, then how many', [
  ['Raiders (herders, about 40) crossed the river at dawn.', 'present herders 40-40 about'],
  ['Militants (insurgents, some 60) attacked the post.', 'present attackers 60-60 about'],
]);

table('moved to schools after a flood is displacement, past a restating bracket and the place they came from', [
  ['The council said about 60 households (roughly 310 people) from the riverside lanes had moved to schools.', 'displaced people 310-310 about'],
  ['Around 450 residents from the lower town had moved to schools by nightfall.', 'displaced civilians 450-450 about'],
]);
