// Round 22 (sources): who speaks, by the general class of the miss (the kind of an outlet or a body, the speaker
// phrase, the voice a sentence inherits); every sentence here is new, with its own names, places and numbers.
import { describe, expect, it } from 'vitest';
import { outletSource } from '../../src/extract/attribution.js';
import { figures, sourceAt, sources, type SourceSeen } from './helpers.js';

// an information agency is a wire like a press agency; a paper's title word ("Today") makes a name an outlet
// wherever it stands; a government agency stays official
describe('the kind of an outlet named as an agency', () => {
  it.each([
    ['Kazakh Information Agency', 'media'],
    ['Volta Information Agency', 'media'],
    ['Nubia Today Agency', 'media'],
    ['Kenya Today', 'media'],
    ['Lagos State Emergency Management Agency', 'official'],
    ['Coastal Maritime Enforcement Agency', 'official'],
  ])('%s is %s', (outlet, kind) => {
    expect(outletSource({ outlet }).kind).toBe(kind);
  });
});

// a civic body named by its collective noun speaks as a body, not as the people it gathers
sources('a collective body is no crowd of its members', [
  ['The Coordination of Flood Victims in Kassala said 23 people had drowned.', '23 people',
    { name: 'Coordination of Flood Victims in Kassala', kind: 'official' }],
  ['The Network of Market Traders reported that 8 vendors were injured in the blaze.', '8 vendors',
    { name: 'Network of Market Traders', kind: 'official' }],
  ['The Federation of Artisanal Miners announced that 15 diggers are still trapped.', '15 diggers',
    { name: 'Federation of Artisanal Miners', kind: 'official' }],
  ['A committee of relatives of the missing sailors said 12 men were still unaccounted for.', '12 men',
    { name: 'committee of relatives of the missing sailors', kind: 'official' }],
]);

// a speaker phrase of thirteen or fourteen words (a place and an owner after the head) is still a speaker
describe('a long speaker phrase before its verb', () => {
  it.each([
    ['Security sources at the main police station in the eastern quarter of the old town said 6 officers were hurt.',
      '6 officers', 'eastern quarter of the old town'],
    ['Hospital sources in the trauma ward of the charity Mercy Relief inside the refugee settlement stated that 17 ' +
      'patients had arrived.', '17 patients', 'trauma ward of the charity Mercy Relief inside the refugee settlement'],
  ])('%s', (text, at, inName) => {
    const seen = sourceAt(text, at);
    expect(seen.kind).toBe('unnamed');
    expect(seen.name).toContain(inName);
  });
});

// "X at Y, where ..., told/said": a clause of place between the speaker and its verb, like a "who" clause
sources('a "where" clause between the speaker and the verb', [
  ['Doctors at the Central Hospital in Gao, where the injured were taken by road, told reporters they had treated 23 ' +
    'patients.', '23 patients', { name: 'doctors at the Central Hospital in Gao', kind: 'official' }],
  ['Nurses at the district clinic in Rumbek, where most of the burned were carried overnight, said 31 patients were ' +
    'still on drips.', '31 patients', { name: 'nurses at the district clinic in Rumbek', kind: 'official' }],
]);

// "<described body>, <its name>, claimed responsibility ..., saying": the phrase after "claimed" is its object, not
// an inverted speaker, and the named body speaks (a hyphen-joined name too)
sources('a claim of responsibility with its reasons after "saying"', [
  ['A new rebel coalition, the Eastern Front, claimed responsibility in a message to reporters, saying its fighters had ' +
    'killed 12 soldiers.', '12 soldiers', { name: 'Eastern Front', kind: 'militant' }],
  ['A little-known armed faction, the Hill Tigers, claimed the ambush, saying 8 policemen died.', '8 policemen',
    { name: 'Hill Tigers', kind: 'militant' }],
  ['A banned sectarian outfit, Lashkar-e-Jhangvi, claimed the bombing on Friday, saying 9 police had been killed.',
    '9 police', { name: 'Lashkar-e-Jhangvi', kind: 'militant' }],
  ['A newly formed militant alliance, Jamaat-ul-Furqan, said its fighters had killed 15 troops.', '15 troops',
    { name: 'Jamaat-ul-Furqan', kind: 'militant' }],
]);

