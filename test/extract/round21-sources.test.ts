// Round 21 (sources): who speaks in the blind texts of F28-F35, by the stage and grammar that lost them; every
// sentence here is new, with other names, places and numbers.
import { describe, expect, it } from 'vitest';
import { sourceAt, sources } from './helpers.js';

// a title line's "DEPARTMENT OF X" names the area the report is about; the body text naming "the department of X" in
// lower case speaks of the place, so the letterhead above stays the issuer
sources('a letterhead issues its report, not the area a title line is about', [
  ['NATIONAL AGENCY FOR FLOOD RESPONSE (NAFR)\nFLASH UPDATE No. 2 - FLOODS, DEPARTMENT OF KORVANE\nRiverton, 4 May 2026\n\n' +
    'Heavy rain flooded the department of Korvane overnight.\n\n- Dead: 9 persons\n- Missing: 4',
  '9 persons', { name: 'National Agency for Flood Response', kind: 'official' }],
  ['NATIONAL AGENCY FOR FLOOD RESPONSE (NAFR)\nFLASH UPDATE No. 2 - FLOODS, DEPARTMENT OF KORVANE\nRiverton, 4 May 2026\n\n' +
    'Heavy rain flooded the department of Korvane overnight.\n\n- Dead: 9 persons\n- Missing: 4',
  '4', { name: 'National Agency for Flood Response', kind: 'official' }],
]);

// a body that calls itself by its acronym all through its own release goes by that acronym
sources('an issuer that names itself by its acronym in its text', [
  ['COASTAL EMERGENCY RESPONSE AUTHORITY (CERA)\nPRESS RELEASE\n\nCERA informs the public that a ferry ran aground ' +
    'near Palmet on Friday. Sadly, 5 passengers died. CERA urges operators to respect load limits.',
  '5 passengers', { name: 'CERA', kind: 'official' }],
]);

describe('the full name stays when the text uses it', () => {
  it('a release that spells its name out again keeps the full name', () => {
    const text = 'COASTAL EMERGENCY RESPONSE AUTHORITY (CERA)\nPRESS RELEASE\n\nThe Coastal Emergency Response Authority ' +
      'informs the public that a ferry ran aground near Palmet. Sadly, 5 passengers died. CERA urges caution.';
    expect(sourceAt(text, '5 passengers').name).toBe('Coastal Emergency Response Authority');
  });
});

// a body named by its trade after its full name is that body; "centre" and "center" are one word
sources('a descriptive noun takes up the body named before it', [
  ['The Darfur Medics Network said on Monday that shelling killed 14 people. In a later post, the medical group said ' +
    '31 people had been wounded.', '31 people', { name: 'Darfur Medics Network', kind: 'official' }],
  ['Floods cut off 3 villages, the Northern Flood Response Center said. The centre said 12 people were missing.',
    '12 people', { name: 'Northern Flood Response Center', kind: 'official' }],
  ['The Lowland Doctors Network reported 6 deaths. The network said 20 people were treated for burns.',
    '20 people', { name: 'Lowland Doctors Network', kind: 'official' }],
]);

// "..., the centre said in its 9 pm bulletin, which also listed ...": the speaker closes its clause before the
// relative clause and the clock time; the clause before the semicolon is its account too
sources('a closing speaker reaches back over a semicolon past a clock time and a relative clause', [
  ['The River Watch Centre said a storm hit the coast on Sunday.\n\nOne of the dead was a fisherman; the other was a ' +
    'girl hit by a wall, the centre said in its 9 pm bulletin, which also listed 15 people injured.',
  'One of the dead', { name: 'River Watch Centre', kind: 'official' }],
  ['The River Watch Centre said a storm hit the coast on Sunday.\n\nOne of the dead was a fisherman; the other was a ' +
    'girl hit by a wall, the centre said in its 9 pm bulletin, which also listed 15 people injured.',
  '15 people', { name: 'River Watch Centre', kind: 'official' }],
]);

// Said, Ali, Musa: a surname that is also a reporting verb, written as a name after a name
sources('a surname spelled like a reporting verb is part of the name', [
  ['Dr Halima Said, the head of the district clinic, said 19 patients had been admitted.', '19 patients',
    { name: 'Dr Halima Said', kind: 'official' }],
]);

