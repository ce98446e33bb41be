// Round 19 (sources): who speaks in news, coder notes and official releases written by writers the rules never saw.
import { describe, expect, it } from 'vitest';
import { figures, sources } from './helpers.js';

// only a private person gives a reporter a first name alone: with no role that says otherwise, a witness
sources('a speaker who gives only a first name is a private person', [
  ['A volunteer who gave his name only as Dinesh said he counted at least 15 people lying by the gate.', 'at least 15',
    { name: 'Dinesh', kind: 'witness' }],
  ['A young detainee who gave his name only as Yusuf said the guards had beaten him. "I saw maybe twenty people ' +
    'lying on the floor," he said by phone.', 'maybe twenty people', { name: 'Yusuf', kind: 'witness' }],
  ['A porter at the depot who identified himself only as Bakari said 7 people were killed.', '7 people',
    { name: 'Bakari', kind: 'witness' }],
  ['A steward who gave only his first name, Musa, said 12 passengers were hurt.', '12 passengers',
    { name: 'Musa', kind: 'witness' }],
  // (a role of office keeps its kind)
  ['A police officer who gave his name only as Ali said 20 people were killed.', '20 people',
    { name: 'Ali', kind: 'official' }],
]);

// the state's local administrator under any country's title speaks for the state, also with the name in apposition
sources('local administrators by title are officials', [
  ['The Senior Divisional Officer for Fako, Etienne Mbarga Ondoa, said 6 voters were shot dead near the school.',
    '6 voters', { name: 'Etienne Mbarga Ondoa', kind: 'official' }],
  ['The sub-prefect of Bambari, Jean-Claude Yakite, told reporters that 14 houses burned and 3 people died.',
    '3 people', { name: 'Jean-Claude Yakite', kind: 'official' }],
  ['Nine pilgrims drowned, according to the tehsildar, Mohan Lal Verma.', 'Nine pilgrims',
    { name: 'Mohan Lal Verma', kind: 'official' }],
  ['Amina Diallo, the prefect of the region, said 4 gendarmes were wounded.', '4 gendarmes',
    { name: 'Amina Diallo', kind: 'official' }],
  ['The magistrate, Ruth Wanjiru, said 11 people were taken to hospital.', '11 people',
    { name: 'Ruth Wanjiru', kind: 'official' }],
]);

// "..., which said ...": a body named just before a relative clause of reporting speaks for what follows
sources("a body's relative clause 'which said' names the body as the speaker", [
  ['A depot caught fire on Monday. Her son was among those treated at the Mbagathi District Hospital, which said ' +
    'it had admitted 23 patients overnight.', '23 patients', { name: 'Mbagathi District Hospital', kind: 'official' }],
  ['A bus fell into a ravine. The injured were flown to the Regional Trauma Centre, which reported 8 of them in ' +
    'intensive care.', '8 of them', { name: 'Regional Trauma Centre', kind: 'official' }],
  ['The dam burst before dawn. Families sheltered in tents put up by the Uganda Red Cross Society, which said ' +
    '1,200 people had fled their homes.', '1,200 people', { name: 'Uganda Red Cross Society', kind: 'official' }],
  // (after "according to X" the clause goes on with X, the one speaker of the sentence)
  ['Clashes left at least 12 people dead, according to the state police command, which also reported 9 suspects ' +
    'arrested.', '9 suspects', { name: 'state police command', kind: 'official' }],
]);

// an abbreviation's dot before an opening quotation mark ends the sentence: a title stands before a name, never
// before a quote, so the quoted speaker's figures are not run into the sentence before
sources('a quotation after an abbreviation opens a new sentence', [
  ['About 90 workers were on shift, according to the district collector, Anil Sen. "Four of the dead were ' +
    'loaders," Sen said, adding that 31 people had been admitted.', '31 people', { name: 'Anil Sen', kind: 'official' }],
  ['The mine is run by Kasama Copper Co. "We have lost 6 men," the mine manager told reporters.', '6 men',
    { name: 'mine manager', kind: 'official' }],
  ['The coach belonged to Safari Express Ltd. "Nine of our passengers died," a company manager said.',
    'Nine of our passengers', { name: 'company manager', kind: 'official' }],
]);