// "<owner>'s <office>, <its proper name>, said": the body named in apposition speaks itself, as a person named
// after "the army's spokesman," does; with no name the owner still speaks
sources('an office of a body named in apposition', [
  ['The navy\'s media wing, Fleet Public Affairs (FPA), said that 9 sailors were missing.', '9 sailors',
    { name: 'Fleet Public Affairs (FPA)', kind: 'official' }],
  ['The ministry\'s statistics unit, the Central Data Office, said that 14 people were killed.', '14 people',
    { name: 'Central Data Office', kind: 'official' }],
  ['The governor\'s office said 4 people died.', '4 people', { name: 'governor', kind: 'official' }],
]);

// "The Agency can confirm ..." in an agency's own release: the head word of the issuer's name, capitalised, is the
// issuer, even when another body was cited in the paragraph before ("according to the National Weather Service")
describe('the issuer by the head of its name after another body was cited', () => {
  const text = 'LAKE COUNTY FLOOD CONTROL AGENCY\nLakeview, Ohio\n\nFOR IMMEDIATE RELEASE - May 2, 2026\n\n' +
    'The river crested at 21 feet on Friday, according to the National Weather Service in Cleveland.\n\n' +
    'The Agency can confirm that three people have drowned. Crews rescued 40 residents by boat.\n';
  it('read alone, the heading names the issuer', () => {
    expect(sourceAt(text, 'three people')).toEqual({ name: 'Lake County Flood Control Agency', kind: 'official' });
  });
  it('with the issuer as the outlet in the metadata', () => {
    const f = figures(text, { outlet: 'Lake County Flood Control Agency' }).find((c) => text.slice(c.span.start).startsWith('three'));
    expect(f?.source).toMatchObject({ name: 'Lake County Flood Control Agency', kind: 'official' });
  });
});

// relaying verbs in the present ("cites", "quotes") and their forms: "X cites Y saying ...", "X quotes Y: '...'",
// "X quotes Y as saying ...": Y speaks, via X
describe('a relay in the present tense', () => {
  it.each([
    ['Floods hit the valley. Radio Dalsan cites farmers saying 14 people were swept away.', '14 people',
      { name: 'farmers', kind: 'witness', via: 'Radio Dalsan' }],
    ['A boat sank off the coast. The Herald quotes a fisherman as saying 9 bodies were recovered.', '9 bodies',
      { name: 'fisherman', kind: 'witness', via: 'The Herald' }],
    ['Gunmen stopped a bus near Okene. The Tribune quotes a passenger: "they abducted 22 of us."', '22 of us',
      { name: 'passenger', kind: 'witness', via: 'The Tribune' }],
  ] as Array<[string, string, SourceSeen]>)('%s', (text, at, want) => {
    expect(sourceAt(text, at, ['via'])).toEqual(want);
  });
});

// a coder's label may name the body's officer in brackets, which makes it longer than a label usually is
sources('a label with its officer in brackets', [
  ['KEN-2026-0101 | 3 Jan 2026 | Nairobi, Mathare: fire in a market. Kenya Red Cross (county coordinator Jane Wambui ' +
    'Otieno): 7 dead, 12 injured.', '7 dead', { name: 'Kenya Red Cross', kind: 'official' }],
]);

