// Round 28: general constructions that fresh blind text (F107: long news; F111: translated copy, militant statements,
// live blogs; F116: militant statements and the wire stories on the same attacks) still lost; every sentence is new.
import { describe, expect, it } from 'vitest';
import { absent, figures, sourceAt, sourceWith, table } from './helpers.js';

table('a degree word inside a patient\'s condition', [
  ['"We have 40 wounded here, and 6 of them are in very critical condition," the surgeon said.', 'injured people 6-6 exact'],
  ['Doctors said 3 patients were in a very serious condition on Friday.', 'injured patients 3-3 exact'],
  ['The clinic said that two patients were in surgery late on Sunday.', 'injured patients 2-2 exact'],
]);

table('"N people treated" with no auxiliary', [
  ['The regional health office reported five dead and 48 people treated.', 'injured people 48-48 exact'],
]);

table('"N men with burns died": the harm describes them, the verb says how it ended', [
  ['Two welders with severe burns died in hospital overnight.', 'killed welders 2-2 exact'],
  ['Three guards with gunshot wounds later died at the clinic.', 'killed security_forces 3-3 exact'],
]);
table('the harm alone still counts the hurt', [
  ['Nine passengers with burns were taken to the district hospital.', 'injured passengers 9-9 exact'],
]);

table('"the number of workers killed in X rose to N" keeps the noun after "number of"', [
  ['The number of miners killed in Monday\'s blast at the coal pit near the river rose to eleven.', 'killed miners 11-11 exact'],
]);

// an active verb with an object of its own: the count before it is who acted, not what befell them
absent('"Twelve medics treated 30 patients": the medics are not hurt', [
  ['Twelve medics treated 30 patients at the field post.', 'injured medics 12-12 exact'],
  ['Six gunmen killed 14 villagers before dawn.', 'killed attackers 6-6 exact'],
]);
table('the object still counts', [
  ['Six gunmen killed 14 villagers before dawn.', 'killed civilians 14-14 exact'],
]);

absent('a number of wheels is a vehicle\'s make', [
  ['The fighters seized 9 four-wheel-drive trucks and a store of fuel.', 'held people 4-4 exact'],
  ['The fighters seized 9 four-wheel-drive trucks and a store of fuel.', 'held people 9-9 exact'],
  ['Raiders took a six-wheeled lorry from the depot.', 'held people 6-6 exact'],
]);

table('a party\'s "attacking brothers" are its own fighters', [
  ['Two of the attacking brothers were killed as martyrs and three more were slightly hurt.', 'killed attackers 2-2 exact'],
  ['Two of the attacking brothers were killed as martyrs and three more were slightly hurt.', 'injured attackers 3-3 exact'],
]);

table('a force\'s initials in brackets before the word for its men', [
  ['Four Indo-Tibetan Border Police (ITBP) personnel were wounded in the firing, officials said.', 'injured security_forces 4-4 exact'],
]);

table('a party\'s boast of wiping out a unit', [
  ['The rebels said they had wiped out 19 mercenary soldiers at the camp.', 'killed security_forces 19-19 exact'],
]);

table('translated copy: "taken the lives of"', [
  ['The landslide has taken the lives of 7 persons in the district.', 'killed people 7-7 exact'],
]);

// a weather service's storm log speaks in its own voice; a body it cites speaks for that sentence only
describe('a storm log cites a body for one sentence', () => {
  const text = 'EPISODE NARRATIVE: A slow-moving line of storms crossed the county on the afternoon of May 3.\n\n' +
    'EVENT NARRATIVE: The county coroner confirmed 2 deaths from falling trees. Ambulance crews carried 15 patients ' +
    'to area hospitals.';
  it('the coroner for the deaths', () => {
    expect(sourceWith(text, { outlet: 'NWS Springfield' }, '2 deaths')).toMatchObject({ kind: 'official', name: 'county coroner' });
  });
  it('the service for the next sentence', () => {
    expect(sourceWith(text, { outlet: 'NWS Springfield' }, '15 patients')).toMatchObject({ name: 'NWS Springfield', kind: 'official' });
  });
});

// a monitor that says it reproduces a party's statement passes the party's voice on
describe('a monitor reproduces a statement', () => {
  const text = 'The statement below was issued by the spokesman of the Baloch Liberation Army on its channel. We reproduce ' +
    'it as it was sent.\n\n"Our fighters ambushed a convoy of the occupying army and killed 12 of its personnel."';
  it('the party speaks', () => {
    expect(sourceWith(text, { outlet: 'Frontier Militancy Monitor' }, '12')).toMatchObject({ kind: 'militant' });
  });
});

