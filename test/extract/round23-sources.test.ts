// Round 23 (sources, h-src4): credits that close a coder's note on fresh text; every sentence is new.
import { describe, expect, it } from 'vitest';
import { figures, sources, type SourceSeen } from './helpers.js';

// a national wire credited by its acronym is an outlet, not the state body an unknown acronym is taken for
sources('a news agency credited by acronym', [
  ['Togo, Kara region: On 4 June 2026 a fuel tanker overturned and burned on the N1 highway. 14 people were killed.\n' +
    'Sources: PANA; local radio', '14 people', { name: 'PANA', kind: 'media' }],
  ['Pakistan, Sindh: On 9 May 2026 a wall fell on a wedding tent near Sukkur. 7 guests died.\nSource: APP',
    '7 guests', { name: 'APP', kind: 'media' }],
  ['Bangladesh, Sylhet: A boat capsized on the Surma on 2 July 2026; 11 passengers are missing.\nSources: UNB; ' +
    'Prothom Alo', '11 passengers', { name: 'UNB', kind: 'media' }],
]);

// a body's numbered document in the closing credit ("Sitrep No. 3", "Flash Update #2") names the body's report:
// the number is part of the name, and the document is official like the body that issues it
sources('a numbered report in the closing credit', [
  ['Malawi, Zomba district: Floods on 12 March 2026 swept away 40 houses; 6 people drowned.\nSources: DoDMA Sitrep ' +
    'No. 3; Nyasa Times', '6 people', { name: 'DoDMA Sitrep No. 3', kind: 'official' }],
  ['Chad, Lac province: A fire in the Bol market on 8 May 2026 injured 19 traders.\nSource: OCHA Flash Update #2',
    '19 traders', { name: 'OCHA Flash Update #2', kind: 'official' }],
  // (a bare number after a name is still no name: the credit is not read)
  ['Peru, Puno: A bus fell into a ravine on 3 April 2026; 21 passengers died.\nSources: Radio 21; Correo',
    '21 passengers', { name: 'outlet', kind: 'media' }],
]);

// a bracketed credit after the last item of a list joined by ", and" covers the items before it; a breakdown after
// the credit's comma ("N of them") is the same count's and keeps its credit
sources('a bracketed credit over a list and the breakdown after it', [
  ['Mali, Mopti: Gunmen raided a weekly market on 6 June 2026. 9 killed, including 3 traders, and 14 wounded ' +
    '(regional governor, 7 June).\nSource: Studio Tamani', '9 killed', { name: 'regional governor', kind: 'official' }],
  ['Mali, Mopti: Gunmen raided a weekly market on 6 June 2026. 9 killed, including 3 traders, and 14 wounded ' +
    '(regional governor, 7 June).\nSource: Studio Tamani', '3 traders', { name: 'regional governor', kind: 'official' }],
  ['Niger, Tahoua: A mine shaft collapsed on 2 May 2026 and killed 31 diggers (Mines Ministry), 5 of them women. ' +
    'Villagers dug out 12 more.\nSource: ActuNiger', '5 of them', { name: 'Mines Ministry', kind: 'official' }],
  ['Nepal, Gorkha: A jeep slid off the road on 8 August 2026, injuring 16 pilgrims (district police), 2 of them ' +
    'children.\nSource: Kantipur', '2 of them', { name: 'district police', kind: 'official' }],
  // (a list item that names its own speaker keeps it)
  ['Nepal, Gorkha: A jeep slid off the road on 8 August 2026. Residents said 4 died, and 16 were hurt (district ' +
    'police), and the road stayed shut for a day.\nSource: Kantipur', '4 died', { name: 'residents', kind: 'witness' }],
]);

// "our scouts", "our ground intelligence" in a party's statement carried by a channel (the metadata's outlet, a
// medium) are the party's own people: the party speaks, as it does in its statement read alone
describe("a party's own people in a statement a channel carries", () => {
  const statement = (line: string): string => 'Communique No. 7\n\nWe, the Northern Hills Liberation Front, inform ' +
    `the people of the following.\n\nOn 3 May our fighters ambushed an army column near Kibali. ${line}\n\nVictory is ours!`;
  it.each([
    ['According to our scouts in the valley, 14 enemy soldiers were killed.', '14 enemy soldiers'],
    ['According to our field intelligence, 14 enemy soldiers were killed.', '14 enemy soldiers'],
    ['Our observers on the ridge counted 14 enemy soldiers killed.', '14 enemy soldiers'],
  ])('%s', (line, at) => {
    const text = statement(line);
    const f = figures(text, { outlet: 'Hills Voice Radio' }).find((c) => text.slice(c.span.start).startsWith(at));
    expect(f && { name: f.source.name, kind: f.source.kind }).toEqual({ name: 'Northern Hills Liberation Front', kind: 'militant' });
  });
  // (a newspaper's own "our correspondents" stay whoever they are: no party speaks there)
  it('a newspaper keeps its sources', () => {
    const text = 'Gunmen attacked a bus near Kibali on Monday. According to our correspondents, 6 passengers were killed.';
    const f = figures(text, { outlet: 'Kibali Daily Herald' }).find((c) => text.slice(c.span.start).startsWith('6 passengers'));
    expect(f?.source.kind).not.toBe('militant');
  });
});