// a coder's note credits an acronym the lexicon does not know: a body's (official), as ANNOTATION.md says; spelled
// out elsewhere in the note, the full name gives the kind; a bracket that sources a background sentence is its source
const ANDES = 'Peru | Cusco | 2026-03-02. Heavy rain triggered a mudslide above Urubamba overnight. PCDA: 6 dead, ' +
  '2 missing; 40 families evacuated. In 2019 a flood in the same valley killed 41 people (La Razon). Sources: PCDA; La Razon';
const RIFT = 'Kenya, Nakuru: a bus overturned near Gilgil on the night of 4 May. Police: 9 dead, 14 injured. Deaths rose ' +
  'to 11 by morning (TNW). Fatalities coded as 11. Sources: Tavari News Wire; Police.';
sources('credits in a coder note by acronym and in a closing bracket', [
  [ANDES, '6', { name: 'PCDA', kind: 'official' }],
  [ANDES, '41 people', { name: 'La Razon', kind: 'media' }],
  [RIFT, '11 by morning', { name: 'TNW', kind: 'media' }],
]);

// a coder's "per X (Y)": X speaks, the bracket after the name is the channel, not the figures' source
sources('a bracket after a credited speaker is no source of its own', [
  ['NPL | Gandaki, Kaski district | 3 Oct 2026. A jeep slid off the road above Sikles in heavy rain. 8 killed and 5 ' +
    'injured, per Kaski DSP Ramesh Thapa (Kantipur). Fatalities: 8.', '5', { name: 'Kaski DSP Ramesh Thapa', kind: 'official' }],
]);

// a news story under a paper's dateline that quotes a body's communique stays the paper's story; the body speaks
// only where it is cited
const SOLA = 'Storm Ilse floods Vanua Lava, leaving two dead\n\nSOLA, Vanuatu (Pacific Coast Weekly) - Storm Ilse flooded ' +
  'villages on Vanua Lava overnight, killing two people.\n\nThe Torba Provincial Council said in a communique on Friday ' +
  'that two children were swept away by a creek, and that 600 people had moved to evacuation centres.';
sources('the outlet of a datelined story keeps its own voice', [
  [SOLA, 'two dead', { name: 'Pacific Coast Weekly', kind: 'media' }],
  [SOLA, 'two people', { name: 'Pacific Coast Weekly', kind: 'media' }],
  [SOLA, '600 people', { name: 'Torba Provincial Council', kind: 'official' }],
]);

// in a body's own release, the team's act after an opening phrase of time is the release's narration again, not
// the account of the person cited in the sentence before
const LEMBAH = 'LEMBAH DISTRICT DISASTER AGENCY\nPRESS RELEASE No. 4/2026\nFlash flood at the Lembah Hijau quarry\n\n' +
  'The District Disaster Agency of Lembah reports that a flash flood hit the quarry workers\' huts on Monday night.\n\n' +
  'According to the quarry foreman, about 40 workers were asleep when the water came. As of 07.00 on Tuesday, the joint ' +
  'rescue team has recovered 5 bodies and evacuated 30 survivors.';
sources('an opening phrase of time does not hide a new actor', [
  [LEMBAH, '5 bodies', { name: 'Lembah District Disaster Agency', kind: 'official' }],
]);

// kinds by role: heads of a college and a fire brigade's chief are officials; people from the community (a parents'
// association, one member of civil society) are witnesses; a "Defence Force" whose men the text calls fighters is an
// armed party
sources('kinds of speakers by role and by what the text calls their members', [
  ['Patients were taken to the nursing college, where the principal, Dr Meera Joshi, said 17 people were admitted.',
    '17 people', { name: 'Meera Joshi', kind: 'official' }],
  ['Eleven guests were rescued from the upper floor, the brigade chief, Tomas Riedl, said.', 'Eleven guests',
    { name: 'Tomas Riedl', kind: 'official' }],
  ['A member of the local civil society, Jean-Paul Mbuyi, said 28 bodies had been found on the bank.', '28 bodies',
    { name: 'Jean-Paul Mbuyi', kind: 'witness' }],
  ['Parents\' association chairman said 40 boys were still missing.', '40 boys',
    { name: 'Parents\' association chairman', kind: 'witness' }],
  ['The Zomi Defense Force (ZDF) said 12 villagers were killed in the shelling. The army said it killed 20 ZDF ' +
    'fighters.', '12 villagers', { name: 'Zomi Defense Force', kind: 'militant' }],
]);