describe('a monitor whose name reads as a party\'s is still a monitor', () => {
  const text = 'Monitor\'s introduction: the claim below appeared on channels that carry the group\'s material. It was rendered ' +
    'into English by our desk.\n\nIslamic State - Sinai Province\n\nThe soldiers of the Caliphate attacked a post of the ' +
    'apostate army and killed 8 of its soldiers.';
  it('the party its heading names speaks', () => {
    expect(sourceWith(text, { outlet: 'Desert Jihadist Media Review' }, '8')).toMatchObject({ name: 'Islamic State - Sinai Province', kind: 'militant' });
  });
});

describe('India\'s Maoist insurgency is a party to the violence', () => {
  it('the party\'s claim is militant', () => {
    const text = 'The Communist Party of India (Maoist) said its guerrillas had killed 9 policemen in the forest.';
    expect(sourceAt(text, '9')).toMatchObject({ kind: 'militant' });
  });
});

// From F109, F105, F110 and F117 (situation reports, rendered statements and the wire stories on them)
table('a count of the centres people stay in is no count of people', [
  ['The district office said 4,200 people were staying in 18 centres on Monday.', 'displaced people 4200-4200 exact'],
]);
table('care given to them', [
  ['About 900 marchers at the river bank were attended by medical teams for heat exhaustion.', 'injured marchers 900-900 about'],
]);
table('a party\'s own fighters in its own words', [
  ['Two martyrdom-seekers drove the trucks into the gate, and 20 inghimasi brothers followed them in.', 'present attackers 2-2 exact'],
  ['Two martyrdom-seekers drove the trucks into the gate, and 20 inghimasi brothers followed them in.', 'present attackers 20-20 exact'],
  ['One of the soldiers of the Caliphate was killed in the clash.', 'killed attackers 1-1 exact'],
]);
table('a party\'s labels for the people it killed', [
  ['The fighters executed 9 of the disbelievers on the road.', 'killed people 9-9 exact'],
]);
table('taken prisoner after "had"', [
  ['The group said it had taken four soldiers prisoner.', 'held security_forces 4-4 exact'],
]);
absent('tankers are vehicles', [
  ['The fighters seized 14 tankers on the highway.', 'held people 14-14 exact'],
]);

// the party's side decides who "the brothers" and "the enemy" are
describe('a party speaks of its brothers and of the enemy', () => {
  const text = 'Our mujahideen attacked the post of the apostate army at dawn. Dozens of the enemy were wounded, and 3 ' +
    'brothers were martyred.';
  const rows = (): string[] => figures(text, { outlet: 'Al-Naba' }).map((c) => `${c.measure} ${c.group} ${c.value.low}`);
  it('its enemy is the state\'s forces', () => expect(rows()).toContain('injured security_forces 24'));
  it('its brothers are its fighters', () => expect(rows()).toContain('killed attackers 3'));
  it('a state body\'s enemy is the attackers', () => {
    const army = 'The army said troops repelled the raid and 12 of the enemy were killed.';
    expect(figures(army).map((c) => `${c.measure} ${c.group} ${c.value.low}`)).toContain('killed attackers 12');
  });
});

describe('a police spokesman\'s "our colleagues" are police', () => {
  it('security forces', () => {
    const text = 'A police spokesman said: "Six of our colleagues were killed at their posts and two others were wounded."';
    expect(figures(text).map((c) => `${c.measure} ${c.group} ${c.value.low}`)).toContain('killed security_forces 6');
  });
});

// a monitor's note above or below a statement headed by the party's name alone
describe('a statement under a line with the party\'s name', () => {
  const text = 'Islamic State - Central Africa Province\n\nBy the grace of Allah the soldiers of the Caliphate attacked a ' +
    'camp of the crusader army and killed 19 of its soldiers.\n\n[Kivu Conflict Monitor: the claim appeared on the ' +
    'group\'s channels on 3 May.]';
  it('the party on that line speaks', () => {
    expect(sourceWith(text, { outlet: 'Kivu Conflict Monitor' }, '19')).toMatchObject({ name: 'Islamic State - Central Africa Province', kind: 'militant' });
  });
});
