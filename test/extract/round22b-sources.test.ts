// Round 22b (sources): phrases read as speakers that speak for no one (a test as a passive's agent, a tally drawn up
// "with" a partner), and a release's own voice against the people it names; every sentence is new.
import { describe, expect, it } from 'vitest';
import { outletSource } from '../../src/extract/attribution.js';
import { sourceAt, sources } from './helpers.js';

// a passive's "by" agent whose head is a test, an instrument or a record is no speaker: the voice in force goes on
sources('a test or an instrument as the agent of a passive', [
  ['MINISTRY OF HEALTH\nThe first cases were found in Tete and confirmed by PCR analysis at the national reference ' +
    'laboratory on 4 June. So far 9 deaths have been recorded.', '9 deaths', { name: 'Ministry of Health', kind: 'official' }],
  ['As of Monday, 230 suspected cases have been logged in the two districts, of which 41 were confirmed by laboratory ' +
    'culture. Eleven deaths have been recorded.', 'Eleven deaths', { name: 'outlet', kind: 'media' }],
  ['The outbreak was confirmed by a blood test at the provincial laboratory on 3 May. Since then 5 people have died.',
    '5 people', { name: 'outlet', kind: 'media' }],
  // (a body as the agent still speaks)
  ['The deaths of 14 people were confirmed by the provincial health department.', '14 people',
    { name: 'provincial health department', kind: 'official' }],
]);

// "according to the count compiled with X": the writer's own tally, drawn up with a partner, leaves the issuer
// speaking; compiled "by" X it is X's
sources('a tally drawn up with a partner', [
  ['The Port Authority informs that the search has ended. According to the count compiled with the county police, the ' +
    'ferry was carrying 104 persons.', '104 persons', { name: 'Port Authority', kind: 'official' }],
  ['The Regional Disaster Office reports that the road is open. According to figures gathered with the help of village ' +
    'chiefs, 340 people have been displaced.', '340 people', { name: 'Regional Disaster Office', kind: 'official' }],
  ['According to the tally compiled by the county police, 12 people were killed.', '12 people',
    { name: 'county police', kind: 'official' }],
]);

// a letterhead line "Office of the <post>" under a body's name is a desk of that body: the body issues the release,
// though the text later names the post's holder
describe('the office of a post under a body in a letterhead', () => {
  const release = 'KENYA POLICE SERVICE\nOffice of the Regional Commander: Coast\nPRESS STATEMENT\n\n' +
    'THREE ROBBERS KILLED IN MOMBASA RAID\n\nMOMBASA - Three robbers were shot dead and one was arrested during a raid ' +
    'in Likoni on Monday.\n\nOfficers seized two pistols. No bystanders were injured during the raid.\n\n' +
    'The Regional Commander, Mr John Otieno, praised the officers.';
  it.each(['Three robbers', 'No bystanders'])('%s', (at) => {
    expect(sourceAt(release, at)).toEqual({ name: 'Kenya Police Service', kind: 'official' });
  });
});

// "<noun> reported <state>" with no "that": the participle describes the noun (a car reported stolen), so the phrase
// before it is no speaker
sources('a participle of report before a state', [
  ['Police recovered two pistols and a Subaru Forester reported stolen in Nairobi. No bystanders were injured.',
    'No bystanders', { name: 'outlet', kind: 'media' }],
  ['Soldiers found a herder reported missing since Sunday. 2 of his sons had been killed.', '2 of his sons',
    { name: 'outlet', kind: 'media' }],
  ['Coast guards towed in a fishing dhow reported hijacked off Lamu. 6 crew members were freed.', '6 crew members',
    { name: 'outlet', kind: 'media' }],
  // (a report with a count keeps its speaker)
  ['The hospital reported 14 injured on Friday.', '14 injured', { name: 'hospital', kind: 'official' }],
]);

// a heading line that names an event and its target ("Strike on <school>") is the document's title: the body it
// names is what was hit, not who issues
describe('an event title under the issuer in a heading block', () => {
  it.each([
    ['UNICEF\nYemen: Strike on Al-Noor Primary School, Taiz\nSituation Update No. 2\n4 May 2026\n\nAt least 9 children ' +
      'were killed when Al-Noor Primary School in Taiz was hit by a missile on 3 May.\nThe school has closed.',
      'At least 9 children', 'UNICEF'],
    ['WFP\nSomalia: Attack on Baidoa Food Distribution Centre\nFlash Update No. 1\n2 June 2026\n\nSix people were ' +
      'killed when gunmen opened fire at Baidoa Food Distribution Centre on 1 June.\nDistributions are suspended.',
      'Six people', 'WFP'],
  ])('%s', (text, at, name) => {
    expect(sourceAt(text, at)).toEqual({ name, kind: 'official' });
  });
});

// a coder's label whose bracket withholds the name ("(anonymous, to Reuters)") is unnamed, the channel after "to" or
// "via"; a role alone with no such bracket keeps the role's kind
describe('a coder label with a bracket that withholds the name', () => {
  it.each([
    ['12/03/2026 - Gao town. Car bomb at the market. A nurse at Gao regional hospital (anonymous, to Reuters): 14 ' +
      'bodies received, incl. 3 women. Army: 9 killed.', '14 bodies',
      { name: 'nurse at Gao regional hospital', kind: 'unnamed', via: 'Reuters' }],
    ['A police officer in Bunia (unnamed, via Radio Okapi): 22 civilians killed.', '22 civilians',
      { name: 'police officer in Bunia', kind: 'unnamed', via: 'Radio Okapi' }],
    ['A police officer in Bunia: 22 civilians killed.', '22 civilians', { name: 'police officer in Bunia', kind: 'official' }],
  ])('%s', (text, at, want) => {
    expect(sourceAt(text, at, ['via'])).toEqual(want);
  });
});

