// Round 22b (own words): styles that fresh text still loses. A sitrep's breakdown labels its items before the numbers,
// capitalised or parted by spaced slashes; police and school nouns the groups lexicon lacked.
import { describe, expect, test } from 'vitest';
import { absent, figures, table } from './helpers.js';

table('a capitalised label opening a breakdown item names the group, not a place or a code', [
  ['Dead: 12 (Men 7, Women 3, Children 2)', 'killed men 7-7 exact'],
  ['Dead: 12 (Men 7, Women 3, Children 2)', 'killed women 3-3 exact'],
  ['Dead: 12 (Men 7, Women 3, Children 2)', 'killed children 2-2 exact'],
  ['Injured: 15 (Male 9, Female 6)', 'injured women 6-6 exact'],
]);

table('items parted by a spaced slash are parts of the total too', [
  ['Persons in shelters: 4,000 (Female 2,100 / Male 1,900)', 'displaced women 2100-2100 exact'],
  ['Persons in shelters: 4,000 (Female 2,100 / Male 1,900)', 'displaced men 1900-1900 exact'],
  ['Wounded: 30 (adults 22 / children 8)', 'injured children 8-8 exact'],
]);

absent('a place list and a code are still no group labels', [
  ['The trucks left from Zone 7, Block 4 and Gate 2 at dawn.', 'present people 7-7 exact'],
  ['The hotline runs 24/7 and 40 callers were hurt.', 'injured people 24-24 exact'],
]);

describe('the labelled items point at their total', () => {
  test('Men / Women / Children', () => {
    const got = figures('Dead: 12 (Men 7, Women 3, Children 2)');
    const total = got.find((c) => c.value.low === 12);
    expect(total).toBeDefined();
    expect(got.filter((c) => c.parts_of === total!.id).map((c) => c.group).sort()).toEqual(['children', 'men', 'women']);
    // (no second reading of the labels as places)
    expect(got).toHaveLength(4);
  });
});

table('school staff and pupils as sitreps count them', [
  ['Fatalities: 6 (learners 5, teacher 1)', 'killed learners 5-5 exact'],
  ['Fatalities: 6 (learners 5, teacher 1)', 'killed teachers 1-1 exact'],
  ['One learner and one teacher died when the wall fell.', 'killed learners 1-1 exact'],
  ['One learner and one teacher died when the wall fell.', 'killed teachers 1-1 exact'],
]);

table('police on patrol and the attackers police releases call hoodlums', [
  ['Gunmen wounded 3 patrolmen at the toll gate on Sunday.', 'injured security_forces 3-3 exact'],
  ['One patrolman died in the crossfire, the force said.', 'killed security_forces 1-1 exact'],
  ['Police said four of the hoodlums were arrested near the market.', 'arrested attackers 4-4 exact'],
]);

table('two harms joined by "and" before one count: the count is of either, so neither (other)', [
  ['The gunmen killed and injured 45 people at the market.', 'other people 45-45 exact'],
  ['The attack led to the killing and wounding of more than 70 people.', 'other people 70-null at_least'],
  ['Militants stormed the camp, killing and injuring dozens of soldiers.', 'other security_forces 24-99 vague'],
]);

absent('... and never only the nearer harm', [
  ['The gunmen killed and injured 45 people at the market.', 'injured people 45-45 exact'],
  ['Bandits killed and wounded 18 travellers.', 'injured passengers 18-18 exact'],
]);

table('a headline present tense of executing, the liberation of people, a broken bone as the injury', [
  ['Rebels execute 3 of the seized drivers near the border.', 'killed crew 3-3 exact'],
  ['The operation ended with the liberation of nine of the abducted traders.', 'freed traders 9-9 exact'],
  ['Four miners were rescued; one of them is suffering from a fracture.', 'injured miners 1-1 exact'],
]);

absent('a threat to execute is no killing', [
  ['The gang threatened to execute 10 hostages.', 'killed hostages 10-10 exact'],
]);

table('"N <noun> including a <one person> <verb>" with no commas: the count still takes its verb', [
  ['Five policemen including a sub-inspector were killed.', 'killed security_forces 5-5 exact'],
  ['Nine workers including a foreman died in the blast.', 'killed workers 9-9 exact'],
  ['Twelve pupils including a teacher\'s son were hurt.', 'injured pupils 12-12 exact'],
  ['Six villagers including a nurse and two children were abducted.', 'held civilians 6-6 exact'],
]);

absent('one person named with "a" is no count of its own', [
  ['Nine workers including a foreman died in the blast.', 'killed people 1-1 exact'],
]);

table('more words of militant statements for their dead', [
  ['Two of our comrades rose as martyrs in the clash.', 'killed attackers 2-2 exact'],
  ['Seven of our brothers ascended as martyrs, the group said.', 'killed attackers 7-7 exact'],
]);

