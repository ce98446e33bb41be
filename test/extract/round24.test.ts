// Round 24: general constructions that fresh blind text (F48, F49) still lost; every sentence is new.
import { describe, expect, it } from 'vitest';
import { absent, figures, rows, sources, table } from './helpers.js';

// "No <noun>" counts none of a kind named in the singular, as "one <noun>" counts one
table('none of a kind, named in the singular', [
  ['No rescuer was hurt while the wall was shored up.', 'injured rescuers 0-0 exact'],
  ['No volunteer has been injured at the distribution points.', 'injured volunteers 0-0 exact'],
  ['No trader was reported missing after the market fire.', 'missing traders 0-0 exact'],
  ['No firefighter suffered burns, the brigade said.', 'injured firefighters 0-0 exact'],
]);

describe('"No" before a word that is no group of people stays no figure', () => {
  it.each([
    'No official figure was given for the flooded fields.',
    'No decision has been taken on the curfew.',
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

// a paper credited in brackets at the end of a sentence that names its own speaker only relays that speaker
sources('a closing paper credit after a named speaker', [
  ['The sub-divisional officer said 17 people had died and 33 were in hospital (Prabhat Khabar).', '17 people',
    { name: 'sub-divisional officer', kind: 'official' }],
  ['The sub-divisional officer said 17 people had died and 33 were in hospital (Prabhat Khabar).', '33',
    { name: 'sub-divisional officer', kind: 'official' }],
  ['According to the harbour master, 8 fishermen are missing (Daily Graphic).', '8 fishermen',
    { name: 'harbour master', kind: 'official' }],
  // (with no speaker in the sentence the paper is the source)
  ['Eight fishermen are missing after the storm (Daily Graphic).', 'Eight fishermen', { name: 'Daily Graphic', kind: 'media' }],
  // (a semicolon closes the speaker's clause: the credit covers the clause after it)
  ['The police said the road was shut; 6 travellers died in the crash (Daily Graphic).', '6 travellers',
    { name: 'Daily Graphic', kind: 'media' }],
]);

// a coder's credit in capitals abbreviates a role the note wrote in small letters ("DM" for the district magistrate)
describe('a credit abbreviating a role spelled out before', () => {
  it.each([
    ['The district magistrate confirmed 19 deaths on Friday. Fatalities: 19 (DM)', 'district magistrate'],
    ['The sub-divisional officer reported 9 people injured. Injured: 9 (SDO)', 'sub-divisional officer'],
  ])('%s', (text, name) => {
    const last = figures(text).at(-1)!;
    expect(text.slice(last.span.start)).toMatch(/^\d+ \(/);
    expect({ name: last.source.name, kind: last.source.kind }).toEqual({ name, kind: 'official' });
  });
  // (capitals that no earlier role spells stay a name of their own)
  it('an acronym nobody spelled out keeps its own name', () => {
    const last = figures('Heavy rain flooded the valley. Deaths: 4 (NDMA)').at(-1)!;
    expect(last.source.name).toBe('NDMA');
  });
});

// "Of the N <nominal>," with no total before it: the opener's own count is the total its counts split, also by place
// (being at a hospital is no `present` of its own); and a part given before is taken up by its exact count
table('an opener that gives its own total', [
  ['Of the 36 injured, 20 are in the provincial hospital and 16 in the mission clinic.', 'injured people 20-20 exact'],
  ['Of the 36 injured, 20 are in the provincial hospital and 16 in the mission clinic.', 'injured people 16-16 exact'],
  ['Of the 58 admitted patients, 31 are at the teaching hospital.', 'injured patients 31-31 exact'],
  ['Of the 15 dead, 9 were in Kabale and 6 in Kisoro.', 'killed people 9-9 exact'],
]);

describe('the counts after an opener are parts of its total', () => {
  it('links each place to the opener’s count', () => {
    const fs = figures('Of the 36 injured, 20 are in the provincial hospital and 16 in the mission clinic.');
    const total = fs.find((f) => f.value.low === 36)!;
    expect(fs.filter((f) => f.parts_of === total.id).map((f) => f.value.low)).toEqual([20, 16]);
  });
  it('takes up a part of a list by its exact count', () => {
    const fs = figures('Injured: 64 (admitted 41 / sent home 23)\n\nOf the 41 admitted patients, 25 are at the district ' +
      'hospital and 16 at the referral hospital.');
    const admitted = fs.find((f) => f.value.low === 41 && f.measure === 'injured')!;
    expect(fs.filter((f) => f.parts_of === admitted.id).map((f) => f.value.low)).toEqual([25, 16]);
  });
});

// "believed to have ...", "alleged to have ...": a reduced clause of belief before a perfect passive, and no speaker
table('a clause of belief before a perfect passive', [
  ['Three (3) youths believed to have thrown the first stones have been arrested.', 'arrested youths 3-3 exact'],
  ['Two herders thought to have led the raid have been detained by the police.', 'arrested herders 2-2 exact'],
]);

sources('a participle of report before "to have" is nobody speaking', [
  ['Six men alleged to have brewed the liquor have been detained.', 'Six men', { name: 'outlet', kind: 'media' }],
  ['The group claimed to have killed 9 soldiers.', '9 soldiers', { name: 'group', kind: 'militant' }],
]);

// a record is no speaker unless it names whom it was filed with; no troop losses count troops
sources('records and their keepers', [
  ['According to the logbook kept at the harbour office, 23 sailors were aboard.', '23 sailors', { name: 'outlet', kind: 'media' }],
  ['The bus left with 52 passengers, according to the manifest filed with the transport authority.', '52 passengers',
    { name: 'transport authority', kind: 'official' }],
]);
table('a troop as a modifier', [
  ['Army: 9 insurgents killed, no troop casualties.', 'killed security_forces 0-0 exact'],
]);

// coder-note credits: a withheld name with its channel, a branch of a body by territory, parts then credit, "(same)"
sources('coder-note credits', [
  ['A ward councillor (anonymous, via Radio Maria) put the dead at 11.', '11', { name: 'ward councillor', kind: 'unnamed' }],
  ['4 died at the scene (SAPS Northern Cape).', '4 died', { name: 'SAPS Northern Cape', kind: 'official' }],
  ['4 died at the scene (BBC Swahili).', '4 died', { name: 'BBC Swahili', kind: 'media' }],
  ['At least 12 killed, incl. 5 traders (district police chief); 30 wounded (same).', 'At least 12',
    { name: 'district police chief', kind: 'official' }],
  ['At least 12 killed, incl. 5 traders (district police chief); 30 wounded (same).', '30',
    { name: 'district police chief', kind: 'official' }],
  ['The truck carried 26 people, incl. the driver (DC Kotli). 9 bodies recovered.', '26 people', { name: 'DC Kotli', kind: 'official' }],
]);

// killings counted as such; a year before them names which; a death's place after "died at the scene"
table('counts of killings', [
  ['The commission tied the unit to 17 murders in two years.', 'killed people 17-17 exact'],
  ['The monitor recorded 9 killings in the district.', 'killed people 9-9 exact'],
]);
describe('a year before a noun of death names which deaths', () => {
  it.each(['The 1994 killings are remembered every April.', 'The 2019 deaths led to a new building code.'])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});
table('died at the scene, the rest in hospital', [
  ['3 died at the scene, 2 in hospital.', 'killed people 2-2 exact'],
  ['Six miners died on the spot and two in hospital.', 'killed miners 2-2 exact'],
  // (a verb of its own keeps its own measure)
  ['Five died at the scene and 12 are in hospital.', 'injured people 12-12 exact'],
]);

// short titles of office-holders that coders and local papers write
sources('short titles of office-holders', [
  ['Provincial transport MEC: 11 deaths on the N2 this month.', '11 deaths', { name: 'provincial transport MEC', kind: 'official' }],
]);

// more general constructions from the read sets, in new words
table('who they are before the noun, what befell them after it', [
  ['At least 12 displaced civilians killed in a militia raid on the camp.', 'killed civilians 12-null at_least'],
  ['Eight displaced children missing after the fire.', 'missing children 8-8 exact'],
  // (going home is no harm: the displaced stay displaced)
  ['40 displaced people returned home.', 'displaced people 40-40 exact'],
]);
table('harm received after an origin, and counts after "last" / "first"', [
  ['Two employees of the plant received smoke poisoning.', 'injured employees 2-2 exact'],
  ['The gang released its last 9 captives on Sunday.', 'freed hostages 9-9 exact'],
  ['The hijackers freed the first 20 hostages.', 'freed hostages 20-20 exact'],
]);
table('picked out of the hospitalised and the evacuated', [
  ['Four of the hospitalised are in critical condition.', 'injured people 4-4 exact'],
  ['About 300 people were evacuated. Three of the evacuated were children.', 'displaced children 3-3 exact'],
]);

table('men bearing arms are attackers', [
  ['Two men armed with rifles stormed the bar.', 'present attackers 2-2 exact'],
  ['Four men carrying pistols entered the bank.', 'present attackers 4-4 exact'],
  ['Some 20 people armed with sticks attacked the convoy.', 'present attackers 20-20 about'],
]);
absent('men carrying other things are not', [
  ['Five men carrying bags of rice were injured when the truck overturned.', 'injured attackers 5-5 exact'],
]);
table('care named by its ward or its attendance', [
  ['Of those treated, 29 required hospitalisation.', 'injured people 29-29 exact'],
  ['A total of 217 people have been attended to at the health centre.', 'injured people 217-217 exact'],
]);

// state bodies as their own languages name them, as a release's issuer
describe('a release issued by a state body named in its own language speaks as an official body', () => {
  it.each(['Landespolizeidirektion Tirol', 'Polizei Salzburg', 'Protezione Civile', 'Sécurité civile', 'Jandarma',
    'Coordinadora Nacional de Emergencias', 'Governorship of Sakarya', 'Mayoralty of Bursa'])('%s', (outlet) => {
    const f = figures('Four people died in the fire on Monday.', { outlet })[0];
    expect({ name: f.source.name, kind: f.source.kind }).toEqual({ name: outlet, kind: 'official' });
  });
});

table('one wound of a kind', [
  ['One officer sustained a laceration to the arm.', 'injured security_forces 1-1 exact'],
  ['One firefighter suffered a burn to the face.', 'injured firefighters 1-1 exact'],
]);

table('who the total counts, in a bracket after it', [
  ['9 killed at the scene (7 passengers, 2 pedestrians).', 'killed passengers 7-7 exact'],
  ['9 killed at the scene (7 passengers, 2 pedestrians).', 'killed civilians 2-2 exact'],
]);
sources('a credit whose words are joined by hyphens', [
  ['Nine passengers injured, 4 of them seriously, evacuated to Kaolack (Brigade nationale des sapeurs-pompiers).',
    'Nine passengers', { name: 'Brigade nationale des sapeurs-pompiers', kind: 'official' }],
]);

table('picked out of those cared for or dead, and whose bodies', [
  ['Three firemen were among those treated.', 'injured firefighters 3-3 exact'],
  ['Two children were among those who died.', 'killed children 2-2 exact'],
  ['Troops recovered at least five bodies of attackers.', 'killed attackers 5-null at_least'],
  ['Rescuers pulled out 12 bodies of miners.', 'killed miners 12-12 exact'],
]);

describe('state bodies by the words of office of their own languages', () => {
  it.each(['Badan Nasional Penanggulangan Bencana', 'Polda Sulawesi Tengah', 'Izmir Valiliği', 'MChS Rossii',
    'Gobierno de Chile', 'Comune di Genova', 'Gemeente Utrecht', 'An Garda Síochána', 'Państwowa Straż Pożarna'])('%s', (outlet) => {
    expect(figures('Four people died in the fire on Monday.', { outlet })[0].source.kind).toBe('official');
  });
  it('a newspaper with a town word in its title stays media', () => {
    expect(figures('Four people died in the fire on Monday.', { outlet: 'Kölner Stadt-Anzeiger' })[0].source.kind).toBe('media');
  });
});
