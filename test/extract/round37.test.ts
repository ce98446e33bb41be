// Round 37: the misses of the blind sets F250, F252, F254, F255, F257 and F260 (war-time tallies, attacks on aid
// workers, coordinated attacks, earthquakes, wildfires, police releases), kept unread through round 36, and F266
// (mass abductions), read after its blind score; every sentence is new.
import { describe, expect, it } from 'vitest';
import { absent, sourceLine, table } from './helpers.js';

const meta = { outlet: 'Test Wire', published: '2026-11-28T10:00:00Z' };
const sourceOf = (text: string, at: string): string => sourceLine(text, meta, at);

table('a group word as the modifier of a toll noun', [
  ['The monitors have counted 4,210 civilian deaths since the siege began.', 'killed civilians 4210-4210 exact'],
  ['The agency recorded 37 child deaths in the camps last month.', 'killed children 37-37 exact'],
  ['There were 12 police fatalities in the ambush, the ministry said.', 'killed security_forces 12-12 exact'],
  ['The clinic logged 58 civilian injuries after the shelling.', 'injured civilians 58-58 exact'],
  ['In May the Observatory had recorded 19 civilian deaths in the same two districts.', 'killed civilians 19-19 exact'],
]);
absent('a group word before a noun that is no toll', [
  ['The bandits took 14 people hostage on the road to Kaduna.', 'present people 14-14 exact'],
]);

table('one person named with a modifier, and parts named by a two-word demonym', [
  ['At the northern checkpoint two (2) police officers and one (1) street vendor died.', 'killed vendors 1-1 exact'],
  ['One market trader died when the wall fell.', 'killed traders 1-1 exact'],
  ['The bus was carrying 14 aid workers, ten South Sudanese and four Kenyans, to Torit.', 'present workers 10-10 exact'],
  ['The bus was carrying 14 aid workers, ten South Sudanese and four Kenyans, to Torit.', 'present workers 4-4 exact'],
]);

table('states: unhurt, shelters by night, slipping away, taken in a kidnapping', [
  ['The other four (4) members of the team remained unhurt.', 'other people 4-4 exact'],
  ['About 310 people spent Saturday night in the parish hall.', 'displaced people 310-310 about'],
  ['Some 2,400 people slept in tents pitched on the football ground.', 'displaced people 2400-2400 about'],
  ['Nine of the captives were able to slip away on the second night.', 'freed hostages 9-9 exact'],
  ['"We have counted 52 people taken from their homes," the village head said.', 'held people 52-52 exact'],
  ['Bandits kidnapped villagers near Zurmi. In all, 38 people were taken that night, the police said.', 'held people 38-38 exact'],
]);
absent('"were taken" says no kidnapping outside a kidnapping story, nor with a place it went to', [
  ['The bus overturned near Gombe and 17 people were taken that night.', 'held people 17-17 exact'],
  ['Gunmen kidnapped 20 travellers. Three were taken to hospital with gunshot wounds.', 'held people 3-3 exact'],
]);

table('shares of a total: the nominal after "those" picks it, and places after a share', [
  ['At least 230 people were killed and 910 injured in the month. Among those killed were 41 children and 36 women.',
    'killed children 41-41 exact'],
  ['At least 230 people were killed and 910 injured. Of those killed since the war began, 5,120 are children.',
    'killed children 5120-5120 exact'],
  ['At least 230 people were killed and 910 injured. Of those killed since the war began, 5,120 are children and 2,760 are women.',
    'killed women 2760-2760 exact'],
  ['Across the country 40 people died and 160 were hurt. Of today\'s dead, 11 were brought to the district hospital.',
    'killed people 11-11 exact'],
  ['The death toll rose to 31. The governor said 22 of the dead were in Bingol and nine in the district of Genc.',
    'killed people 9-9 exact'],
]);

table('a list of nouns for persons, some unlisted, is people', [
  ['Some 650 firefighters, foresters and volunteers fought the blaze overnight.', 'present people 650-650 about'],
  ['About 1,200 firefighters, soldiers and forestry workers were deployed.', 'present people 1200-1200 about'],
]);

