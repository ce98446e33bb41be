// Round 16 (groups): letterheads in capitals, groups named by an apposition or a total, partitions by place and
// the rest of a partition. Sentences written for these tables.
import { describe, expect, it } from 'vitest';
import { absent, figures, sourceAt, table, type SourceSeen } from './helpers.js';

describe('a letterhead in capitals names its issuer, above a long document title or alone', () => {
  it.each<[string, string, SourceSeen]>([
    ['PROVINCIAL DISASTER MANAGEMENT AUTHORITY\nSITUATION REPORT No. 7 on the Effects of the Monsoon Rains and ' +
      'Flash Floods in the Northern Districts of the Province\nAs of 18:00, 2 August 2026\n\nDead: 14\nInjured: 31',
    '31', { name: 'Provincial Disaster Management Authority', kind: 'official' }],
    ['NATIONAL CIVIL PROTECTION COUNCIL\nSITUATIONAL REPORT No. 2 re Effects of Tropical Storm "DINA" over the ' +
      'Eastern Seaboard\nAs of 08:00 AM, 3 October 2026\n\nMissing: 6\nThe storm destroyed 40 houses.',
    '6\n', { name: 'National Civil Protection Council', kind: 'official' }],
    ['KANO STATE POLICE COMMAND\n\nOn Sunday night armed robbers raided a filling station on the bypass. Two ' +
      'attendants were killed and four customers injured.', 'Two attendants',
    { name: 'Kano State Police Command', kind: 'official' }],
    ['MINISTRY OF INTERIOR\n\nA fire broke out in the cells of the central prison on Friday. Eleven inmates ' +
      'were taken to hospital with burns.', 'Eleven inmates', { name: 'Ministry of Interior', kind: 'official' }],
  ])('%s', (text, at, want) => {
    expect(sourceAt(text, at)).toEqual(want);
  });
});

describe('a headline in capitals is no letterhead', () => {
  it.each<[string, string]>([
    ['GUNMEN ATTACK POLICE\n\nGunmen opened fire on a patrol near the market on Monday. Three officers were injured.',
      'Three officers'],
    ['REBELS STORM ARMY\n\nFighters overran an outpost before dawn. Nine soldiers were killed, residents said.',
      'Nine soldiers'],
    ['TROOPS PURSUE RAIDERS\n\nFour herders were shot dead in the raid on the cattle camp.', 'Four herders'],
  ])('%s', (text, at) => {
    expect(sourceAt(text, at).kind).not.toBe('official');
  });
});

describe('"and spent the night ..." after an evacuation goes on with the paragraph\'s speaker', () => {
  it.each<[string, string, SourceSeen]>([
    ['A landslide buried three houses above the village, the regional emergency service said on Monday. Overall ' +
      '85 villagers were evacuated from the slope area and spent the night in the community hall.', '85 villagers',
    { name: 'regional emergency service', kind: 'official' }],
    ['Firefighters brought the blaze under control after six hours, the city fire department said. About 120 ' +
      'tenants were evacuated from the tower and slept in the open on the square.', 'About 120 tenants',
    { name: 'city fire department', kind: 'official' }],
    ['The river broke its banks overnight, the district governor said. Some 300 residents were evacuated by ' +
      'boat and spent the night outdoors near the dam.', 'Some 300 residents',
    { name: 'district governor', kind: 'official' }],
  ])('%s', (text, at, want) => {
    expect(sourceAt(text, at)).toEqual(want);
  });
});

describe('the scene the reporter sees is still the outlet\'s', () => {
  it.each<[string, string]>([
    ['Firefighters rescued four people from the roof, the fire chief said. About 60 neighbours spent the night at a ' +
      'nearby school.', 'About 60 neighbours'],
    ['The quake damaged the clinic, the mayor said. Some 400 residents spent the night outdoors in the main square.',
      'Some 400 residents'],
    ['Rescuers were still digging on Friday, officials said. Roughly 90 people spent the night in tents by the road.',
      'Roughly 90 people'],
  ])('%s', (text, at) => {
    expect(sourceAt(text, at).kind).toBe('media');
  });
});

