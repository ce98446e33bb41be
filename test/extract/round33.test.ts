// Round 33: the misses of the blind sets F226-F227 (coder's notes, official narratives), kept unread through round 32,
// and F231, F233-F235 (shootings, health and disaster narratives, fires and stampedes, protests), each read after its
// blind score; every sentence is new.
import { describe, expect, it } from 'vitest';
import { absent, figures, sourceLine, table } from './helpers.js';

const meta = { outlet: 'Test Wire', published: '2026-09-14T10:00:00Z' };
const sourceOf = (text: string, at: string): string => sourceLine(text, meta, at);

describe('who a figure comes from', () => {
  it('a count right after the outlet told opens the told clause, and the outlet relays', () => {
    expect(sourceOf('Clinic staff told Reuters 9 were killed in the blast.', '9')).toBe('clinic staff (official) via Reuters');
    expect(sourceOf('Elders told AFP 16 herders died in the raid.', '16 herders')).toBe('elders (witness) via AFP');
  });
  it('a bracket that names the paper the speaker spoke to relays through it', () => {
    expect(sourceOf('At least 6 people were killed (district governor Omar Farah to Radio Dalsan). The market shut.', 'At least 6'))
      .toBe('district governor Omar Farah (official) via Radio Dalsan');
  });
  it('an army unit with a number in its name speaks for the state', () => {
    expect(sourceOf('Soldiers freed 11 travellers, the army\'s 22 Brigade said.', '11 travellers'))
      .toBe('army\'s 22 Brigade (official)');
  });
  it('the agent of "estimated by ... at" gives the count, unless a speaker closes the sentence', () => {
    expect(sourceOf('The raiders, estimated by residents at about 40, fled north.', 'about 40')).toBe('residents (witness)');
    expect(sourceOf('The raiders, estimated by residents at about 40, fled north, said chief Musa Ali.', 'about 40'))
      .toBe('chief Musa Ali (official)');
  });
});

table('tallies "put at" a count', [
  ['The Red Crescent put the displaced at around 2,300 people.', 'displaced people 2300-2300 about'],
  ['Local sources put the gendarme toll at 14.', 'killed security_forces 14-14 exact'],
]);

table('"whom" right after a total are the total\'s people, not the speaker before it', [
  ['Nurses at the clinic said they received 23 wounded, 3 of whom later died.', 'killed people 3-3 exact'],
]);

table('care at a hospital and at the scene', [
  ['The Provincial General Hospital admitted 31, while the rest went home.', 'injured people 31-31 exact'],
  ['Ambulance crews triaged 44 people at the station.', 'injured people 44-44 exact'],
  ['Some 63 pupils at a day school in Zomba district fell ill after lunch.', 'injured pupils 63-63 about'],
]);

absent('a triage class is no count', [
  ['Medics triaged 30 patients. Of these, 19 were taken to hospital, four of them as priority one, and 11 went home.',
    'injured patients 1-1 exact'],
]);

absent('a phone number is no count', [
  ['Families can call the free line: 0800 312 455.', 'freed people 312455-312455 exact'],
  ['Families can call the free line: 0800 312 455.', 'freed people 800-800 exact'],
]);

table('forces committed to the incident are present', [
  ['The camp, where 58 soldiers of the Rapid Battalion No. 9 were stationed, was shelled at dawn.',
    'present security_forces 58-58 exact'],
  ['The blaze is being fought by 340 operatives, supported by 90 vehicles.', 'present operatives 340-340 exact'],
  ['The search went on with the help of 52 rescue personnel and a navy team.', 'present personnel 52-52 exact'],
  ['Forces in the field: 310 volunteers, 150 firefighters and 12 divers.', 'present firefighters 150-150 exact'],
  ['Resources\n- 14 fire engines\n- 86 firefighters from nine stations\n\nCasualties\n- Injured: 3',
    'present firefighters 86-86 exact'],
]);

describe('a label of forces committed names no source', () => {
  it('"Forces in the field:" leaves the issuer speaking', () => {
    const c = figures('Civil Protection Agency, update 3. Forces in the field: 310 volunteers and 150 firefighters.', meta)
      .find((x) => x.value.low === 150);
    expect(c?.source?.name).not.toMatch(/field/i);
  });
});

describe('a paper named in its own language is media', () => {
  it('"Le Courrier du ..." as the outlet', () => {
    const c = figures('Police detained 14 people overnight.', { outlet: 'Le Courrier du Centre' })[0];
    expect(c?.source.kind).toBe('media');
  });
});

