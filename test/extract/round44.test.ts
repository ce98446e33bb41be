// Round 44: read off six blind sets after their blind scores (F317 mining disasters, F319 bombings, F321 kidnappings
// for ransom, F325 piracy, F326 rival claims after clashes, F328 volcanoes and landslides). Translated word order,
// more names for captors and for crews, nationality lists, two sides' counts in one headline, and speakers named past
// a place, a day or a conjunction. Every sentence is new.
import { describe, expect, it } from 'vitest';
import { absent, figures, rows, sourceOf, table } from './helpers.js';

table('a time between the verb and its count', [
  ['Marines rescued this Tuesday 14 persons who had been deprived of their liberty since the weekend.', 'freed people 14-14 exact'],
  ['The police freed on Thursday six labourers who had been kidnapped from a quarry.', 'freed labourers 6-6 exact'],
  ['The air force killed last night 23 fighters near the ridge.', 'killed attackers 23-23 exact'],
]);

table('captors, crews and soldiers by other names', [
  ['Officers said four captors were shot dead in the raid.', 'killed attackers 4-4 exact'],
  ['The prosecutor said two presumed delinquents lost the life in the exchange of fire.', 'killed attackers 2-2 exact'],
  ['The army said 9 takfiri elements were killed at dawn.', 'killed attackers 9-9 exact'],
  ['The ministry said three conscripts were martyred at the post.', 'killed security_forces 3-3 exact'],
  ['His family said five crewmates are still being held on the island.', 'held crew 5-5 exact'],
  ['The command announced the neutralisation of 17 insurgents.', 'killed attackers 17-17 exact'],
  ['The army said 11 gangsters were arrested after the chase.', 'arrested attackers 11-11 exact'],
]);

table('crews by nationality', [
  ['The freighter had a crew of 21: 12 Filipinos, five Indians and four Ukrainians.', 'present crew 12-12 exact'],
  ['The freighter had a crew of 21: 12 Filipinos, five Indians and four Ukrainians.', 'present crew 4-4 exact'],
  ['The freed sailors are 11 Indians, six Filipinos and two Sri Lankans.', 'freed crew 6-6 exact'],
  ['The freed sailors are 11 Indians, six Filipinos and two Sri Lankans.', 'freed crew 2-2 exact'],
]);

absent('a nationality count is no total of the next ones, and a spaced colon is no clock', [
  ['The freed sailors are 11 Indians, six Filipinos and two Sri Lankans.', 'freed indians 6-6 exact'],
  ['Deaths among adults over 65: 4, the bulletin said.', 'killed people 65-65 exact'],
]);

table('harm and fate past a clause or an aside', [
  ['Two of the boys who escaped had bullet wounds, the police said.', 'injured children 2-2 exact'],
  ['Three pupils who fled suffered burns.', 'injured pupils 3-3 exact'],
  ['Police said three watchmen and a member of the local youth group were shot dead.', 'killed watchmen 3-3 exact'],
  ['Two fighters of the NLF, Amir Khan and Jawad Baloch, embraced martyrdom in the clash.', 'killed attackers 2-2 exact'],
  ['The rescue chief said 31 hikers were successfully evacuated alive.', 'freed hikers 31-31 exact'],
  ['The agency said about 3,100 residents had moved in with family and friends.', 'displaced civilians 3100-3100 about'],
]);

describe('speakers', () => {
  it('two sides in one headline', () => {
    expect(sourceOf('Army says 5 soldiers killed, rebels claim 40', '40')).toBe('rebels (militant)');
    expect(sourceOf('Army says 5 soldiers killed, rebels claim 40', '5')).toBe('army (official)');
  });
  it('a run-on after a plain clause keeps one speaker', () => {
    expect(sourceOf('Four guards were killed, officials said 9 others were hurt.', 'Four')).toBe('officials (official)');
  });
  it('where the speaker spoke stands before the verb in translated copy', () => {
    const text = 'The head of the data centre, Rudi Santoso, in Jakarta on Monday said that 19 residents are still missing.';
    expect(sourceOf(text, '19')).toBe('Rudi Santoso (official)');
  });
  it('a group named by whom it gathers is civic', () => {
    expect(sourceOf('At least 37 killed in gold pit collapse, miners\' group says', 'At least 37')).toBe("miners' group (official)");
  });
  it('reports set right stay the reports\'', () => {
    const text = 'The Company wishes to correct reports circulating online that 14 workers drowned in the shaft.';
    expect(sourceOf(text, '14')).toMatch(/\(unnamed\)$/);
    expect(sourceOf('The police corrected the toll to 8.', '8')).toBe('police (official)');
  });
  it('a day owns no document; the maker after "by" speaks', () => {
    expect(sourceOf("Friday's statement by the regional governor said 21 people had been killed.", '21')).toBe('regional governor (official)');
  });
  it('a capitalised verb before an Arabic article is part of a place name', () => {
    expect(sourceOf('A farmer in Tell al-Rimah said two shepherds were killed.', 'two')).toBe('farmer in Tell al-Rimah (witness)');
  });
  it('where relatives gathered names no employer', () => {
    const text = 'Bandits abducted travellers on the highway. Relatives who gathered outside the bus company\'s office said about 25 people had been taken.';
    expect(sourceOf(text, 'about 25')).toBe('relatives (witness)');
  });
  it('a contrast clause speaks through the name after its conjunction', () => {
    const text = 'The navy said it had lifted 16 sailors off the ship, while Norvik put the number taken off at 17, saying a cook was missing from the list.';
    expect(sourceOf(text, '17')).toMatch(/^Norvik \(/);
  });
  it('a bracket on where people stay credits no one', () => {
    const text = 'The council said 5,120 persons are staying in 30 evacuation centres and 2,300 persons outside them (with relatives or friends).';
    expect(sourceOf(text, '5,120')).toBe('council (official)');
  });
  it('the dependency is the office named before', () => {
    const text = 'Agents rescued 12 persons, informed the Secretariat of Public Safety of Durango.\n\nAccording to the report of the dependency, two kidnappers were killed.';
    expect(sourceOf(text, 'two')).toBe('Secretariat of Public Safety of Durango (official)');
  });
});

describe('a colon list is read whole', () => {
  it('the crew total and its four parts', () => {
    const got = figures('The freighter had a crew of 21: 12 Filipinos, five Indians, three Ukrainians and one Georgian.');
    expect(got.map((c) => c.value.low)).toEqual([21, 12, 5, 3, 1]);
    expect(got.slice(1).every((c) => c.parts_of === got[0].id)).toBe(true);
    expect(rows('The freighter had a crew of 21: 12 Filipinos.')[0]).toBe('present crew 21-21 exact');
  });
});
