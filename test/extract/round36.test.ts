// Round 36: the misses of the blind sets F244, F247 and F248 (casualty bulletins by district, storms across several
// countries, monitoring-desk summaries), kept unread through round 35, and F249, F251, F253, F256, F258 and F259
// (follow-up stories that revise figures, border clashes between two armies, translated local press, disease
// outbreaks, monthly protection bulletins, hijackings), each read after its blind score; every sentence is new.
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

describe('a place where deaths were counted is no speaker', () => {
  it('keeps the outlet for a district that "has reported" deaths', () => {
    const text = 'The toll across the region now stands at 27. Kitui has reported 12 deaths, Mwingi nine and Mutomo six.';
    expect(sourceOf(text, '12 deaths')).toBe('Test Wire (media)');
    expect(sourceOf(text, 'nine')).toBe('Test Wire (media)');
  });
});

table('rescues, shelters, people a speaker had with them, needs', [
  ['Volunteers used canoes to take 130 people off rooftops, the Red Cross said.', 'freed people 130-130 exact'],
  ['Deputies checked on 600 stranded motorists and brought about 90 of them to warming centres.', 'displaced motorists 90-90 about'],
  ['"We had 31 guests here when the water came in," the hotel owner said.', 'present guests 31-31 exact'],
  ['He said three men from the next village had collapsed and died in the heat.', 'killed men 3-3 exact'],
  ['Aid agencies estimate that 85,000 people need food assistance.', 'other people 85000-85000 exact'],
  ['An earlier statement had put the number on board at 41.', 'present people 41-41 exact'],
  ['The clinic received 52 wounded, of whom 4 died overnight; 15 of them, in critical condition, were flown out.', 'injured people 15-15 exact'],
]);
absent('a share is no part of a smaller count', [
  ['The clinic received 52 wounded, of whom 4 died overnight; 15 of them, in critical condition, were flown out.', 'killed people 15-15 exact'],
]);

table('an outbreak\'s cases, infections and tallies', [
  ['The cholera outbreak has killed 12 people and sickened more than 900 since May, officials said.', 'affected people 900-null at_least'],
  ['A nurse at the cholera centre said three of her colleagues had fallen ill.', 'affected colleagues 3-3 exact'],
  ['Two volunteers tested positive for cholera last week.', 'affected volunteers 2-2 exact'],
  ['Five health workers have contracted measles, the measles team said.', 'affected workers 5-5 exact'],
  ['Officials reported 1,210 cholera cases, with cases in Chipata (640), Lundazi (350) and Mambwe (220).', 'affected people 640-640 exact'],
  ['By week 12, 4,310 dengue cases had been reported in the province of Ucayali.', 'affected people 4310-4310 exact'],
  ['He said 980 suspected cholera cases had been recorded, of which 211 were confirmed in the laboratory.', 'affected people 211-211 exact'],
  ['Cholera kills 9 in Mangochi as cases pass 700', 'affected people 700-null at_least'],
  ['The cumulative cholera cases by district are as follows: Nsanje 312, Chikwawa 145 and Mulanje 60.', 'affected people 145-145 exact'],
]);
absent('no cases without an illness named', [
  ['Nine tested positive in the roadside drug checks, police said.', 'affected people 9-9 exact'],
]);

describe('bodies that issue bulletins, months before the speaker', () => {
  it('strips a leading month and reads a civic watch as official', () => {
    expect(sourceLine('During May the Kivu Rights Monitor recorded 31 people abducted in the district.', meta, '31 people'))
      .toBe('Kivu Rights Monitor (official)');
    expect(sourceLine('Kidnappings rose in May. Our monitors recorded 40 people abducted.',
      { outlet: 'Lakes Civic Watch', published: '2026-05-31T10:00:00Z' }, '40 people')).toBe('Lakes Civic Watch (official)');
  });
});

table('translated hijack reports', [
  ['Gunmen took a river boat and retained 19 persons, among them the pilot of the boat and three minors, the navy said.', 'held children 3-3 exact'],
  ['The launch transported 42 passengers and three crew members when it was stopped.', 'present passengers 42-42 exact'],
  ['The armed ones released in the same place six persons, between them two elderly women.', 'freed people 6-6 exact'],
  ['The armed ones released in the same place six persons, between them two elderly women.', 'freed women 2-2 exact'],
  ['The gunmen released the children, who numbered 9, and kept the men.', 'freed children 9-9 exact'],
  ['The attack recalls the one of 2018 on the same road, where seven persons had found the death.', 'killed people 7-7 exact'],
  ['A man claiming to speak for the kidnappers phoned a radio station and said they were holding 14 people, including three soldiers travelling home.', 'held security_forces 3-3 exact'],
]);

describe('bands that name themselves', () => {
  it('speaks as the band for the one who claims to speak for it, and under the name it calls itself', () => {
    expect(sourceOf('A man claiming to speak for the kidnappers phoned a radio station and said they were holding 14 people.', '14 people'))
      .toBe('kidnappers (militant)');
    expect(sourceOf('A group calling itself the Lake Shore Liberation Army said it was holding 30 passengers.', '30 passengers'))
      .toBe('Lake Shore Liberation Army (militant)');
  });
});

table('a whole with no noun of its own, and the dead yet unnamed', [
  ['The slide buried the camp, killing 23 people. "Five of the 23 were children from the camp school," he said.', 'killed children 5-5 exact'],
  ['Three women remain unidentified at the district hospital morgue.', 'killed women 3-3 exact'],
]);