// a coder's closing line that is a bracket as a whole lists credits (the first named speaks), never a signature
sources("a closing bracket of credits names its first credit, even with an official after it", [
  ['12 May 2026. Gunmen shot dead 4 traders at a cattle market near Wajir. Police arrested two men later.\n' +
    '(The Star; Wajir County Police Commander)', '4 traders', { name: 'The Star', kind: 'media' }],
  ['3 June 2026. A bomb under a bus killed 7 passengers on the Maiduguri road.\n(Daily Sun; Borno State Police ' +
    'Command)', '7 passengers', { name: 'Daily Sun', kind: 'media' }],
  ['9 July 2026. Bandits abducted 15 villagers in Tsafe and killed 2 guards.\n[The Mirror; Zamfara State Police ' +
    'Command]', '15 villagers', { name: 'The Mirror', kind: 'media' }],
]);

// navies' maritime reporting centres credited for piracy incidents are official, never an outlet
sources('maritime reporting centres are official', [
  ['4 March 2026 - Pirates boarded a tanker off Sao Tome and kidnapped 6 of its crew. (Source: MDAT-GoG; Lloyd\'s ' +
    'List)', '6 of its crew', { name: 'MDAT-GoG', kind: 'official' }],
  ['Armed men boarded a cargo ship in the Gulf of Aden and took 3 sailors hostage, UKMTO said.', '3 sailors',
    { name: 'UKMTO', kind: 'official' }],
  ['According to ReCAAP, robbers injured 2 crew members on a barge in the Singapore Strait.', '2 crew members',
    { name: 'ReCAAP', kind: 'official' }],
]);

// an outlet whose name is a state body's, named by the domain it oversees, is that body (official)
describe('an outlet that is a state body named by its domain speaks as that body', () => {
  it.each([
    ['Civil Aviation Committee', 'Twenty (20) passengers were injured when the aircraft hit turbulence.'],
    ['National Transport Safety Board', 'The bus carried 41 passengers, 9 of whom were injured.'],
    ['Ministry of Emergency Situations', 'Rescuers pulled 5 people from the rubble of the block.'],
  ])('%s', (outlet, text) => {
    const f = figures(text, { outlet });
    expect(f.length).toBeGreaterThan(0);
    for (const c of f) expect(c.source).toMatchObject({ name: outlet, kind: 'official' });
  });
});

// a state body's name in mixed case, alone on the first line, heads the release as one in capitals does
sources('a mixed-case letterhead names the issuer', [
  ['Main Directorate of the Ministry of Emergency Situations of Russia for the Tomsk Region - Tomsk\n\nInformation ' +
    'on the fire in a hostel in Seversk\n\nAt 03:10 a fire broke out in a hostel. 14 people were evacuated.',
  '14 people', { name: 'Main Directorate of the Ministry of Emergency Situations of Russia for the Tomsk Region', kind: 'official' }],
  ['Ministry of Health and Sanitation\n\nUpdate on the cholera outbreak in Kenema District\n\nThe ministry has ' +
    'recorded 37 new cases, and 4 patients have died since Monday.', '4 patients',
  { name: 'Ministry of Health and Sanitation', kind: 'official' }],
  ['Dar es Salaam Regional Police Command\n\nA fire broke out at a market on Tuesday night. Four traders died and ' +
    '11 were taken to hospital.', 'Four traders', { name: 'Dar es Salaam Regional Police Command', kind: 'official' }],
  ['Regional Department of Civil Protection of Sofala, Beira\n\nHeavy rain flooded the low-lying suburbs overnight. ' +
    'Floods forced 210 people from their homes and 3 people drowned.', '3 people',
  { name: 'Regional Department of Civil Protection of Sofala', kind: 'official' }],
]);