table('people brought out of danger', [
  ['Firefighters brought 41 workers down from the roof by ladder.', 'freed workers 41-41 exact'],
  ['Miners lifted seven people from under the fallen beams.', 'freed people 7-7 exact'],
  ['Neighbours dragged five children out of the burning house.', 'freed children 5-5 exact'],
]);
absent('a trip is no rescue', [
  ['The coach carried 52 passengers from Mombasa.', 'freed passengers 52-52 exact'],
]);

table('who came or lived there', [
  ['"Some 4,000 people came for 900 food parcels," the organiser said.', 'present people 4000-4000 about'],
  ['The mayor said about 60 people lived in the building.', 'present people 60-60 about'],
  ['The singer performed before a crowd that police estimated at between 8,000 and 9,000 people.',
    'present people 8000-9000 range'],
]);
absent('help that never came counts nobody', [
  ['"Nobody came to help us for three hours," she said.', 'present people 0-0 exact'],
]);

describe('a second speaker\'s bare figure of the same tally', () => {
  it('"government says two" after "opposition says seven killed"', () => {
    const text = 'Opposition says nine killed in Kara crackdown; ministry says three';
    const c = figures(text, meta).find((x) => x.value.low === 3);
    expect(c && `${c.measure} ${c.group} ${c.source.name}`).toBe('killed people ministry');
  });
});

describe('"the group" after a civic body named as a group', () => {
  it('is that body, not an armed party', () => {
    const text = 'Police shot dead six marchers, the London-based group Delta Rights Watch said. The group said 90 people were detained.';
    expect(sourceOf(text, '90 people')).toBe('London-based group Delta Rights Watch (official)');
  });
  it('is still an armed party that spoke since', () => {
    const text = 'The rights group Sahel Watch said 8 villagers died. JNIM said it killed 12 soldiers. The group said 2 of its men died.';
    expect(sourceOf(text, '2 of its men')).toBe('JNIM (militant)');
  });
});

table('harm, presence and work in one more shape each', [
  ['He said 31 students were beaten with batons and about 45 had been detained.', 'arrested students 45-45 about'],
  ['Those hurt included three women and a driver, the police said.', 'injured women 3-3 exact'],
  ['"We have 25 officers working on the case," the inspector said.', 'present security_forces 25-25 exact'],
  ['About 2,000 dockers had been occupying the port gates since Monday.', 'present dockers 2000-2000 about'],
]);
absent('an army called occupying forces is no crowd occupying a place', [
  ['The group said it killed 9 personnel of the occupying forces.', 'present security_forces 9-9 exact'],
]);

table('lists and labels in official tables', [
  ['Deaths: 8 (+3) (Sylhet 4, Juri 3, Kulaura 1). Injured: 14.', 'killed people 4-4 exact'],
  ['Missing: 6 (fisherfolk from Ormoc City)', 'missing fisherfolk 6-6 exact'],
  ['Fatalities: 3 (adult males, found in one shack)', 'killed men 3-3 exact'],
  ['Three of the wounded were treated at the clinic and the other four went to the district hospital.',
    'injured people 4-4 exact'],
]);
absent('a credit or one person in the bracket names no group', [
  ['Fatalities: 9 (police)', 'killed security_forces 9-9 exact'],
  ['Survivors: 1 (child, airlifted in critical condition)', 'freed children 1-1 exact'],
]);

describe('issuers, units and channels', () => {
  it('a state ambulance service named with the place it serves is official', () => {
    expect(figures('Paramedics treated 41 patients at the stadium.', { outlet: 'Ambulance Tasmania' })[0]?.source.kind)
      .toBe('official');
  });
  it('a brigade numbered by an ordinal word is the army\'s', () => {
    expect(sourceOf('According to the commander of the Thirty-First Brigade, Colonel Ana Ruiz, 25 attackers fled.',
      '25 attackers')).toBe('Colonel Ana Ruiz (official)');
  });
  it('a channel set off by commas before the verb relays the speaker', () => {
    expect(sourceOf('IS Sahel, via Amaq, claimed 12 soldiers killed.', '12 soldiers')).toBe('IS Sahel (militant) via Amaq');
  });
  it('a "Media statement:" heading names no outlet', () => {
    const text = 'NATIONAL POLICE SERVICE\n\nMedia statement: Three killed in bar shooting\n\nOfficers are searching for two men.';
    expect(figures(text, { outlet: 'National Police Service' })[0]?.source.name).toBe('National Police Service');
  });
});

table('on shift and on the move at the scene', [
  ['The unit had 61 workers on the night shift, the inspector said.', 'present workers 61-61 exact'],
  ['Hundreds of people were walking along the seafront at the time.', 'present people 200-999 vague'],
]);