// a surname with a lower-case particle is still one person's name, so an age after it makes a witness; a leader of
// the local civil society speaks from the community, as a community leader does
sources('private persons with particles in their names, and civil-society leaders', [
  ['"We were about 20 on the roof," said Josefa da Silva, 58.', 'about 20', { name: 'Josefa da Silva', kind: 'witness' }],
  ['"We were about 20 on the roof," said Jan van der Berg, 58.', 'about 20', { name: 'Jan van der Berg', kind: 'witness' }],
  ['Ana de Souza, 44, said 12 neighbours had drowned.', '12 neighbours', { name: 'Ana de Souza', kind: 'witness' }],
  ['Two herders were wounded, according to local civil society leader Amani Kito.', 'Two herders',
    { name: 'local civil society leader Amani Kito', kind: 'witness' }],
  ['Civil society groups in Beni said 14 villagers were killed.', '14 villagers',
    { name: 'civil society groups in Beni', kind: 'official' }],
]);

// an outlet named "<words> Press Service" with no body in the words is a news agency; a body's press service is official
describe('the kind of an outlet named as a press service', () => {
  it.each([
    ['Danube Press Service', 'media'],
    ['Inter Press Service', 'media'],
    ['Police Press Service', 'official'],
    ['Press Service of the Ministry of Health', 'official'],
  ])('%s is %s', (outlet, kind) => {
    expect(outletSource({ outlet }).kind).toBe(kind);
  });
});

// a coder's credit to a ministry's acronym written with the "o" of "of" in lower case is a body's, as one in capitals is
sources('a mixed-case ministry acronym in a coder credit', [
  ['Blast at the fuel depot. 4 soldiers killed (MoD).', '4 soldiers', { name: 'MoD', kind: 'official' }],
  ['Raid in the old town. 6 suspects detained (MoHA).', '6 suspects', { name: 'MoHA', kind: 'official' }],
]);

// a coder's credit "(X, citing Y)" credits Y via X, whether or not the lexicon knows X; "govt" is a government
describe('coder credits that cite, and abbreviated governments', () => {
  it.each([
    ['Bus crash near Kohala. 23 dead (Dawn, citing provincial health officials).', '23',
      { name: 'provincial health officials', kind: 'official', via: 'Dawn' }],
    ['Deaths: 17 (SDMA); 21 feared dead (Kashmir Tribune, citing villagers).', '21',
      { name: 'villagers', kind: 'witness', via: 'Kashmir Tribune' }],
    ['Car bomb in Sukkur. Fatalities: 11 (Sindh govt).', '11', { name: 'Sindh govt', kind: 'official' }],
  ])('%s', (text, at, want) => {
    expect(sourceAt(text, at, ['via'])).toEqual(want);
  });
});

// a coder's bracket closing a sentence credits the whole sentence, but not a clause before a semicolon that names its
// own speaker; sources "quoted by" a paper speak through it, with or without a clause withholding their names
describe('a closing credit after a semicolon, and sources quoted by a paper', () => {
  it.each([
    ['Riot at the derby. The Red Crescent said it treated 60+ people; 1 supporter died in hospital (Radio Sfax).',
      '60+ people', { name: 'Red Crescent', kind: 'official' }],
    ['Riot at the derby. The Red Crescent said it treated 60+ people; 1 supporter died in hospital (Radio Sfax).',
      '1 supporter', { name: 'Radio Sfax', kind: 'media' }],
    ['Police sources quoted by the newspaper El Sol said at least two suspects escaped.', 'at least two',
      { name: 'police sources', kind: 'unnamed', via: 'newspaper El Sol' }],
    ['Army sources quoted by the daily Le Pays, who were not named, said 8 soldiers died.', '8 soldiers',
      { name: 'army sources', kind: 'unnamed', via: 'daily Le Pays' }],
  ])('%s', (text, at, want) => {
    expect(sourceAt(text, at, ['via'])).toEqual(want);
  });
});

// one who negotiates or carries messages for a side speaks as that side; with no side named, the role's own kind
sources('a negotiator or envoy for a side', [
  ['A negotiator for the gunmen said 50 hostages were held inside.', '50 hostages',
    { name: 'negotiator for the gunmen', kind: 'militant' }],
  ['An envoy of the rebels said 12 soldiers were being held.', '12 soldiers', { name: 'envoy of the rebels', kind: 'militant' }],
  ['A police negotiator said 12 hostages were freed.', '12 hostages', { name: 'police negotiator', kind: 'official' }],
]);

// claiming an attack owns it, and says nothing of its toll: a relative clause on the claimed attack that gives the toll
// is the writer's; a toll the claimant gives ("saying", "which it said") stays the claimant's
sources('the toll in a relative clause on a claimed attack', [
  ['The Eastern Front, which opposes the dam, claimed a bombing at the same bridge in 2019 that killed 14 people.',
    '14 people', { name: 'outlet', kind: 'media' }],
  ['Al-Shabaab claimed responsibility for the attack, which killed 12 people.', '12 people', { name: 'outlet', kind: 'media' }],
  ['Al-Shabaab claimed the attack, saying its fighters killed 12 soldiers.', '12 soldiers', { name: 'Al-Shabaab', kind: 'militant' }],
  ['Al-Shabaab claimed responsibility for the attack, which it said killed 30 soldiers.', '30 soldiers',
    { name: 'Al-Shabaab', kind: 'militant' }],
]);