describe('a cited speaker and the outlet that cites it', () => {
  it('"X cited a village chief who reported ..." gives the chief, via X', () => {
    const text = 'Sahel Wire cited a village elder who reported 15 dead and many missing.';
    expect(sourceAt(text, '15', ['via'])).toEqual({ name: 'village elder', kind: 'witness', via: 'Sahel Wire' });
  });
});

// span: a leading date is no part of the speaker; "and" between two place names keeps them a name; a compound rank
// before the person named in apposition; a speaker citing another hands the figure on
sources('the speaker phrase without a leading date, with its places and rank whole', [
  ['On 14 March the mayor\'s office raised the toll to 8 after two more bodies were found.', 'two more bodies',
    { name: 'mayor', kind: 'official' }],
  ['Johor and Melaka Maritime Director, Maritime Captain Azlan Hamid, said 6 crew were rescued.', '6 crew',
    { name: 'Maritime Captain Azlan Hamid', kind: 'official' }],
  ['Johor and Melaka Maritime Director said 6 crew were rescued.', '6 crew',
    { name: 'Johor and Melaka Maritime Director', kind: 'official' }],
  ['The coast guard said 40 people were rescued. It added that according to the survivors, five people drowned.',
    'five people', { name: 'survivors', kind: 'witness' }],
]);

// coder notes: a zero line on another measure is the note's own; hearsay inside a bracket is about its aside; a
// credit's "quoted by" / "cited by" names the channel; a credit dated by a time of day is still a credit
sources('credits and own lines in coder notes', [
  ['12/05/2026 - Menaka region. Gunmen attacked a market near Anderamboukane; local sources said 4 traders were ' +
    'killed. No arrests reported. (Sources: Army; Sahel Radio)', 'No arrests', { name: 'Army', kind: 'official' }],
  ['On 3 May 2026, an aircraft (reportedly a trainer jet) bombed a school in Tabin village, killing 6 pupils and ' +
    'wounding about 14.', '6 pupils', { name: 'outlet', kind: 'media' }],
  ['Reported deaths: 17 (KRMA, evening), "over 20" (local Telegram channels).', '17',
    { name: 'KRMA', kind: 'official' }],
  ['Reported deaths: 17 (KRMA, evening), "over 20" (local Telegram channels).', 'over 20',
    { name: 'local Telegram channels', kind: 'media' }],
]);

describe('the channel named in a credit', () => {
  it('"(villagers quoted by X)" gives the villagers via X', () => {
    const text = 'Reported deaths: 8 (district office), "at least 15" (villagers quoted by Delta Radio).';
    expect(sourceAt(text, 'at least 15', ['via'])).toEqual({ name: 'villagers', kind: 'witness', via: 'Delta Radio' });
  });
  it('a label "X (cited by Y):" gives X via Y', () => {
    const text = 'Lubero, North Kivu, 4 Apr 2026: armed men stormed the central prison at night. Prison warden (cited ' +
      'by Radio Moto): 310 escaped; 9 recaptured the next day.';
    expect(sourceAt(text, '310', ['via'])).toEqual({ name: 'prison warden', kind: 'official', via: 'Radio Moto' });
  });
});

// a label in capitals that ends on a body's word names a body, though a word of it counts ("Rescue"); an armed
// party's own outlet speaks for the party
sources('labels that name a body, and a party\'s own media', [
  ['14/03/2026 - Sagaing Region, Monywa: a jet bombed a village school. Kyaw Lin Rescue Team: 11 killed, 20+ injured.',
    '11', { name: 'Kyaw Lin Rescue Team', kind: 'official' }],
  ['JNIM\'s az-Zallaqa outlet said "dozens of soldiers" were killed in the ambush.', 'dozens of soldiers',
    { name: 'JNIM\'s az-Zallaqa outlet', kind: 'militant' }],
]);

