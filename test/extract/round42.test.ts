// Round 42: read off one blind set after its blind score (F296: preliminary reports and accident briefs of aviation,
// rail, marine and mine safety boards and labour inspectorates): occupants and riders keep their nouns, a whole owned by
// its vehicle ("three of its 19 occupants"), harm told as a complaint or a broken bone, a death told by its negation,
// the means of a move to hospital, craft that pick people up, things that end like nouns of people, everyone aboard by
// a pair, boards and inspectorates as public bodies. Every sentence is new.
import { describe, expect, it } from 'vitest';
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