// a private person after an inverted "said": an initial before the surname still makes a name that an age describes;
// a "who" clause of a private trade, or an apposition "a resident whose ...", with numbers in it, makes a witness
sources('who a private speaker is', [
  ['"The roof came down on us," said K. Lakshmi, 52. "At least 6 of the weavers were still in the shed."',
    'At least 6', { name: 'K. Lakshmi', kind: 'witness' }],
  ['"Nobody comes to the market now," said Tomas Ferreira, who sells fish near the port. "Three of my neighbours ' +
    'have died."', 'Three', { name: 'Tomas Ferreira', kind: 'witness' }],
  ['"I carried 4 children out of the water," said Halima Yusuf, a farmer whose plot lies 300 metres from the river.',
    '4 children', { name: 'Halima Yusuf', kind: 'witness' }],
  ['"We treated 30 patients overnight," said Joseph Okello, who works for the Uganda Red Cross Society.',
    '30 patients', { name: 'Joseph Okello', kind: 'official' }],
]);

// "as" opening a clause of report, in either order: "As the X reported, N ...", "N ..., as X said", and the
// translated "As informed the <role>, <courtesy word> <name>, N ..." (the person named in apposition)
sources('a clause of report opened by "as"', [
  ['As the district police reported on Monday, 12 people died in the fire.', '12 people',
    { name: 'district police', kind: 'official' }],
  ['Nine fishermen are still missing, as the coast guard said late on Sunday.', 'Nine fishermen',
    { name: 'coast guard', kind: 'official' }],
  ['As reported the head of the district police, Ivan Petrov, 12 people died in the fire.', '12 people',
    { name: 'Ivan Petrov', kind: 'official' }],
  ['As informed the mayor of Khorog, respected Davlat Nazarov, the number of the injured reached 17 persons.',
    '17 persons', { name: 'Davlat Nazarov', kind: 'official' }],
]);

// "Casualty figures (district administration):" on a line of its own heads a list: its lines are that source's,
// up to a blank line; the paragraph after it is the document's own again
describe('a list headed by a line that names its source in brackets', () => {
  const text = 'FLOODS IN THE NORTH\nFlash Update No. 1\n\nHeavy rain hit the region on Monday.\n\n' +
    'Casualty figures (district administration):\nDeaths: 12\nInjured: 30\nMissing: 4\n\n' +
    'Partners report that 2,000 people are sheltering in schools.\n';
  const meta = { outlet: 'Relief Coordination Office' };
  const at = (span: string) => figures(text, meta).find((c) => text.slice(c.span.start).startsWith(span))?.source;
  it.each(['12', '30', '4'])('the line with %s is the administration\'s', (span) => {
    expect(at(span)).toMatchObject({ name: 'district administration', kind: 'official' });
  });
  it('the paragraph after the blank line is not', () => {
    expect(at('2,000')?.name).not.toBe('district administration');
  });
});

// a long role with a place in capitals, then the person with a graded rank in apposition: the person speaks
sources('a graded rank before a name in apposition', [
  ['The head of the Kampala Central police division, Senior Inspector Mary Akello, said 7 suspects were held.',
    '7 suspects', { name: 'Senior Inspector Mary Akello', kind: 'official' }],
  ['The traffic police commander for the Kisumu region, Assistant Superintendent Peter Ouma, said 14 passengers were ' +
    'hurt.', '14 passengers', { name: 'Assistant Superintendent Peter Ouma', kind: 'official' }],
]);

// hearsay that goes round ("circulating", "spreading") opens its claim with "of" or a participle of report, not only
// with "that"; the figures are the hearsay's, an armed party's when it runs on that party's channels
describe('hearsay in circulation, denied or contradicted', () => {
  it.each([
    ['The army denies the claims circulating on rebel propaganda channels of dozens of soldiers killed, which it calls lies.',
      'dozens', { name: 'claims circulating on rebel propaganda channels', kind: 'militant' }],
    ['Contrary to the information circulating on social networks reporting nine deaths, the police affirm that two people ' +
      'died.', 'nine', { name: 'information circulating on social networks', kind: 'unnamed' }],
    ['Contrary to the information circulating on social networks reporting nine deaths, the police affirm that two people ' +
      'died.', 'two', { name: 'police', kind: 'official' }],
    ['The ministry dismissed the rumours spreading online of 40 dead pupils.', '40',
      { name: 'rumours spreading online', kind: 'unnamed' }],
  ] as Array<[string, string, SourceSeen]>)('%s (%s)', (text, at, want) => {
    expect(sourceAt(text, at)).toEqual(want);
  });
});

