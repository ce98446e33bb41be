// Recall, round 2: structures rather than words. Each row is a sentence in our own words and the rows the
// extractor must give ("measure group low-high hedge"), or must not give.
import { describe, expect, it } from 'vitest';
import { absent, figures, rows, table } from './helpers.js';

table('bare "taken" is held in a kidnapping or hostage report', [
  ['Kidnappers raided the boarding school overnight. 41 pupils were taken.', 'held pupils 41-41 exact'],
  ['Abduction on the coast road: about 9 taken, a local chief said.', 'held people 9-9 about'],
  ['Armed men abducted farmers near the river and at least 6 were taken.', 'held people 6-null at_least'],
]);

absent('"taken" elsewhere says nothing, and a place after it is not captivity', [
  ['After the crash 14 were taken to a clinic in town.', 'held people 14-14 exact'],
  ['Kidnappers struck a village; later 5 were taken to the district hospital.', 'held people 5-5 exact'],
  ['Kidnappers seized pupils aged between 9 and 13 were taken from class.', 'held people 9-13 range'],
]);

table('still with the side that took them', [
  // (round 20: the 4 who remain after 10 traders were let go are the rest of the traders, as the carry rule reads "Six hostages
  // were released. Five remain held")
  ['The kidnappers let 10 traders go; 4 remain with their captors.', 'held traders 4-4 exact'],
  ['Kidnappers still hold 21, the family said.', 'held people 21-21 exact'],
]);

table('a bare count repeating the verb of the figure before takes its group', [
  ['The gunmen seized 40 passengers. 12 are still held.', 'held passengers 12-12 exact'],
  ['Rebels took 30 hostages at the plant. 21 remain in captivity.', 'held hostages 21-21 exact'],
  ['Eleven fishermen are missing after the storm. Four are still missing tonight.', 'missing fishermen 4-4 exact'],
]);

absent('a larger count from another tally keeps its own group', [
  ['Bandits abducted 11 passengers on the highway. Villagers say 15 were taken.', 'held passengers 15-15 exact'],
]);

table('bare participles and labels already covered (regression rows)', [
  ['Flood update: 45 rescued, 3 missing.', 'missing people 3-3 exact'],
  ['12 dead, 40 hurt in bus crash', 'injured people 40-40 exact'],
  ['Casualties: 4 killed, 9 injured.', 'killed people 4-4 exact'],
  ['Nine people remain unaccounted for.', 'missing people 9-9 exact'],
  ['About 200 people were on board the ferry.', 'present people 200-200 about'],
]);

table('underground: who was there vs who has not come out', [
  ['Thirty miners were underground when the roof gave way.', 'present miners 30-30 exact'],
  ['Rescuers said 6 miners remain underground.', 'missing miners 6-6 exact'],
  ['Two men were still underground at nightfall.', 'missing men 2-2 exact'],
]);

describe('a key-figures box repeats the body', () => {
  const text = 'Dam breach floods valley town\n\nAt a glance\nDead: 9\nInjured: 25\n\n' +
    'Nine residents died and 25 were hurt after the dam gave way on Sunday, the mayor said.';
  const claims = figures(text);
  it('links the body figures to the box figures', () => {
    const box = claims.filter((c) => c.value.low === 9 || c.value.low === 25);
    const dead = box.filter((c) => c.measure === 'killed');
    const hurt = box.filter((c) => c.measure === 'injured');
    expect(dead.length).toBe(2);
    expect(hurt.length).toBe(2);
    expect(dead[1].repeat_of).toBe(dead[0].id);
    expect(hurt[1].repeat_of).toBe(hurt[0].id);
  });
  it('leaves a lone label line in prose alone', () => {
    const plain = figures('Nine residents died on Sunday.\nLater, officials said 9 people died.');
    expect(plain.every((c) => !c.repeat_of)).toBe(true);
  });
});

table('a place or vehicle full of people', [
  ['The chapel was packed with about 350 mourners.', 'present mourners 350-350 about'],
  ['A dinghy overloaded with 70 migrants tipped over.', 'present migrants 70-70 exact'],
  ['The coach, which had 38 passengers, left the road.', 'present passengers 38-38 exact'],
]);

absent('things a place is full of are not people', [
  ['Police said the van was packed with 300 kg of fertiliser.', 'present people 300-300 exact'],
]);

table('arrest and release idioms of wire copy and headlines', [
  ['Nine suspects were picked up in overnight raids.', 'arrested suspects 9-9 exact'],
  ['Soldiers rounded up 25 men after the ambush.', 'arrested men 25-25 exact'],
  ['2 held over market blast', 'arrested people 2-2 exact'],
  ['Six hostages walked free on Tuesday.', 'freed hostages 6-6 exact'],
]);

table("patients' condition says they were hurt", [
  ['Doctors said 6 are in grave condition.', 'injured people 6-6 exact'],
  ['Three children were in intensive care on Monday.', 'injured children 3-3 exact'],
  ['Eleven needed hospital treatment after the crush.', 'injured people 11-11 exact'],
]);

table('not found yet, in other words', [
  ['The search continues for 13 divers off the reef.', 'missing divers 13-13 exact'],
  ['Coastguards said there was no trace of 5 crew members.', 'missing crew 5-5 exact'],
  ['The agency lost contact with 9 hikers on Saturday.', 'missing hikers 9-9 exact'],
  ['Fourteen villagers remain unaccounted.', 'missing civilians 14-14 exact'],
]);

table('taking people away: held when the takers are attackers or the report is a kidnapping', [
  ['Gunmen took 18 farmers from their fields.', 'held farmers 18-18 exact'],
  ['Abductions on the border: bandits carted away 20 villagers.', 'held civilians 20-20 exact'],
  ['Kidnappers grabbed 4 engineers on Monday.', 'held engineers 4-4 exact'],
  ['Seven guests were led away at gunpoint.', 'held guests 7-7 exact'],
]);

absent('taking that is not abduction', [
  ['The kidnapping trial took 3 years.', 'held people 3-3 exact'],
  ['Rescuers took 12 people to a shelter.', 'held people 12-12 exact'],
]);
