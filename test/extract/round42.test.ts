// Round 42: read off one blind set after its blind score (F296: preliminary reports and accident briefs of aviation,
// rail, marine and mine safety boards and labour inspectorates): occupants and riders keep their nouns, a whole owned by
// its vehicle ("three of its 19 occupants"), harm told as a complaint or a broken bone, a death told by its negation,
// the means of a move to hospital, craft that pick people up, things that end like nouns of people, everyone aboard by
// a pair, boards and inspectorates as public bodies. Every sentence is new.
import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '../../src/extract/types.js';
import { absent, figures, sourceOf, table } from './helpers.js';

table('occupants, riders and wholes owned by their vehicle', [
  ['A pickup left the road near the ford and both of its two occupants were hurt.', 'injured occupants 2-2 exact'],
  ['Occupants: 7', 'present occupants 7-7 exact'],
  ['Nineteen riders were on board when the arm stopped.', 'present riders 19-19 exact'],
  ['A glider came down in a field in 2019 and two of its 6 occupants drowned in the flooded ditch.', 'killed occupants 2-2 exact'],
  ['A glider came down in a field in 2019 and two of its 6 occupants drowned in the flooded ditch.', 'present occupants 6-6 exact'],
  ['The launch overturned; none of their 23 passengers was hurt.', 'injured passengers 0-0 exact'],
  ['The launch overturned; none of their 23 passengers was hurt.', 'present passengers 23-23 exact'],
  ['The dredger sank at its mooring and four of the seven crew lost their lives.', 'killed crew 4-4 exact'],
  ['The dredger sank at its mooring and four of the seven crew lost their lives.', 'present crew 7-7 exact'],
]);

table('harm as a complaint, a broken bone, a death by its negation', [
  ['Nine passengers reported minor injuries after the hard landing.', 'injured passengers 9-9 exact'],
  ['Four riders reporting neck injuries were seen by the first-aid team.', 'injured riders 4-4 exact'],
  ['Two cabin crew members were bruised, and one crew member, a flight attendant of 30, broke her arm.', 'injured crew 1-1 exact'],
  ['One worker fractured his ankle on the ladder.', 'injured workers 1-1 exact'],
  ['The driver and one guard did not survive the impact.', 'killed security_forces 1-1 exact'],
  ['Two walkers failed to survive the night on the ridge.', 'killed walkers 2-2 exact'],
]);

table('moves to care and rescues', [
  ['Five were taken by ambulance to Greyford General Hospital.', 'injured people 5-5 exact'],
  ['Two hikers were flown by air ambulance to the regional hospital.', 'injured hikers 2-2 exact'],
  ['Eight were picked up by the supply vessel Northern Tern within the hour.', 'freed people 8-8 exact'],
  ['Twelve were hoisted aboard a coastguard helicopter.', 'freed people 12-12 exact'],
  ['None of the passengers or on-board crew was injured.', 'injured people 0-0 exact'],
  ['Three workers were on the gantry. Two of them, a welder, 29, and a rigger, 45, were killed.', 'killed workers 2-2 exact'],
]);

absent('not counts of people', [
  ['In the earlier three accidents on the line, six track workers died.', 'killed accidents 3-3 exact'],
  ['Nine labourers employed by three contractors were on the roof.', 'present contractors 3-3 exact'],
  ['The captain had flown 5,100 hours, of which 800 were on the type.', 'present people 800-800 exact'],
  ['Police said three suspects were picked up by officers at the depot.', 'freed suspects 3-3 exact'],
]);

describe('boards and inspectorates', () => {
  it('a review board speaks as a public body, also as the outlet', () => {
    const text = 'Persons on board: 140\nInjuries: 6';
    expect(sourceOf(text, '140', 'Coastal Accident Review Board')).toBe('Coastal Accident Review Board (official)');
  });
  it('an inspectorate named in the text is official', () => {
    const text = 'The Provincial Mines Inspectorate said two miners were killed when the roof fell.';
    expect(sourceOf(text, 'two')).toBe('Provincial Mines Inspectorate (official)');
  });
  it('an inquiry board is official', () => {
    const text = 'Two workers were struck and killed, the Rail Safety Inquiry Board said.';
    expect(sourceOf(text, 'Two')).toBe('Rail Safety Inquiry Board (official)');
  });
  it('passengers who report injuries are no source', () => {
    const text = 'Nine passengers reported minor injuries; three others were taken to hospital.';
    expect(sourceOf(text, 'three', 'Aviation Safety Board')).toBe('Aviation Safety Board (official)');
  });
});

