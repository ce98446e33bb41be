// Round 25: general constructions that fresh blind text (F57, F58: storm logs, database summaries, coder notes,
// police releases) still lost; every sentence is new.
import { describe, expect, it } from 'vitest';
import { absent, figures, rows, sourceAt, sourceWith, sources, table } from './helpers.js';

// a place phrase between the count and a verb of harm received, a numbered road inside it
table('a place, then a verb of harm received', [
  ['Three people in the farmhouse sustained cuts from flying glass.', 'injured people 3-3 exact'],
  ['Two welders at the yard suffered burns to their arms.', 'injured welders 2-2 exact'],
  ['Five people in a trailer along State Route 14 were hurt when it overturned.', 'injured people 5-5 exact'],
  ['Six people in a house off Highway 61 sustained minor injuries.', 'injured people 6-6 exact'],
]);

// one person named by a listed noun, then where the person comes from
table('"one <noun> from the ..."', [
  ['One firefighter from the Dalton Volunteer Fire Department was injured.', 'injured firefighters 1-1 exact'],
  ['One nurse from the district clinic was killed in the crossfire.', 'killed nurses 1-1 exact'],
]);

// a zero of a harm noun counted among people named after it keeps the harm
table('"no <harm noun> ... among those <verb>"', [
  ['No injuries were reported among those rescued from the roofs.', 'injured people 0-0 exact'],
  ['No deaths were recorded among the evacuees at the school.', 'killed people 0-0 exact'],
]);

// "incl." with its dot opens a list that starts with one person
table('"incl." before one person and a count', [
  ['9 killed, incl. the mayor\'s driver and 3 minors, and 14 wounded (state police).', 'killed children 3-3 exact'],
  ['9 killed, incl. the mayor\'s driver and 3 minors, and 14 wounded (state police).', 'injured people 14-14 exact'],
]);

// a bare part with a clause of its own, broken down by "including" after its verb
describe('a part broken down after its own verb', () => {
  it('takes the items as its own', () => {
    const text = 'Medics treated 31 injured people: 22 were flown to the regional hospital, including 6 women and 2 children, ' +
      'while 9 with cuts were treated on site.';
    expect(rows(text)).toEqual(expect.arrayContaining(['injured women 6-6 exact', 'injured children 2-2 exact',
      'injured people 9-9 exact']));
  });
});

// a number written again and again after the same capitalised word is part of a name
describe('a number inside a name the text repeats', () => {
  it('is no count', () => {
    const text = 'Rescue 1122 Lahore sent six ambulances. Rescue 1122 staff moved 14 injured people to hospital. ' +
      'Rescue 1122 has answered 40 calls about the canal this year.';
    expect(rows(text)).not.toContain('present people 1122-1122 exact');
    expect(rows(text)).toContain('injured people 14-14 exact');
  });
});

// a weak reporting verb with a particle reports nothing: the figure after it keeps the voice it had
sources('"put out", "gave up": no speaker', [
  ['Crews from two stations put out the blaze by dawn. Seven persons were confirmed dead.', 'Seven persons',
    { name: 'outlet', kind: 'media' }],
  // ("pointed out" still reports)
  ['The directorate pointed out that the toll had risen to 41.', '41', { name: 'directorate', kind: 'official' }],
]);

// a speaker relayed by a channel in brackets keeps the kind its own words give it
sources('a speaker "(via <channel>)"', [
  ['Local sources (via Radio Bamakan) put the dead at 12.', '12', { name: 'local sources', kind: 'unnamed' }],
  ['Residents (via Radio Bamakan) put the dead at 12.', '12', { name: 'residents', kind: 'witness' }],
]);

// ministries by their mixed-case initials, in a coder's closing bracket
sources('"(MoI communique)"', [
  ['At least 6 traders killed and 9 injured (Niger MoI communique).', 'At least 6 traders', { name: 'Niger MoI communique', kind: 'official' }],
  ['Fatalities: 4 (MoH).', '4', { name: 'MoH', kind: 'official' }],
]);

// weather, geological and accident-investigation services speak as state bodies, also as the outlet
describe('a weather service as the outlet', () => {
  it.each([
    ['NWS Jackson', 'Two people in a mobile home were injured when the tornado struck.', 'Two people'],
    ['National Weather Service', 'One person drowned after driving into flood water.', 'One person'],
    ['NTSB', 'Of the 61 occupants, 4 were seriously injured.', '4'],
  ])('%s', (outlet, text, at) => {
    expect(sourceWith(text, { outlet }, at).kind).toBe('official');
  });
});