// a note's closing credits may name a numbered unit; a credit "X via Y" in brackets is X, and it goes on over the
// participle joined to its clause by "and"
const ORINOCO = 'VEN / Apure / Guasdualito. 02/09/2026: armed men stopped a river launch carrying 19 passengers near ' +
  'El Amparo. The other 15 passengers were released after 6 hours. No fatalities.\n(La Prensa Llanera; Army 5th Division)';
const PIBOR = '05/10/2026 - Jonglei, Pibor: armed youth raided cattle camps at dawn, killing at least 12 people (PCA ' +
  'commissioner via Radio Miraya) and abducting 9 children; UNMISS put the abducted at "around 15".';
sources('closing credits with a numbered unit, and a bracketed credit with its channel', [
  [ORINOCO, '19 passengers', { name: 'La Prensa Llanera', kind: 'media' }],
  [ORINOCO, 'No fatalities', { name: 'La Prensa Llanera', kind: 'media' }],
  [PIBOR, '9 children', { name: 'PCA commissioner', kind: 'official' }],
]);

describe('a bracketed credit with a channel', () => {
  it('"(X via Radio Y)" is X, via the radio', () => {
    expect(sourceAt(PIBOR, 'at least 12', ['via'])).toEqual({ name: 'PCA commissioner', kind: 'official', via: 'Radio Miraya' });
  });
});

// appositions and clauses around a speaker: a common noun then "the <Name>" names the body; the acronym closing a
// cited speaker's apposition is an alias, no source; a clause of place ", where a spokeswoman said ..." speaks only for
// itself; abbreviated ranks do not end the sentence
sources('speakers in appositions and clauses of place', [
  ['A local rights group, the Lake Abaya Community Union, says more than 90 people have been abducted in the district ' +
    'since May.', 'more than 90', { name: 'Lake Abaya Community Union', kind: 'official' }],
  ['The fire began in a storage shed, when 25 workers were inside, according to Budi Santoso, head of the district ' +
    'disaster agency (BPBD).', '25 workers', { name: 'Budi Santoso', kind: 'official' }],
  ['One guard was shot in the leg when the robbers entered and was taken to the city hospital, where a spokesman ' +
    'said he was recovering.', 'One guard', { name: 'outlet', kind: 'media' }],
  ['Garut police chief Adj. Sr. Comr. Rudi Hartono said 14 people had died.', '14 people',
    { name: 'garut police chief Adj. Sr. Comr. Rudi Hartono', kind: 'official' }],
]);

// a bare name in brackets after a count is a place when the text puts it after a preposition of place
sources('a bracketed place is no source', [
  ['EARTHQUAKE UPDATE No. 2\nTwo schools collapsed, in Tocache and Uchiza. Rescuers searched the school in Uchiza ' +
    'overnight.\n- Dead: 7\n- Missing: 2 (Uchiza).', '2 (Uchiza', { name: 'outlet', kind: 'media' }],
]);

// "estimated at N by X": the agent of the estimate speaks (an acronym too), but "reported at least 5 killed by
// airstrikes" has no agent of reporting
sources('the agent of an estimate', [
  ['Gunmen ambushed a patrol near the border. Attackers estimated at 30-40 by PCMA.', 'estimated at 30-40',
    { name: 'PCMA', kind: 'official' }],
  ['Residents reported at least 5 civilians killed by junta airstrikes on the town.', 'at least 5',
    { name: 'residents', kind: 'witness' }],
]);

// a leading "Earlier in the morning" is no part of the speaker; an acronym in another language's word order still
// spells out the name before it, so it is no source
sources('leading time phrases and translated acronyms', [
  ['The Regional Emergency Committee said 30 bodies had been recovered. Earlier in the morning the committee had ' +
    'reported 17 dead.', '17', { name: 'Regional Emergency Committee', kind: 'official' }],
  ['The Ministry of Interior regrets to announce that a group of bandits estimated at 60 elements attacked the posts of ' +
    'the Defence and Security Forces (FDS) near Kaya.', 'estimated at 60', { name: 'Ministry of Interior', kind: 'official' }],
]);