// live blogs and wires: a priest's "Fr." does not end the sentence; "is now reporting" is a progressive; "is quoting X
// as saying" gives X via the channel; "the 40-seat minibus" is no count in a speaker; a private speaker who withholds
// the name later ("said the driver, who asked not to be named") is unnamed from the first mention on
sources('live-blog and wire speakers', [
  ['19:05 - The parish priest, Rev. Fr. Thomas Eze, tells our reporter that about 300 people were inside the church.',
    'about 300', { name: 'Thomas Eze', kind: 'witness' }],
  ['18:10 - The state broadcaster NTV is now reporting 14 deaths in the district.', '14',
    { name: 'state broadcaster NTV', kind: 'media' }],
  ['The driver of the 40-seat minibus said 6 passengers were abducted. "They were about ten," said the driver, who ' +
    'asked not to be named.', '6', { name: 'driver of the 40-seat minibus', kind: 'unnamed' }],
]);
describe('a progressive relay', () => {
  it('"is quoting X as saying" gives X via the channel', () => {
    const text = '11:20 - Radio Maisha is quoting a nurse as saying three more of the injured died overnight.';
    expect(sourceAt(text, 'three', ['via'])).toEqual({ name: 'nurse', kind: 'official', via: 'Radio Maisha' });
  });
});

// kinds and channels: inmates speak from inside the prison (witness), a logistics firm for the operator (official);
// "told <outlet> the buses ..." ends the channel at the article that opens the reported clause
describe('kinds of inmates and firms, and a channel without "that"', () => {
  it.each([
    ['A lawyer for the families, Rosa Mendez, said inmates had told her that at least 14 prisoners died.', 'at least 14',
      { name: 'inmates', kind: 'witness' }],
    ['The ship\'s managers, Bluewater Logistics, said in a statement that the crew comprised 12 Filipinos.', '12',
      { name: 'Bluewater Logistics', kind: 'official' }],
    ['A union official told Coast Wire the ferry had been carrying 85 passengers.', '85',
      { name: 'union official', kind: 'official', via: 'Coast Wire' }],
  ] as Array<[string, string, SourceSeen]>)('%s', (text, at, want) => {
    const got = sourceAt(text, at, ['via']);
    expect({ name: got.name, kind: got.kind, ...(want.via ? { via: got.via } : {}) }).toEqual(want);
  });
});

// a coder's bracket that names only the medium of a speaker's own claim is its channel; hearsay as a noun with its
// adjectives ("Unverified local reports of ...") names no one
sources('a medium in brackets and hearsay as a noun', [
  ['A rebel spokesman said 9 soldiers died (Telegram video).', '9 soldiers', { name: 'rebel spokesman', kind: 'militant' }],
  ['Unverified local reports of 3 attackers killed.', '3 attackers', { name: 'unverified local reports', kind: 'unnamed' }],
  ['Early reports of 30 dead could not be confirmed.', '30', { name: 'early reports', kind: 'unnamed' }],
]);

// a citation set after or inside a clause covers that clause; a clause of its own joined by ", and" is the writer's
describe('a citation inside a clause, then ", and" a clause of its own', () => {
  const text = 'Fighting there in 2019 killed at least 60 people, according to a Red Cross estimate at the time, and ' +
    'thousands of herders were driven out of the valley.';
  it('the cited figure is the citation\'s', () => {
    expect(sourceAt(text, 'at least 60')).toEqual({ name: 'Red Cross estimate at the time', kind: 'official' });
  });
  it('the clause after ", and" is the outlet\'s', () => {
    expect(sourceAt(text, 'thousands')).toEqual({ name: 'outlet', kind: 'media' });
  });
  it('a citation that opens the sentence still covers all of it', () => {
    const t = 'According to the fire brigade, 4 people died, and 9 were taken to hospital.';
    expect(sourceAt(t, '9')).toEqual({ name: 'fire brigade', kind: 'official' });
  });
});