table('a sentence-opening adverb before a number is no name labelling it', [
  ['Overall 85 people were killed in the two blasts.', 'killed people 85-85 exact'],
  ['Altogether 40 villagers were evacuated from the slope.', 'displaced civilians 40-40 exact'],
  ['Meanwhile 12 miners were rescued from the flooded shaft.', 'freed miners 12-12 exact'],
]);

table('"all <group>" after a bare count names its group', [
  ['Missing: 9, all herders from the upper valley.', 'missing herders 9-9 exact'],
  ['The raid on the market killed 14, all of them traders.', 'killed traders 14-14 exact'],
  ['Dead: 6, all soldiers of the border battalion.', 'killed security_forces 6-6 exact'],
  ['Rescued: 23, all miners of the night shift.', 'freed miners 23-23 exact'],
]);

/** The row of the figure whose evidence starts with `at`, with " part" when it is a part of a total. */
function rowAt(text: string, at: string): string {
  const fs = figures(text);
  const f = fs.find((c) => text.slice(c.span.start).startsWith(at));
  if (!f) throw new Error(`no figure at "${at}"`);
  const total = f.parts_of ? fs.find((c) => c.id === f.parts_of) : undefined;
  return `${f.measure} ${f.group} ${f.value.low}-${f.value.high}` + (total ? ` of ${total.value.low}` : '');
}

describe('"of them" after a total with a part in an aside stands for the total', () => {
  it.each<[string, string, string]>([
    ['A total of 112 residents, including 37 children, were evacuated from the block; 48 of them were housed in temporary ' +
      'shelters at a school.', '48 of them', 'displaced civilians 48-48 of 112'],
    ['Police detained 40 protesters, among them six students, and later charged 12 of them with arson.',
      '12 of them', 'arrested protesters 12-12 of 40'],
    ['The ferry was carrying 230 passengers (including 41 children) when it sank; 180 of them were rescued.',
      '180 of them', 'freed passengers 180-180'],
    ['The bus was carrying 52 pilgrims, including nine women, when it overturned, and 30 of them were injured.',
      '30 of them', 'injured pilgrims 30-30'],
  ])('%s', (text, at, want) => {
    expect(rowAt(text, at)).toBe(want);
  });
});

describe('"Of the N dead, five were in X and four in Y": a partition by place of a hedged total', () => {
  it.each<[string, string, string]>([
    ['The storm left at least nine people dead, officials said. Of the nine dead, five were in the port town and ' +
      'four in the hills above it.', 'four', 'killed people 4-4 of 9'],
    ['The storm left at least nine people dead, officials said. Of the nine dead, five were in the port town and ' +
      'four in the hills above it.', 'five', 'killed people 5-5 of 9'],
    ['More than 20 people were injured in the crush. Of the 20 injured, 12 were in Accra and eight in Tema.',
      '12', 'injured people 12-12 of 20'],
    ['At least 11 miners were killed when the shaft flooded. Of the 11 killed, seven were from Obuasi and four ' +
      'from Tarkwa.', 'seven', 'killed miners 7-7 of 11'],
  ])('%s', (text, at, want) => {
    expect(rowAt(text, at)).toBe(want);
  });
});

describe('the rest of a split is no repeat of an earlier figure', () => {
  it.each<[string, string]>([
    ['The storm left 31 fishermen missing, officials said. "Sixteen of the fishermen were found, but the other ' +
      'thirty-one are still missing," the governor said.', 'thirty-one'],
    ['Twelve hostages remain held, police said. Six hostages were freed on Monday and the remaining 12 hostages are ' +
      'still held by the gang, the police chief said.', '12 hostages are'],
    ['Eight miners are still trapped, the company said. Rescuers reached four miners on Sunday; the other eight ' +
      'miners are still trapped, a union leader said.', 'eight'],
  ])('%s', (text, at) => {
    const f = figures(text).find((c) => text.slice(c.span.start).startsWith(at));
    expect(f).toBeDefined();
    expect(f!.repeat_of).toBeUndefined();
  });
});

table('people who happened to be in the street are civilians', [
  ['Seven police officers and four passers-by were injured when the grenade went off.', 'injured civilians 4-4 exact'],
  ['Two (2) constables and three (3) passers-by sustained injuries in the blast.', 'injured civilians 3-3 exact'],
  ['The van struck five pedestrians on the bridge, killing two pedestrians outright.', 'killed civilians 2-2 exact'],
  ['A stray shell wounded six onlookers near the stadium.', 'injured civilians 6-6 exact'],
]);