table('translated French: the faithful counted, a life that an attack "cost"; escorts of a force', [
  ['Three faithful died and about 200 faithful were inside the chapel.', 'killed faithful 3-3 exact'],
  ['Three faithful died and about 200 faithful were inside the chapel.', 'present faithful 200-200 about'],
  ['The raid has cost the life to 12 villagers.', 'killed civilians 12-12 exact'],
  ['Gunmen killed two of their police escorts.', 'killed security_forces 2-2 exact'],
]);

absent('"faithful" as an adjective counts no one', [
  ['He remained faithful to the party for 30 years.', 'present faithful 30-30 exact'],
]);

table('a toll put at a number keeps its measure when a second count with a verb of its own follows "and"', [
  ['The death toll rose to 12 and four people are missing.', 'killed people 12-12 exact'],
  ['The death toll rose to 12 and four people are missing.', 'missing people 4-4 exact'],
  ['The number of injured climbed to 30 and 5 people were arrested.', 'injured people 30-30 exact'],
]);

absent('... and never takes the second count\'s verb', [
  ['He says the toll now stands at seven and three people are still missing.', 'missing people 7-7 exact'],
]);

table('"never found", hosted homeless, and an adverb of consequence before the verb', [
  ['Twelve passengers were pulled out alive and 48 others were never found.', 'missing passengers 48-48 exact'],
  ['About 1,100 people are being hosted by relatives in the town.', 'displaced people 1100-1100 about'],
  ['Four climbers therefore remain missing on the ridge.', 'missing climbers 4-4 exact'],
  ['Nine miners thus remain trapped.', 'missing miners 9-9 exact'],
]);

absent('hosting visitors is no displacement', [
  ['The town hosted 5,000 visitors for the festival.', 'displaced visitors 5000-5000 exact'],
]);

table('people brought down from a roof or a ridge by rescuers are freed', [
  ['Firefighters had brought down 35 people from the roof using ladders.', 'freed people 35-35 exact'],
  ['Crews brought down 12 climbers from the ridge.', 'freed climbers 12-12 exact'],
]);

absent('... but things brought down count no one', [
  ['The air force brought down 2 drones.', 'freed people 2-2 exact'],
]);

table('"N of them" described by arms or masks right after counts the attackers a witness saw', [
  ['Two children were treated for cuts. "There were maybe six or seven of them, with rifles, and their faces covered," she said.', 'present attackers 6-7 range'],
  ['Forty guests were inside. There were maybe twenty of them, masked and on motorbikes.', 'present attackers 20-20 about'],
]);

absent('... not the people counted before', [
  ['Two children were treated for cuts. "There were maybe six or seven of them, with rifles, and their faces covered," she said.', 'present children 6-7 range'],
]);

table('a part of them with no arms after it stays a part of its total', [
  ['Forty guests were inside; twelve of them were children.', 'present children 12-12 exact'],
]);

table('a part picked by "of them" may describe its person at length before the shared verb', [
  ['Three civilians, one of them a tea seller who worked beside the barrier, were killed along with the soldiers, he said.', 'killed civilians 3-3 exact'],
  ['Six miners, two of whom had worked at the pit for twenty years, died in the flood.', 'killed miners 6-6 exact'],
]);

table('people who had to flee are displaced', [
  ['About 800 villagers have had to flee.', 'displaced civilians 800-800 about'],
  ['Some 2,000 residents had to flee their homes.', 'displaced civilians 2000-2000 about'],
]);

table('the remaining people a rescue still aims at are held', [
  ['Troops are combing the forest to rescue the remaining five pupils.', 'held pupils 5-5 exact'],
  ['Negotiators are working to free the remaining 11 workers.', 'held workers 11-11 exact'],
]);

table('... while a rescue that happened frees them', [
  ['Police managed to rescue the remaining four pupils.', 'freed pupils 4-4 exact'],
]);

table('"reported missing" before a finite verb is a participle; the finite verb says what became of them', [
  ['Two persons reported missing were found alive in the next village.', 'freed people 2-2 exact'],
  ['Five fishermen reported missing on Monday were rescued by the navy.', 'freed fishermen 5-5 exact'],
]);

table('... and alone, or before a verb of the same state, stays missing', [
  ['Four hikers reported missing in the storm.', 'missing hikers 4-4 exact'],
  ['Seven people reported missing remain unaccounted for.', 'missing people 7-7 exact'],
]);

table('admissions a hospital cites count the injured it took in', [
  ['Staff at the hospital cited 60+ admissions.', 'injured people 60-null at_least'],
]);

absent('admissions to a university count no one hurt', [
  ['University admissions rose to 5,000 this year.', 'injured people 5000-5000 exact'],
]);

table('an armed band counted with "numbered" is that many attackers there', [
  ['Residents said the gang numbered about 40.', 'present attackers 40-40 about'],
  ['Witnesses said the militia numbered over 300.', 'present attackers 300-null at_least'],
  ['The crew numbered 12.', 'present crew 12-12 exact'],
]);

absent('... not the speakers named before the band', [
  ['Residents said the gang numbered about 40.', 'present civilians 40-40 about'],
]);