// "the superintendent, Dr X, said a fifth patient, a guard, had died": with a subject in apposition before the verb
// (a time phrase may open the sentence), the phrase after "said" is what was said, not an inverted speaker
sources('a subject with a name in apposition speaks, after a leading time phrase too', [
  ['By Thursday afternoon the hospital superintendent, Dr Meera Nair, said a fifth patient, a 61-year-old cook, had ' +
    'died, bringing the toll to five.', 'five', { name: 'Meera Nair', kind: 'official' }],
  ['Late on Monday the district health officer, Grace Achieng, said a third child, a girl of six, had died, bringing ' +
    'the toll to 7.', '7', { name: 'Grace Achieng', kind: 'official' }],
  ['Later the same day the county commissioner, Mary Wanjiku, said a second boat, a small ferry, had sunk with 12 ' +
    'people aboard.', '12 people', { name: 'Mary Wanjiku', kind: 'official' }],
]);

// "X, a guide waiting at the station with a group of ...": the apposition's head ("a guide") tells the kind, not a
// word in what the person was doing; an indefinite role the lexicon does not know introduces a private person
sources('an apposition "a <role>" with no office makes a named speaker a witness', [
  ['"The cable just snapped," said Levon Harutyunyan, a guide waiting at the top station with a group of about 20 ' +
    'hikers.', 'about 20 hikers', { name: 'Levon Harutyunyan', kind: 'witness' }],
  ['Nadia Haddad, a schoolteacher, said 14 people were killed in the market.', '14 people',
    { name: 'Nadia Haddad', kind: 'witness' }],
  ['"At least 9 men were shot dead by the bus," said Kofi Mensah, a trader selling phone cards at the junction.',
    'At least 9 men', { name: 'Kofi Mensah', kind: 'witness' }],
  // (a body named by a collective noun stays a body; a role with an office stays official)
  ['The Tawila Emergency Room, a volunteer network, said 23 people were killed.', '23 people',
    { name: 'Tawila Emergency Room', kind: 'official' }],
  ['Samuel Okoro, a spokesman for the state police, said 6 suspects were arrested.', '6 suspects',
    { name: 'Samuel Okoro', kind: 'official' }],
]);

// a hyphenated given name with a small second half is still a person's name ("Kim Min-jun"), and an age after it
// makes a private person
sources('a hyphenated given name is a name', [
  ['"We heard the hull crack," said Kim Min-jun, 34. About 30 people were on the upper deck, he said.',
    'About 30 people', { name: 'Kim Min-jun', kind: 'witness' }],
  ['"12 people were swept away," said Nguyen Thi-lan, 52, a fish seller.', '12 people',
    { name: 'Nguyen Thi-lan', kind: 'witness' }],
  ['Park Seo-yeon, 29, said 7 people drowned near the pier.', '7 people', { name: 'Park Seo-yeon', kind: 'witness' }],
]);

// a leading time phrase cut from the subject does not lose what the relative clause said about the speaker
sources('a withheld name after a leading time phrase still makes the speaker unnamed', [
  ['By Sunday afternoon a doctor at the district hospital, who asked not to be named because he was not allowed to ' +
    'speak, said 2 of the injured had died.', '2 of the injured', { name: 'doctor at the district hospital', kind: 'unnamed' }],
  ['Late on Friday a nurse, who asked not to be named, said 4 of the wounded had died.', '4 of the wounded',
    { name: 'nurse', kind: 'unnamed' }],
  ['On Monday evening a man who gave his name only as Musa said 9 people were shot dead.', '9 people',
    { name: 'Musa', kind: 'witness' }],
]);

// a community's notable named with an honorific ("Chief X", "Sheikh Y") keeps the kind of the role before it
sources('an honorific before the name of a community notable is no office', [
  ['The village head, Chief Ovie Ekpo, told the paper that eleven people had died.', 'eleven people',
    { name: 'Chief Ovie Ekpo', kind: 'witness' }],
  ['A community leader, Chief Bassey Okon, said 6 fishermen were missing.', '6 fishermen',
    { name: 'Chief Bassey Okon', kind: 'witness' }],
  ['The clan elder, Sheikh Abdi Hassan, said 12 herders were killed.', '12 herders',
    { name: 'Sheikh Abdi Hassan', kind: 'witness' }],
  // (a role of office keeps its kind)
  ['The police commander, Chief Superintendent John Mwangi, said 3 suspects were held.', '3 suspects',
    { name: 'Chief Superintendent John Mwangi', kind: 'official' }],
]);