table('"N of the abducted/kidnapped/arrested" picks out part of the held or the arrested', [
  ['Gunmen seized 17 women from the camp. Two of the abducted, both girls aged 14, escaped the next day.',
    'freed women 2-2 exact'],
  ['Three of the kidnapped escaped through a window on Sunday night.', 'freed people 3-3 exact'],
  ['Police arrested 30 people after the riot. Five of the arrested were minors.', 'arrested children 5-5 exact'],
  ['Of the 40 detained, four were released without charge.', 'freed people 4-4 exact'],
]);

absent('"a relative of one of the ..." counts nobody', [
  ['A relative of one of the abducted said the kidnappers had called twice.', 'held people 1-1 exact'],
  ['The mother of one of the dead told reporters she wanted answers.', 'killed people 1-1 exact'],
  ['A cousin of one of the injured said he was still in surgery.', 'injured people 1-1 exact'],
]);

describe('an earlier incident dated by "in the <month> <year> <event>" is scope other', () => {
  it.each<[string, string]>([
    ['Officials confirmed 12 deaths on 3 May 2026. In the October 2005 earthquake, over 73,000 people lost their lives.',
      '73,000'],
    ['The flood on 2 June 2026 killed 8 people. During the August 2010 floods, some 1,700 people died in the province.',
      '1,700'],
    ['Two miners died on 9 March 2026. In the January 2019 collapse at the same pit, 14 miners were killed.', '14 miners'],
  ])('%s', (text, at) => {
    const f = figures(text).find((c) => text.slice(c.span.start).startsWith(at) ||
      text.slice(c.span.start, c.span.end).includes(at));
    expect(f?.scope).toBe('other');
  });
});

describe('"the last report", "its previous update" are nouns, no speaker', () => {
  it.each<[string, string]>([
    ['Since the last report, 7 more bodies have been recovered from the village.', '7 more bodies'],
    ['Since the latest update, 4 more people have been found alive.', '4 more people'],
    ['Compared with its previous report, 12 more houses were destroyed and 3 people died.', '3 people'],
  ])('%s', (text, at) => {
    expect(sourceAt(text, at)).toEqual({ name: 'outlet', kind: 'media' });
  });
});

describe('a label line about an attack on people names no source', () => {
  const release = (line: string): string => 'LAGOS STATE POLICE COMMAND\nPRESS RELEASE\n\n' + line +
    '\n\nThe Command wishes to inform the public that gunmen attacked the area on Sunday.';
  it.each<[string, string]>([
    ['ATTACK ON WORSHIPPERS AT ST PAUL CHURCH, IKEJA: 3 KILLED, 19 RESCUED', '3 KILLED'],
    ['ATTACK ON TRAVELLERS ALONG BADAGRY ROAD: 2 KILLED', '2 KILLED'],
    ['RAID AGAINST FARMERS IN EPE: 4 ABDUCTED', '4 ABDUCTED'],
  ])('%s', (line, at) => {
    expect(sourceAt(release(line), at)).toEqual({ name: 'Lagos State Police Command', kind: 'official' });
  });
});

table('one person named by sex alone', [
  ['Three (3) worshippers, including one (1) female, were shot dead by the gunmen.', 'killed women 1-1 exact'],
  ['Five suspects, including one male and two females, were arrested at the scene.', 'arrested men 1-1 exact'],
  ['Seven passengers, among them one female, were injured in the crash.', 'injured women 1-1 exact'],
]);

absent('"female" before a noun is no group of its own', [
  ['Two female suicide bombers blew themselves up at the gate.', 'killed women 2-2 exact'],
  ['The robbers shot one female passenger dead.', 'killed women 1-1 exact'],
  ['Three female students were injured in the stampede.', 'injured women 3-3 exact'],
]);

table('those still held or missing are the rest of the people just freed or found dead', [
  ['Six hostages were released on Friday. Five remain held.', 'held hostages 5-5 exact'],
  ['Twelve miners were rescued on Sunday. Three are still missing.', 'missing miners 3-3 exact'],
  ['Nine fishermen drowned when the boat capsized. Four remain missing.', 'missing fishermen 4-4 exact'],
]);