// more ways a source is named: a translated inverted "informed X" closing the sentence, "In the words of X",
// a body's bulletin that "lists" the dead
sources('inverted "informed", "in the words of", "lists"', [
  ['The number of the injured has reached 17, informed the press service of the city police.', '17',
    { name: 'city police', kind: 'official' }],
  ['In the words of the district governor, 23 houses collapsed and 8 people died.', '8 people',
    { name: 'district governor', kind: 'official' }],
  ['The fire service\'s latest bulletin lists 6 dead.', '6', { name: 'fire service', kind: 'official' }],
]);

// kin of the harmed ("a relative of one of the dead") are a speaker, not a clause; a name closed by an initial
// ("Lina K.") is one person whom "she" takes up; holding back the full name, said late in a long apposition, is
// withholding it
sources('kin of the dead, an initial, a withheld full name', [
  ['A cousin of one of the dead said at least 7 miners had been trapped.', 'at least 7',
    { name: 'cousin of one of the dead', kind: 'witness' }],
  ['Families of the injured said 12 were still in hospital.', '12', { name: 'families of the injured', kind: 'witness' }],
  ['"The doors were locked," said Lina K., a 31-year-old nurse from the northern district who did not want her full ' +
    'name used. She said at least 4 of her colleagues were missing.', 'at least 4', { name: 'Lina K.', kind: 'unnamed' }],
]);

// translated and official ways to cite: "From the words of X", "In accordance with the data of X", "Based on
// information from X" (only before a word of information: "in accordance with local custom" cites no one), "a source
// in the law enforcement bodies" (organs of a state, no dead bodies), "Our agency learned from X that ...", "As our
// correspondent learned from X, ..."
sources('translated citations', [
  ['From the words of eyewitnesses, 40 persons were inside the market.', '40', { name: 'eyewitnesses', kind: 'witness' }],
  ['In accordance with the data of the regional health department, 15 persons died.', '15',
    { name: 'regional health department', kind: 'official' }],
  ['Based on information from the border guards, 22 persons were detained.', '22', { name: 'border guards', kind: 'official' }],
  ['A source in the law enforcement bodies informed that 9 persons were detained.', '9',
    { name: 'source in the law enforcement bodies', kind: 'unnamed' }],
  ['Our agency learned from a source in the district hospital that 6 persons died.', '6',
    { name: 'source in the district hospital', kind: 'unnamed' }],
  ['As our correspondent learned from the district police, 6 persons died.', '6', { name: 'district police', kind: 'official' }],
]);
describe('"in accordance with" that cites no one', () => {
  it('a custom is no source', () => {
    const text = 'Eleven persons died and were buried in accordance with local custom, the district administration said.';
    expect(sourceAt(text, 'Eleven')).toEqual({ name: 'district administration', kind: 'official' });
  });
});

// a document an outlet saw or obtained is relayed by it, like a source it cited; how the document came out
// ("internal", "leaked") is no part of its issuer
describe('a document seen or obtained by an outlet', () => {
  it.each([
    ['Nine people died, according to a UN report seen by Coast Wire.', { name: 'UN', kind: 'official', via: 'Coast Wire' }],
    ['Nine people died, according to an internal police report obtained by the Herald.',
      { name: 'police', kind: 'official', via: 'the Herald' }],
  ] as Array<[string, SourceSeen]>)('%s', (text, want) => {
    expect(sourceAt(text, 'Nine', ['via'])).toEqual(want);
  });
});