// F298: follow-ups a day to a year after a disaster
describe('a follow-up lede dates its own incident', () => {
  const scopes = (text: string, meta: ReportMeta): string[] =>
    figures(text, meta).map((c) => `${c.value.low}${c.scope === 'other' ? ' other' : ''}`);
  it('"last October" in the first sentence under the headline is the story\'s own incident', () => {
    const text = 'Inquiry blames points failure for Halvern crash\n\nInvestigators said on Tuesday that a points failure ' +
      'caused the derailment of a commuter train near Halvern last October, which killed 14 people and injured 60.';
    expect(scopes(text, { outlet: 'Test Wire', published: '2026-09-02T08:00:00Z' })).toEqual(['14', '60']);
  });
  it('"A year after" in the lede too, but a later background sentence stays other', () => {
    const text = 'Mirovo silo blast trial opens\n\nA year after a grain silo exploded at Mirovo port and killed 11 workers, ' +
      'the trial of four managers opened on Monday. In 2019, a blast at a silo in the same port killed six people.';
    expect(scopes(text, { outlet: 'Test Wire', published: '2026-05-12T08:00:00Z' })).toEqual(['11', '6 other']);
  });
});

table('drowned with an object', [
  ['The flash flood drowned seven goat herders near the wadi.', 'killed herders 7-7 exact'],
  ['Officials recorded two further drowning deaths overnight.', 'killed people 2-2 exact'],
]);

describe('a body that publishes a list of names', () => {
  it('speaks for the count', () => {
    const text = 'The district council has published the names of 23 people who died when the ferry sank, and says each family will be paid.';
    expect(sourceOf(text, '23', 'Lakeside Herald')).toBe('district council (official)');
  });
});

// F296 again: a safety bulletin's header lines
table('a safety bulletin\'s header lines', [
  ['Persons on board: Crew - 3 Passengers - 9', 'present passengers 9-9 exact'],
  ['Injuries: Crew - None Passengers - 4 (Serious)', 'injured crew 0-0 exact'],
  ['Injuries: Crew - None Passengers - 4 (Serious)', 'injured passengers 4-4 exact'],
  ['Injuries: Crew - none; Passengers - 2 serious, 6 minor', 'injured passengers 6-6 exact'],
  ['Injuries: Crew - 1 (Fatal) Passengers - N/A', 'killed crew 1-1 exact'],
]);

// F301: search-and-rescue reports and logs
table('rescue reports and logs', [
  ['The trawler\'s crew of five stayed on board while the tow was rigged.', 'present crew 5-5 exact'],
  ['Three of the lifeboat crew went aboard to pump out the hold.', 'present crew 3-3 exact'],
  ['The two remaining anglers were brought safely into Port Mael under tow.', 'freed anglers 2-2 exact'],
  ['Five climbers brought out through the gully by team members.', 'freed climbers 5-5 exact'],
  ['Party of four walkers overdue from the ridge.', 'missing walkers 4-4 exact'],
  ['One (1) adult male recovered deceased by police divers.', 'killed men 1-1 exact'],
  ['Our volunteers took 31 people off the raft, among them 9 children.', 'freed people 31-31 exact'],
  ['Gunmen seized 40 farmers on Monday. Troops rescued 12 of them a week later in the forest.', 'freed farmers 12-12 exact'],
  ['The kidnappers let the other 18 passengers go.', 'freed passengers 18-18 exact'],
  ['The dead included 14 Malian and 6 Guinean nationals travelling to the gold fields.', 'killed nationals 6-6 exact'],
]);

absent('harm denied, a slide, the missing named again', [
  ['The other four needed no treatment.', 'injured people 4-4 exact'],
  ['Two members of the party were caught and carried 200 metres by the slide.', 'arrested people 2-2 exact'],
]);

describe('rescue restatements, reference works and names after bullets', () => {
  it('the people searched for are no new claim', () => {
    const text = 'Eight fishermen were rescued and two others remain missing. The search for the two (2) missing fishermen continues.';
    expect(figures(text).filter((c) => c.measure === 'missing')).toHaveLength(1);
  });
  it('a yearbook is media whatever trade its title names', () => {
    expect(sourceOf('A roof fall killed nine miners.', 'nine', 'Central Africa Mining Yearbook')).toBe('Central Africa Mining Yearbook (media)');
  });
  it('a bullet opens the line, not the name', () => {
    const text = 'Findings:\n\n* The inspectorate said 7 people had been killed at the crossing.';
    expect(sourceOf(text, '7')).toBe('inspectorate (official)');
  });
  it('"By the following afternoon it" is the body named before', () => {
    const text = 'The district office first reported 6 deaths. By the following afternoon it had raised the toll to 9.';
    expect(sourceOf(text, '9')).toBe('district office (official)');
  });
  it('a month to come is no earlier event', () => {
    const text = 'Prosecutors said three people had been charged and would go on trial in September.';
    const c = figures(text, { outlet: 'Test Wire', published: '2026-06-18T08:00:00Z' });
    expect(c.map((x) => x.scope ?? 'this')).not.toContain('other');
  });
});