// the closing credit's label in the other ways coders write it, and a date after a credited name
sources('closing credits in more forms name their first source', [
  ['4 May 2026. Gunmen killed 9 villagers in Tudun Wada.\nSource - Daily Trust', '9 villagers',
    { name: 'Daily Trust', kind: 'media' }],
  ['4 May 2026. Gunmen killed 9 villagers in Tudun Wada.\n(Daily Trust, 5 May 2026; police)', '9 villagers',
    { name: 'Daily Trust', kind: 'media' }],
  ['4 May 2026. Gunmen killed 9 villagers in Tudun Wada.\nSource(s): Premium Times; Amnesty International',
    '9 villagers', { name: 'Premium Times', kind: 'media' }],
  ['4 May 2026. Gunmen killed 9 villagers in Tudun Wada.\nSrc: Kano State Police Command', '9 villagers',
    { name: 'Kano State Police Command', kind: 'official' }],
]);

// posts that run a site or operation speak for it (official), also with the person's name in apposition
sources('managers, coordinators, marshals and wardens speak for what they run', [
  ['The mine manager, Jonas Phiri, said 8 miners were still underground.', '8 miners',
    { name: 'Jonas Phiri', kind: 'official' }],
  ['The camp coordinator, Halima Yusuf, said 2,300 people had fled their homes since Sunday.', '2,300 people',
    { name: 'Halima Yusuf', kind: 'official' }],
  ['The county fire marshal, Dale Brooks, said 3 firefighters were hurt.', '3 firefighters',
    { name: 'Dale Brooks', kind: 'official' }],
  ['The prison warden, Carlos Mejia, said 17 inmates escaped during the riot.', '17 inmates',
    { name: 'Carlos Mejia', kind: 'official' }],
]);

// a title-case headline on the first line is no letterhead: it names no body by its head word
sources('a headline in title case is no letterhead', [
  ['Fire Kills Four Traders in Kariakoo Market\n\nA fire broke out at the market on Tuesday night. Four traders ' +
    'died, police said.', 'Four traders', { name: 'police', kind: 'official' }],
  ['Four Dead as Fire Guts Market, Says Police\n\nA fire broke out at the market on Tuesday. Four traders died.',
    'Four traders', { name: 'outlet', kind: 'media' }],
]);

// "data compiled by X shows ...": the one who compiled the tally speaks, not the tally
sources("a tally's maker after 'compiled/gathered/provided by' speaks", [
  ['A storm hit the coast on Sunday. Data compiled by OCHA shows 12,000 people displaced.', '12,000 people',
    { name: 'OCHA', kind: 'official' }],
  ['A storm hit the coast on Sunday. A tally compiled by the regional civil protection agency showed 12 dead.', '12 dead',
    { name: 'regional civil protection agency', kind: 'official' }],
  ['A storm hit the coast on Sunday. Figures gathered by the Red Crescent showed 40 people injured.', '40 people',
    { name: 'Red Crescent', kind: 'official' }],
]);

// a newspaper's title that opens on "Daily"/"Weekly" is media, whatever body word follows ("Daily Trust")
sources('a title opening on Daily or Weekly is a newspaper', [
  ['12 May 2026: Gunmen killed 9 villagers in Tudun Wada, per Daily Trust.', '9 villagers',
    { name: 'Daily Trust', kind: 'media' }],
  ['Gunmen killed 9 villagers in Tudun Wada, the Daily Trust reported.', '9 villagers',
    { name: 'Daily Trust', kind: 'media' }],
  ['According to the Weekly Observer, 9 villagers were killed.', '9 villagers',
    { name: 'Weekly Observer', kind: 'media' }],
]);