describe('speakers: a body against an armed party, a working group, the charity a convoy belonged to', () => {
  it.each([
    ['The National Counter-Terrorism Committee said 6 attackers had been killed.', '6 attackers',
      'National Counter-Terrorism Committee (official)'],
    ['The Humanitarian Access Working Group said 12 aid workers had been abducted this year.', '12 aid workers',
      'Humanitarian Access Working Group (official)'],
    ['Gunmen attacked a convoy of the charity Hope Bridge Relief near Yei, killing one driver, the organisation said.',
      'one driver', 'Hope Bridge Relief (official)'],
    ['Residents of Kurmin Dangi, a farming village in Giwa Local Government Area, say gunmen seized 40 people.', '40 people',
      'Residents of Kurmin Dangi (witness)'],
  ])('%s', (text, at, want) => {
    expect(sourceOf(text, at)).toBe(want);
  });
});

absent('numbers that are not counts: a date written with hyphens, a kin\'s age', [
  ['Earlier, on 14-06-2026, three (3) constables were killed in Bannu.', 'killed people 6-2026 range'],
  ['A mother, whose son, 12, was freed on Sunday, said the rest were still missing.', 'freed people 12-12 exact'],
]);

table('a toll moved from an old value, a list before the verb', [
  ['The civil defence raised the death toll from seven to 12 on Monday.', 'killed people 12-12 exact'],
  ['Six (6) travellers, namely three (3) adult males, two (2) adult females and one (1) juvenile, died at the scene.',
    'killed passengers 6-6 exact'],
  ['Nine passengers, including four women, drowned when the boat overturned.', 'killed passengers 9-9 exact'],
]);
absent('the old value is no range, and a list after "but" takes no verb', [
  ['The civil defence raised the death toll from seven to 12 on Monday.', 'killed people 7-12 range'],
  ['Police had put the number of customers inside at about 30, including staff, but later said some had slipped out.',
    'freed people 30-30 about'],
]);

describe('speakers: no confession in a ward, what figures cover, an acronym of lower-case words', () => {
  it.each([
    ['At the clinic, 31 patients, including 12 children admitted for measles, were inside when the shelling began.',
      '31 patients', 'Test Wire (media)'],
    ['Civil defence figures for Kassala state as a whole put the toll at 17 dead.', '17', 'civil defence (official)'],
    ['Four aid workers were killed when fighters of a non-state armed group (NSAG) raided the compound.', 'Four aid workers',
      'Test Wire (media)'],
  ])('%s', (text, at, want) => {
    expect(sourceOf(text, at)).toBe(want);
  });
});

table('an armed party\'s men, a tally given "as" its value, people stranded', [
  ['Four (4) members of the Abu Sayyaf Group (ASG) were killed in the clash.', 'killed attackers 4-4 exact'],
  ['Two (2) Maoist militia members were arrested near the camp.', 'arrested attackers 2-2 exact'],
  ['The provincial office had given the death toll as 14 by noon.', 'killed people 14-14 exact'],
  ['The landslide stranded some 2,300 tourists in the valley.', 'other tourists 2300-2300 about'],
  ['Three gunmen killed a teacher outside the market.', 'present attackers 3-3 exact'],
]);
absent('the subject of a verb with one person as its object is no victim; an agent is no object', [
  ['Three gunmen killed a teacher outside the market.', 'killed attackers 3-3 exact'],
]);
table('an agent after "by" is no object', [
  ['The police said 9 people held by a criminal gang in a forest camp were rescued on Sunday.', 'freed people 9-9 exact'],
]);

describe('a reason cited is no source', () => {
  it.each([
    ['Fourteen fighters surrendered to the army on Friday, citing hunger and the pressure of the operations, officials said.',
      'Fourteen fighters', 'officials (official)'],
  ])('%s', (text, at, want) => {
    expect(sourceOf(text, at)).toBe(want);
  });
});