// a storm log filed months after its event dates its own story by day
describe('a record published long after its event', () => {
  it('keeps the figures of its own dates', () => {
    const text = 'Rip currents were strong from July 3 through July 5. One fatality occurred on the morning of July 4, ' +
      'when a swimmer was pulled from the water near the pier.';
    const f = figures(text, { outlet: 'NWS Mobile', published: '2026-10-20T00:00:00Z' });
    expect(f.map((c) => `${c.measure} ${c.value.low} ${c.scope ?? 'this'}`)).toEqual(['killed 1 this']);
  });
  it('still sets apart a date well before its first one', () => {
    const text = 'Flash flooding struck the valley on September 28. Two people drowned. In a similar flood on June 2, ' +
      'three hikers died.';
    const f = figures(text, { outlet: 'NWS Boise', published: '2026-12-15T00:00:00Z' });
    expect(f.map((c) => `${c.measure} ${c.value.low} ${c.scope ?? 'this'}`)).toEqual(['killed 2 this', 'killed 3 other']);
  });
});

// a credit that names a person, the office that gives the kind and the paper spoken to; or withholds the name
describe('a bracketed credit with a person, an office and a paper', () => {
  it('is the person, of the office\'s kind, via the paper', () => {
    const text = '5 herders killed and 14 cattle taken (Abdi Warsame, district police chief, to Garowe Online).';
    expect(sourceAt(text, '5 herders', ['via'])).toEqual({ name: 'Abdi Warsame', kind: 'official', via: 'Garowe Online' });
  });
  it('is unnamed when the bracket withholds the name', () => {
    expect(sourceAt('2 guards abducted near the depot (county security official, anonymous).', '2 guards'))
      .toEqual({ name: 'county security official', kind: 'unnamed' });
  });
});

// a coder's shorthand joins counts as "and" does
table('"+", "&" and "plus" between counts', [
  ['Lorry carried 23 labourers + 2 crew (traffic police).', 'present crew 2-2 exact'],
  ['Gunmen shot dead 3 men & 2 women at the well.', 'killed women 2-2 exact'],
  ['11 miners plus the shift supervisor trapped below ground (mine rescue).', 'missing miners 11-11 exact'],
]);

// a vague count with a possessive before its group; an owner's noun inside the second subject
table('"dozens of its passengers", "the bus\'s assistant driver"', [
  ['Raiders marched dozens of its passengers into the hills.', 'held passengers 24-99 vague'],
  ['Scores of their supporters were detained overnight.', 'arrested supporters 40-99 vague'],
  ["30 pupils and the school's night watchman were still in the hands of the gang.", 'held pupils 30-30 exact'],
]);

// a count of vehicles joined to the people counted shares their verb, past where they came from
table('"80 firefighters and 12 fire trucks from X responded"', [
  ['About 60 firefighters and 9 engines from two districts responded to the blaze.', 'present firefighters 60-60 about'],
]);

// F62's constructions (coder notes, a wire story, releases)
sources('credits and speakers that are no speakers', [
  // (a title's dot inside a bracketed credit, which covers the whole sentence)
  ['Police had recovered 4 bodies by Monday and 9 miners remain trapped (ZMP Central spokesperson Insp. Ruth Banda).',
    '4 bodies', { name: 'ZMP Central spokesperson Insp. Ruth Banda', kind: 'official' }],
  // ("claim" as a noun after a determiner's phrase)
  ['Water flooded a shaft at an abandoned copper claim near Kasempa; about 20 miners were underground when it broke in.',
    'about 20', { name: 'outlet', kind: 'media' }],
  // ("reportedly" in an apposition says who they are)
  ['Around 20 armed men, reportedly Mai-Mai fighters, blocked the road and seized 6 traders. (Source: Radio Okapi)',
    '6 traders', { name: 'Radio Okapi', kind: 'media' }],
]);

table('who they were by name, and harm brought in', [
  ['Three (3) of our soldiers, Private Ana Silva, 22, and Corporal Rui Costa, 30, and Private Joao Neves, 25, lost their lives.',
    'killed security_forces 3-3 exact'],
  ['A doctor said 14 people had been brought in overnight with stab wounds.', 'injured people 14-14 exact'],
  ['About 40 artisanal miners (galamseyers) were underground when the pit flooded.', 'present miners 40-40 about'],
]);

