// Round 36: the misses of the blind sets F244, F247 and F248 (casualty bulletins by district, storms across several
// countries, monitoring-desk summaries), kept unread through round 35, and F249, F251 and F253 (follow-up stories that
// revise figures, border clashes between two armies, translated local press), each read after its blind score; every
// sentence is new.
import { describe, expect, it } from 'vitest';
import { absent, sourceLine, table } from './helpers.js';

const meta = { outlet: 'Test Wire', published: '2026-11-28T10:00:00Z' };
const sourceOf = (text: string, at: string): string => sourceLine(text, meta, at);

table('places each with a count, the verb left out, after a count of that harm', [
  ['The spokesman said Tarsus district had recorded 12 of the deaths, Mersin nine, Silifke four and Anamur two.', 'killed people 9-9 exact'],
  ['The spokesman said Tarsus district had recorded 12 of the deaths, Mersin nine, Silifke four and Anamur two.', 'killed people 2-2 exact'],
  ['Kalahandi accounted for eight of the heat deaths, Nuapada for five and Bolangir for three.', 'killed people 5-5 exact'],
  ['Kalahandi accounted for eight of the heat deaths, Nuapada for five and Bolangir for three.', 'killed people 3-3 exact'],
  ['Injured: 120 (Cox Bazar 61, Teknaf 33, Ukhia and Ramu 26)', 'injured people 26-26 exact'],
]);
absent('a gapped list needs two places and its end', [
  ['Tarsus recorded 12 deaths, Mersin 9 injuries remain under review by the team.', 'killed people 9-9 exact'],
  ['The district recorded 12 deaths, Mersin 2024 and Adana 2025 plans aside.', 'killed people 2024-2024 exact'],
]);

table('parts named after a place phrase, a hyphenated age or a state', [
  ['The governor said 14 people died, among them six herders in Wajir and four children living near the river.', 'killed children 4-4 exact'],
  ['The mayor said eight people had died, among them a 71-year-old fruit seller and three street sweepers.', 'killed sweepers 3-3 exact'],
  ['A doctor said 30 people had died there, including 11 displaced people sheltering in a school.', 'killed people 11-11 exact'],
  ['The commissioner said 11 people were killed, 7 from one village and 4 from the next, and 20 were hurt.', 'killed people 7-7 exact'],
  ['The commissioner said 11 people were killed, 7 from one village and 4 from the next, and 20 were hurt.', 'killed people 4-4 exact'],
  ['As a result 12 persons of three families including 5 women and 4 children lost their lives.', 'killed people 12-12 exact'],
  ['Gunmen fired on the procession, and 6 persons including the groom\'s uncle were killed on the spot.', 'killed people 6-6 exact'],
]);

describe('a named person after a title with a place, a rank with initials, a body\'s place', () => {
  it.each([
    ['The director of health of Babil, Dr. Karim Jasim al-Obeidi, said the hospital received 17 bodies.', '17 bodies',
      'Karim Jasim al-Obeidi (official)'],
    ['The head of the Police Region, Colonel PNP Hugo Salas Ramos, said 9 passengers died.', '9 passengers',
      'Colonel PNP Hugo Salas Ramos (official)'],
    ['Four inmates died in the fire, said the spokesperson of the prison service in Nampula, Mr. Ilídio Cossa.', 'Four inmates',
      'Ilídio Cossa (official)'],
    ['Four inmates died in the fire, according to the spokesperson of the prison service in Nampula, Mr. Ilídio Cossa.',
      'Four inmates', 'Ilídio Cossa (official)'],
    ['Nine of the escapees were caught by the police, who also detained a driver, said the spokesperson of the PRM, Mr. ' +
      'Ilídio Cossa.', 'Nine', 'Ilídio Cossa (official)'],
  ])('%s', (text, at, want) => {
    expect(sourceOf(text, at)).toBe(want);
  });
});

describe('a communique named again speaks for its issuer', () => {
  it('takes the ministry named before', () => {
    const text = 'According to a communique of the Ministry of Defence of Togo read on state radio, the patrol was ambushed. ' +
      'Three soldiers were killed, specifies the communique.';
    expect(sourceOf(text, 'Three soldiers')).toBe('Ministry of Defence of Togo (official)');
  });
});

table('soldiers taken by "our forces" are arrested; a state army\'s captives', [
  ['Four (4) enemy soldiers who crossed the line were captured by our forces, the ministry said.', 'arrested security_forces 4-4 exact'],
  ['Two (2) Eritrean soldiers surrendered to our troops.', 'arrested security_forces 2-2 exact'],
]);
absent('soldiers captured by fighters stay held', [
  ['The rebels said they captured 6 soldiers near the bridge.', 'arrested security_forces 6-6 exact'],
]);

table('deaths said in other words', [
  ['The army spokesman said the dead were three soldiers, two farmers and four militiamen whose bodies were found in a ditch.', 'killed militiamen 4-4 exact'],
  ['The toll rose to 51, with 9 of the wounded dying overnight, the ministry said.', 'killed people 9-9 exact'],
  ['Our artillery hit their bunkers, and 6 enemy soldiers went to hell.', 'killed security_forces 6-6 exact'],
  ['Funerals for five of the dead were held in the village on Saturday.', 'killed people 5-5 exact'],
  ['Seven young men between 18 and 25 years old were shot dead at the party.', 'killed men 7-7 exact'],
  ['Three more passengers of the van struck by a lorry on the bypass last week have died in hospital.', 'killed passengers 3-3 exact'],
  ['An incident at the same post had killed one gendarme in 2023.', 'killed security_forces 1-1 exact'],
  ['More than 60 soldiers of both armies lost their lives in that war.', 'killed security_forces 60-null at_least'],
]);
absent('a gathering is held, not the dead it is for', [
  ['Funerals for five of the dead were held in the village on Saturday.', 'held people 5-5 exact'],
]);

table('still in hospital, unhurt, moved to safety, fled with their families', [
  ['The health officer said 13 pupils remained at Molepolole District Hospital.', 'injured pupils 13-13 exact'],
  ['The lorry\'s two drivers were unhurt, the company said.', 'other crew 2-2 exact'],
  ['About 1,800 people of the affected villages have been shifted to safe places.', 'displaced people 1800-1800 about'],
  ['Witnesses said about 300 herders and their families had fled across the river.', 'displaced herders 300-300 about'],
]);