// a broadcasting service is a broadcaster (media), not a state service; a separatist party's statement it carries
// ("the colonial regime", "the occupier", "our fighters") speaks as the party that opens a sentence as its subject
// with its acronym in brackets
describe('a statement carried by a broadcasting service', () => {
  const meta = { outlet: 'Highlands Broadcasting Service' };
  const claim = (text: string, at: string): SourceSeen | undefined => {
    const f = figures(text, meta).find((c) => text.slice(c.span.start).startsWith(at));
    return f && { name: f.source.name, kind: f.source.kind };
  };
  const statement = 'PRESS RELEASE\n\nThe Western Highlands Liberation Army (WHLA) strongly condemn the lies of the ' +
    'colonial regime.\n\nThe soldiers of the occupier set fire to the market of Nkambe on Friday. None of our fighters ' +
    'was there. The soldiers killed 8 traders and arrested 15 youths.\n\nThe struggle goes on.';
  it('the party that names itself speaks', () => {
    expect(claim(statement, '8 traders')).toEqual({ name: 'Western Highlands Liberation Army', kind: 'militant' });
    expect(claim(statement, '15 youths')).toEqual({ name: 'Western Highlands Liberation Army', kind: 'militant' });
  });
  it("the broadcaster's own news stays media", () => {
    expect(claim('Fire swept through the market of Nkambe on Friday. 8 traders were killed.', '8 traders'))
      .toEqual({ name: 'Highlands Broadcasting Service', kind: 'media' });
  });
  // (a news report that names the party as a subject does not speak as the party)
  it('a news report naming the party keeps its speakers', () => {
    const news = 'Gunmen attacked the market of Nkambe on Friday, the regional governor said.\n\nThe Western Highlands ' +
      'Liberation Army (WHLA) denied any role. The soldiers killed 8 traders, residents said.';
    expect(claim(news, '8 traders')).toEqual({ name: 'residents', kind: 'witness' });
  });
});

// a list heading whose bracket names a source and then, after a comma, the time or date of its count ("Key
// figures (county police, 18:00):") sources the lines under it, as an undated one does
sources('a dated source in a list heading', [
  ['FLOOD UPDATE\nThe river burst its banks overnight.\n\nKey figures (county police, 18:00 local):\nDead: 4\nMissing: 7\n',
    '7', { name: 'county police', kind: 'official' }],
  ['FERRY FIRE\nThe vessel caught fire off the cape.\n\nTotals (Basarnas Ambon, 3 May):\nSurvivors: 120\nDead: 5\n',
    '5', { name: 'Basarnas Ambon', kind: 'official' }],
]);

// "it added" takes up a body, never a person quoted since; a source the writer "is hearing from" is such a body
sources('"it" after a quoted person', [
  ['The Red Cross said 40 people were hurt in the crush. "I saw bodies everywhere," a farmer, Ali Musa, said. ' +
    'Ten of them were taken to hospital, it added.', 'Ten of them', { name: 'Red Cross', kind: 'official' }],
  ['10:05 - A trader, Awa Ndiaye, told us she saw "at least four" people fall.\n\n10:20 - We are hearing from the ' +
    'fire brigade that 31 people were hurt. Twelve of them were taken to hospital, it added.', 'Twelve of them',
  { name: 'fire brigade', kind: 'official' }],
]);

// a radio station named by its band is a broadcaster
sources('a station named by its band', [
  ['Floods hit the lower valley on Sunday. Local station Kasi FM says 12 people drowned.', '12 people',
    { name: 'local station Kasi FM', kind: 'media' }],
  ['Boat capsizes on the lake. According to Ndagu FM, 9 fishermen are missing.', '9 fishermen',
    { name: 'Ndagu FM', kind: 'media' }],
]);

// "A nurse there, who asked not to be named, told him ...": the place adverb after the speaker's noun is no part of
// the name, and the aside still withholds it
sources('a speaker followed by "there" and an aside', [
  ['A porter there, who asked not to be named, told our reporter 14 bodies had been brought to the morgue.',
    '14 bodies', { name: 'porter', kind: 'unnamed' }],
  ['Our reporter reached the clinic at dusk. A medic there, who spoke on condition of anonymity, told him "about 30" ' +
    'wounded had arrived.', 'about 30', { name: 'medic', kind: 'unnamed' }],
  ['A teacher there said 3 pupils were missing.', '3 pupils', { name: 'teacher', kind: 'witness' }],
]);

// "according to X" with no comma after X: the reported clause opens on its own article or count after a name or a
// source's noun, and X speaks
sources('"according to" with no comma', [
  ['The wounded were moved to the district hospital, where according to the Medical Officer Dr. Nadia Rauf the ' +
    'condition of 4 patients is serious.', '4 patients', { name: 'Medical Officer Dr. Nadia Rauf', kind: 'official' }],
  ['According to doctors 6 injured miners are in a serious condition.', '6 injured miners',
    { name: 'doctors', kind: 'official' }],
  ['According to the district police chief Ahmed Raza the bus was carrying 40 people.', '40 people',
    { name: 'district police chief Ahmed Raza', kind: 'official' }],
  // (a verb still closes the phrase where no article or count opens a clause)
  ['The lorry, which according to the owner was carrying 30 workers, overturned.', '30 workers',
    { name: 'owner', kind: 'official' }],
]);