absent('a fraction counts no people', [
  ['Bouncers had kept one half of the main door bolted.', 'held people 1-1 exact'],
  ['Two thirds of the 300 residents were evacuated before dawn.', 'displaced people 2-2 exact'],
  ['One third of the passengers were injured in the crash.', 'injured passengers 1-1 exact'],
]);

describe('a time "a.m." before an opening quote ends the sentence', () => {
  it.each<[string, string, SourceSeen]>([
    ['The fire service said 300 people were inside the hall at around 1:30 a.m. "The roof went up in seconds," ' +
      'fire chief Ana Lupu told reporters. She said 12 of the dead were found by the exit.', '12 of the dead',
    { name: 'fire chief Ana Lupu', kind: 'official' }],
    ['Police said the bus left the depot at 5 a.m. "We lost contact at six," spokesman Ravi Nair said. He said ' +
      '30 passengers were on board.', '30 passengers', { name: 'spokesman Ravi Nair', kind: 'official' }],
    ['The coast guard said the call came at 11 p.m. "The sea was rough," Captain Omar Haddad said. He said 14 ' +
      'migrants were rescued from the water.', '14 migrants', { name: 'Captain Omar Haddad', kind: 'official' }],
  ])('%s', (text, at, want) => {
    expect(sourceAt(text, at)).toEqual(want);
  });
});

describe('"The dead included ..." paragraphs after the toll is a part of it', () => {
  it.each<[string, string, string]>([
    ['A fire killed at least 27 people, officials said.\n\nThe club was full. Fireworks lit the ceiling. Exits were ' +
      'locked. The dead included two Moldovan students and a waitress, he said.', 'two Moldovan', 'killed students 2-2 of 27'],
    ['The blast killed 14 workers, the company said.\n\nThe plant had passed an inspection. Gas had leaked for days. ' +
      'Crews worked overnight. The dead included three welders, a manager said.', 'three welders', 'killed welders 3-3 of 14'],
    ['Gunmen wounded 20 villagers, police said.\n\nThe raid lasted an hour. Houses burned. Cattle were taken. The ' +
      'injured included five children, a nurse said.', 'five children', 'injured children 5-5 of 20'],
  ])('%s', (text, at, want) => {
    expect(rowAt(text, at)).toBe(want);
  });
});

describe('a coder\'s range spans the sources\' figures and repeats none', () => {
  it.each<[string, string]>([
    ['Mali, Mopti region: On 3 May 2026 gunmen raided a village. The army reported 6 civilians killed. Local ' +
      'officials gave 9 dead. Fatalities: 6-9 (army; officials).', '6-9'],
    ['Somalia, Gedo region: On 8 June 2026 a mortar hit a market. Police reported 4 people killed; a clinic gave ' +
      '7 dead. Fatalities: 4-7.', '4-7'],
    ['Niger, Tillaberi: On 2 July 2026 raiders attacked herders. Residents said 12 herders were killed; the mayor ' +
      'said 15 died. Fatalities: 12-15 (residents; mayor).', '12-15'],
  ])('%s', (text, at) => {
    const f = figures(text).find((c) => text.slice(c.span.start).startsWith(at));
    expect(f).toBeDefined();
    expect(f!.repeat_of).toBeUndefined();
  });
});

describe('earlier incidents dated by a month alone, and tallies over months', () => {
  const scoped = (text: string, at: string): string | undefined =>
    figures(text).find((c) => text.slice(c.span.start).startsWith(at))?.scope;
  it.each<[string, string, string | undefined]>([
    ['Gunmen seized 30 travellers on the highway on Friday.\n\nThe road is notorious. In April, 23 passengers of a ' +
      'bus were seized near the bridge.', '23 passengers', 'other'],
    ['Raiders took 40 worshippers from a church on Sunday.\n\nThe area has seen many raids. In February, gunmen ' +
      'abducted 11 farmers from a nearby village.', '11 farmers', 'other'],
    ['KAMPALA, Nov 20 - A helicopter crash killed 11 soldiers.\n\nIt was the second crash this year; in June a ' +
      'transport plane came down in the north, killing two pilots.', 'two pilots', 'other'],
    ['Gunmen seized 14 travellers on Friday.\n\nA local group says at least 40 people were abducted on the road in ' +
      'the first eight months of the year.', 'at least 40', 'other'],
    ['Gunmen seized 14 travellers on Friday.\n\nThe diocese said in a separate statement that 31 of its members ' +
      'remained in captivity.', '31', undefined],
  ])('%s', (text, at, want) => {
    expect(scoped(text, at)).toBe(want);
  });
});