describe('an age after "of" with a hedge is no count', () => {
  it('"a man of about 30 died"', () => {
    expect(rows('Staff said a man of about 30 died shortly after he arrived.')).toEqual([]);
  });
});

describe('earlier events named by a year, and comparisons with one', () => {
  const marks = (text: string): string[] =>
    figures(text, { published: '2026-08-01T00:00:00Z' }).map((c) => `${c.measure} ${c.value.low} ${c.scope ?? 'this'}`);
  it('"After the 2019 election, ..." and "said at the time" tell of that time', () => {
    expect(marks('After the 2019 election, riots in the city left four people dead.')).toEqual(['killed 4 other']);
    expect(marks('Floods cut the valley road in March; nine people drowned, officials said at the time.')).toEqual(['killed 9 other']);
  });
  it('"hit by the May 2010 cyclone, in which ..." is earlier', () => {
    expect(marks('The district was among the worst hit by the May 2010 cyclone, in which 300 people died.')).toEqual(['killed 300 other']);
  });
  it('"over the same weeks of 2025" only compares', () => {
    expect(marks('Clinics have recorded 812 suspected cases of cholera, up 20% over the same weeks of 2025.'))
      .toEqual(['affected 812 this']);
  });
});

// F61's constructions (flash updates, investigation notices, police releases)
describe('a cumulative count since the onset weeks ago, across the turn of a year', () => {
  it('stays this incident', () => {
    const text = 'Since the onset of the outbreak on 9 December 2025, the ministry has recorded 1,240 cases, including 31 deaths.';
    const f = figures(text, { published: '2026-01-10T00:00:00Z' });
    expect(f.map((c) => `${c.measure} ${c.value.low} ${c.scope ?? 'this'}`)).toContain('killed 31 this');
  });
});

sources('a commission is official; the makers of reports speak', [
  ['The Flood Relief Commission said 40 people were evacuated.', '40 people', { name: 'Flood Relief Commission', kind: 'official' }],
  ['Eleven people are unaccounted for, according to reports made by neighbours at the shelter.', 'Eleven people',
    { name: 'neighbours at the shelter', kind: 'witness' }],
]);

table('more of F61', [
  ['The clinic said it had admitted 64 children with complications since June.', 'injured children 64-64 exact'],
  ['TWO GUNMEN KILLED AND SIX CAPTURED IN RAID', 'killed attackers 2-2 exact'],
  ['One bandit killed and three captured near the ford.', 'killed attackers 1-1 exact'],
  ['The checkpoint, manned by five (5) gendarmes, came under fire.', 'present security_forces 5-5 exact'],
]);

describe('a road code is no count', () => {
  it('"the A16 highway"', () => {
    expect(rows('A lorry carrying cement blocked the A16 highway for hours.')).toEqual([]);
  });
});

// F54's constructions
table('thousands spaced, one by one, bodies of the counted, "let ... go"', [
  ['A crowd of about 4 500 supporters gathered outside the gate.', 'present supporters 4500-4500 about'],
  ['Some 1 200 000 people were affected by the floods.', 'affected people 1200000-1200000 about'],
  ['The dead are two (2) adult males, one (1) adult female and one (1) juvenile.', 'killed women 1-1 exact'],
  ['Villagers said 11 soldiers\' bodies were carried to the base.', 'killed security_forces 11-11 exact'],
  ['The kidnappers let six hostages go before dawn.', 'freed hostages 6-6 exact'],
]);

describe('a plain space after four digits is no thousands separator', () => {
  it('"in 2019 200 people"', () => {
    expect(rows('In 2019 200 people died on that road.')).toContain('killed people 200-200 exact');
  });
  it('"remains" after a noun is its verb', () => {
    expect(rows('One of the men remains in a critical condition.')).toContain('injured men 1-1 exact');
  });
});

// F63's constructions
table('harm denied, care received, a couple as a predicate', [
  ['Ninety passengers were not injured and went on by coach.', 'other passengers 90-90 exact'],
  ['Passengers who were not injured, 140 in total, went on by coach.', 'other people 140-140 exact'],
  ['In all, 33 persons received medical assistance at the scene.', 'injured people 33-33 exact'],
]);
absent('"were a couple" names two people already counted', [
  ['Two of the victims were a couple whose roof fell in.', 'killed people 2-3 vague'],
]);