describe('a body putting out a fire or sealing the scene is the release\'s narration', () => {
  const release = (body: string): string => 'HARBOUR POLICE DEPARTMENT\nPRESS RELEASE\n\n' + body;
  it.each<[string, string]>([
    ['According to the shelter\'s managers, 300 people were staying there. The Fire Service extinguished the fire; ' +
      'nobody was trapped.', 'nobody'],
    ['According to the port authority, 40 dockers were on shift. Firefighters doused the blaze; 2 workers were ' +
      'treated for smoke inhalation.', '2 workers'],
    ['According to the school, 600 pupils were inside. Officers cordoned off the street; 3 suspects were arrested ' +
      'nearby.', '3 suspects'],
  ])('%s', (body, at) => {
    expect(sourceAt(release(body), at)).toEqual({ name: 'Harbour Police Department', kind: 'official' });
  });
});

describe('"Since the last report, N more ..." adds to the report\'s earlier figure, however far back', () => {
  it.each<[string, string]>([
    ['Deaths: 41\nInjured: 173\n\nAbout 2,300 personnel are deployed. Since the last report, 7 more bodies have been ' +
      'recovered.', '7 more'],
    ['Dead: 12\n\nThe army has sent 400 soldiers. Since the previous update, 3 more people have died in hospital.',
      '3 more'],
    ['Missing: 20\n\nSome 900 people are in camps. Since the latest bulletin, 5 more fishermen have been reported ' +
      'missing.', '5 more'],
  ])('%s', (text, at) => {
    const f = figures(text).find((c) => text.slice(c.span.start).startsWith(at));
    expect(f?.increment).toBe(true);
  });
});

absent('a building or a part of one counts no people', [
  ['The blast tore through the block, collapsing one entrance and killing at least seven residents.', 'killed people 1-1 exact'],
  ['The fire gutted two wings of the hospital and injured 14 patients.', 'injured people 2-2 exact'],
  ['Smoke filled two stairwells of the tower and injured 9 tenants.', 'injured people 2-2 exact'],
]);

table('"nil" before a harm noun is a zero claim', [
  ['Nil casualties among rescuers.', 'killed rescuers 0-0 exact'],
  ['Nil injuries among passengers.', 'injured passengers 0-0 exact'],
  ['Nil deaths among residents.', 'killed civilians 0-0 exact'],
]);

table('"N others" after "many X and one Y" are more of the many', [
  ['The bandits killed 9 miners and one vigilante riding as escort, wounded 6 others and fled.', 'injured miners 6-6 exact'],
  ['Gunmen killed 12 villagers and one soldier, and wounded 8 others.', 'injured civilians 8-8 exact'],
  ['The blast killed 7 workers and one guard and injured 15 others.', 'injured workers 15-15 exact'],
]);

describe('a release published by the body on its letterhead\'s first line speaks as the command the text names', () => {
  it.each<[string, string, string, string]>([
    ['GHANA POLICE SERVICE\nAshanti Regional Police Command\nPRESS RELEASE\n\nThe Ashanti Regional Police Command ' +
      'wishes to inform the public that 12 suspects have been arrested.', 'Ghana Police Service', '12 suspects',
    'Ashanti Regional Police Command'],
    ['NIGERIA POLICE FORCE\nKano State Police Command\nPRESS RELEASE\n\nThe Kano State Police Command reports that ' +
      'two (2) officers were injured in the attack.', 'Nigeria Police Force', 'two (2) officers', 'Kano State Police Command'],
    ['UGANDA POLICE FORCE\nKampala Metropolitan Police\nPRESS RELEASE\n\nThe Kampala Metropolitan Police confirms that ' +
      'four people died in the fire.', 'Uganda Police Force', 'four people', 'Kampala Metropolitan Police'],
  ])('%s', (text, outlet, at, want) => {
    const f = figures(text, { outlet, published: '2026-11-24T10:00:00Z' }).find((c) => text.slice(c.span.start).startsWith(at));
    expect(f?.source.name).toBe(want);
  });
});
