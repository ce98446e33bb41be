// Attribution phenomena of English crisis reporting, one table row each (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

type Expect = { name: string; kind: string; via?: string };

/** The source of the i-th figure claim; `name` is checked as a case-insensitive substring, `via` exactly. */
function check(text: string, i: number, want: Expect, outlet = 'Valley Gazette'): void {
  const f = figures(text, { outlet })[i];
  expect(f, `figure ${i} of: ${text}`).toBeDefined();
  expect(f.source.kind).toBe(want.kind);
  expect(f.source.name.toLowerCase()).toContain(want.name.toLowerCase());
  expect(f.source.via).toBe(want.via);
}

describe('speakers and channels', () => {
  const cases: Array<[string, number, Expect]> = [
    // passive reporting verbs with an agent, in translated English
    ['As was reported by the press service of the city police, 14 passengers were hurt.', 0,
      { name: 'city police', kind: 'official' }],
    // reporting verbs of official and translated registers
    ['The Civil Defence Directorate conveyed that 9 persons were found dead.', 0, { name: 'Civil Defence Directorate', kind: 'official' }],
    ['The Minister of Health precised that 4 of the injured persons are in grave state.', 0, { name: 'Minister of Health', kind: 'official' }],
    // "quoted X as saying": X speaks, the outlet relays
    ['Regional radio quoted a district officer as saying that 17 villagers had drowned.', 0,
      { name: 'district officer', kind: 'official', via: 'Regional radio' }],
    // "X said ..., according to Y": Y is the origin of the figure, X the channel
    ['A fire service spokesman said the lorry carried 22 workers, according to the site foreman.', 0,
      { name: 'site foreman', kind: 'official', via: 'A fire service spokesman' }],
    // "citing Y": Y is the source, the reporter the channel; "carried by" names the medium
    ['The local broadcaster reported that 14 people died, citing hospital staff.', 0,
      { name: 'hospital staff', kind: 'official', via: 'The local broadcaster' }],
    ['The ministry said in a statement carried by state media that 14 people died.', 0,
      { name: 'ministry', kind: 'official', via: 'state media' }],
    // a described speaker followed by its proper name
    ['A rebel faction, Jund al-Wadi, said in a message that its men held 60 captives.', 0,
      { name: 'Jund al-Wadi', kind: 'militant' }],
    ['"We counted 31 bodies," said a paramedic, Samuel Osei.', 0, { name: 'Samuel Osei', kind: 'official' }],
    // a person given with an age and no role is a private person
    ['"It fell in seconds," said Irina Kovac, 61, whose flat was destroyed. She said 5 neighbours were trapped.', 0,
      { name: 'Irina Kovac', kind: 'witness' }],
    // a relative clause about living through the event marks a private person
    ['Maria Lopez, who escaped through a window, said 20 people died.', 0, { name: 'Maria Lopez', kind: 'witness' }],
    ['"It was chaos," said Tomas Ruiz, who lost his home. He said 20 people died.', 0, { name: 'Tomas Ruiz', kind: 'witness' }],
    ['Dr Amina Yusuf, who heads the district hospital, said 30 wounded had been admitted.', 0, { name: 'Amina Yusuf', kind: 'official' }],
    // "identified himself as"
    ['A caller who identified himself as a commander of the raiders told a radio station that they held 45 hostages.', 0,
      { name: 'commander of the raiders', kind: 'militant' }],
    // a party word in front of a generic head
    ['The Delta Liberation Army said it had killed 12 soldiers.', 0, { name: 'Delta Liberation Army', kind: 'militant' }],
    ['The Northern Mujahideen Council said 3 of its fighters were martyred.', 0, { name: 'Northern Mujahideen Council', kind: 'militant' }],
    // a news agency run by a party is media
    ['The Taliban-run Pajhwok agency said 21 people died.', 0, { name: 'Pajhwok agency', kind: 'media' }],
    // "the X's statement/channel" → X; "the group's spokesman" → the group named before
    ['The rebels said on their Telegram channel that 40 soldiers had died.', 0, { name: 'rebels', kind: 'militant' }],
    ['7 soldiers were killed, according to the Front\u2019s Telegram channel.', 0, { name: 'Front', kind: 'militant' }],
    // a speaker after a subordinator is still a speaker
    ['The blast came hours after an armed group claimed to have killed 8 guards.', 0, { name: 'armed group', kind: 'militant' }],
    // refusal: the minister does not assert the figure, the reports do
    ['The minister declined to confirm reports that 26 hostages had died.', 0, { name: 'reports', kind: 'unnamed' }],
    // a refusal does not assert; the reduced passive names who did
    ['The minister refused to confirm the 26 deaths reported by local media.', 0, { name: 'local media', kind: 'media' }],
    // anonymity given as an adverb
    ['Officials speaking anonymously estimate that 150 people died.', 0, { name: 'officials', kind: 'unnamed' }],
    // the outlet writing about itself
    ['An earlier version of this story said 12 people were killed.', 0, { name: 'Valley Gazette', kind: 'media' }],
    ['An earlier version of our report on the flood put the toll at 31 dead.', 0, { name: 'Valley Gazette', kind: 'media' }],
    // the channel ends before how and when it was told
    ['A district officer told AFP by telephone that 19 people had drowned.', 0,
      { name: 'district officer', kind: 'official', via: 'AFP' }],
    ['Musa Dogo, a rebel commander, told the BBC on Monday that 5 of his fighters died.', 0,
      { name: 'Musa Dogo', kind: 'militant', via: 'BBC' }],
    // a title abbreviation inside an inverted speaker
    ['The dead included 4 children, said Dr. Leila Haddad, the head of the clinic.', 0, { name: 'Leila Haddad', kind: 'official' }],
    // headlines that end with their source
    ['At least 30 dead in bus station blast - police\n\nA bomb went off at the station.', 0, { name: 'police', kind: 'official' }],
    ['Barge sinks; 45 people rescued: coast guard\n\nThe barge sank at dawn.', 0, { name: 'coast guard', kind: 'official' }],
    // an inverted speaker followed by a circumstance
    ['Twelve people died, said police on Tuesday.', 0, { name: 'police', kind: 'official' }],
    ['"We found 12 bodies," said Ahmed Ali in a telephone interview.', 0, { name: 'Ahmed Ali', kind: 'official' }],
    // "data compiled by X"
    ['At least 60 people died, according to data compiled by the health ministry.', 0, { name: 'health ministry', kind: 'official' }],
    // people who keep their names back
    ['People familiar with the matter said 8 guards were killed.', 0, { name: 'people familiar with the matter', kind: 'unnamed' }],
    // a live-blog time stamp before a source label
    ['14:05 - Health ministry: 23 people have died.', 0, { name: 'health ministry', kind: 'official' }],
  ];
  it.each(cases)('%s', (text, i, want) => check(text, i, want));
});

describe('what is not a speaker', () => {
  const cases: Array<[string, number, Expect]> = [
    // a rulebook after "according to"
    ['The captives are treated according to the customs of war. Our fighters killed 9 soldiers.', 0,
      { name: 'Valley Gazette', kind: 'media' }],
    // bare information after "as per": the outlet (or the paragraph's speaker) stays in force
    ['As per the latest information, 275 passengers have lost their lives.', 0, { name: 'Valley Gazette', kind: 'media' }],
    // a participle, not a reporting verb
    ['A storm with gusts estimated at 150 km/h killed 6 people, the weather office said.', 0,
      { name: 'weather office', kind: 'official' }],
    // the speaker being contradicted
    ['Contrary to what the governor said, 30 people were killed.', 0, { name: 'Valley Gazette', kind: 'media' }],
    // no name swallows the end of the sentence
    ['Last year 240 boatmen were detained, according to the association.', 0, { name: 'association', kind: 'official' }],
  ];
  it.each(cases)('%s', (text, i, want) => {
    check(text, i, want);
    const f = figures(text, { outlet: 'Valley Gazette' })[i];
    expect(f.source.name).not.toMatch(/[.;,]$/);
  });
});

describe('clauses and sentences', () => {
  it('gives a later speaker in the sentence only the clause its reporting closes', () => {
    const text = 'The coast guard said 200 were rescued. It put the number of missing at 46; a spokesman, Lt. Ana Cruz, ' +
      'said unlisted passengers may have been aboard.';
    expect(figures(text, { outlet: 'Valley Gazette' })[1].source.name.toLowerCase()).toContain('coast guard');
  });

  it('resolves "the ministry" to the ministry, not to a person it describes', () => {
    const text = 'The civil emergencies ministry said 21 people had died. Ministry spokeswoman Ana Vuk said 7 were pulled out ' +
      'alive. The ministry later raised the toll to 27.';
    expect(figures(text, { outlet: 'Valley Gazette' })[2].source.name).toBe('civil emergencies ministry');
  });

  it('resolves a surname to the person named in full before', () => {
    const text = 'Police spokesman Daniel Otieno said 3 hijackers were killed.\nOtieno said 38 passengers were freed.';
    const { name, kind } = figures(text, { outlet: 'Valley Gazette' })[1].source;
    expect([name.toLowerCase(), kind]).toEqual(['police spokesman daniel otieno', 'official']);
  });

  it('sends "she" after a relayed figure back to the speaker who relayed it', () => {
    const text = 'Police spokeswoman Ruth Banda said 16 people were aboard, according to the conductor. ' +
      'Nine passengers were rescued, she said.';
    expect(figures(text, { outlet: 'Valley Gazette' })[1].source.name).toContain('Ruth Banda');
  });

  it('cuts a unit at a full stop the sentence splitter missed', () => {
    const text = 'The flight had been due at 11:05 a.m. Airport director Jonas Berg said 20 women and children had been released.';
    expect(figures(text, { outlet: 'Valley Gazette' })[0].source.name).toContain('Jonas Berg');
  });
});

describe('more coreference', () => {
  it('takes "one of them" and "one official" from the group just named', () => {
    const text = 'Security officials, speaking on condition of anonymity, said 155 passengers were freed. ' +
      '"We also found 27 bodies," one official said. "Another 20 people are hurt," said one of them.';
    const fs = figures(text, { outlet: 'Valley Gazette' });
    expect(fs.length).toBeGreaterThanOrEqual(3);
    expect(fs.every((f) => f.source.kind === 'unnamed')).toBe(true);
  });

  it('does not send "he" to a plural or a body named in between', () => {
    const text = 'Police spokesman Ali Shah said 4 people died. Residents said the fire spread fast. He added that 12 were injured.';
    expect(figures(text, { outlet: 'Valley Gazette' })[1].source.name).toContain('Ali Shah');
  });

  it('goes on quoting the last speaker in a paragraph that opens with a quotation', () => {
    const text = 'Police chief Omar Bashir said 12 people died.\n\n"We also found 5 wounded people in the rubble."\n\n' +
      'A bus carrying 30 people overturned nearby.';
    const fs = figures(text, { outlet: 'Valley Gazette' });
    expect(fs.map((f) => f.source.name)).toEqual(['police chief Omar Bashir', 'police chief Omar Bashir', 'Valley Gazette']);
  });

  it('speaks as the body whose situation report opens the document', () => {
    const text = 'The National Disaster Management Authority (NDMA) said in its daily situation report that 40 people had died.' +
      '\n\nAnother 12 people are missing in the north.';
    const fs = figures(text, { outlet: 'Some Wire' });
    expect(fs.map((f) => f.source.name)).toEqual(['National Disaster Management Authority', 'National Disaster Management Authority']);
  });
});

describe('coder notes and bulletins', () => {
  it('reads sources in brackets after figures, with channels', () => {
    const text = 'Reported deaths differ: 9 killed (police), 16 killed (village elder), "about 30" killed (residents via ' +
      'community radio). ' +
      '4 hostages released after payment (family sources). No fatalities reported.';
    const fs = figures(text, { outlet: 'Incident log' });
    expect(fs.map((f) => [f.source.name, f.source.kind, f.source.via])).toEqual([
      ['police', 'official', undefined],
      ['village elder', 'witness', undefined],
      ['residents', 'witness', 'community radio'],
      ['family sources', 'unnamed', undefined],
      ['Incident log', 'media', undefined],
    ]);
  });

  it('gives a coding label the writer\'s own voice', () => {
    const text = 'Army reports 7 militants killed on 29 Nov. Fatalities coded: 22 civilians.';
    const fs = figures(text, { outlet: 'Incident log' });
    expect(fs.map((f) => f.source.name.toLowerCase())).toEqual(['army', 'incident log']);
  });

  it('speaks as the issuer a heading names', () => {
    const cases: Array<[string, string, string]> = [
      ['Harbour Rescue Trust - Press Release, 3 May 2025\n\n40 people were rescued by our crew.', 'Harbour Rescue Trust', 'official'],
      ['PRESS STATEMENT - NATIONAL RAILWAY BOARD\n\n12 passengers lost their lives.', 'National Railway Board', 'official'],
      ['MEDIA OFFICE OF THE SOUTHERN FREEDOM BRIGADE\n\nOur men killed 14 soldiers.', 'Southern Freedom Brigade', 'militant'],
      ['WFP FLASH UPDATE #3: Floods\n\n- 12,000 people displaced.', 'WFP', 'official'],
    ];
    for (const [text, name, kind] of cases) {
      expect(figures(text, { outlet: 'Some Wire' })[0].source).toMatchObject({ name, kind });
    }
  });

  it('does not take a headline for a heading', () => {
    const text = 'Bus plunges into gorge, 14 dead\n\nFourteen people died when a bus fell into a gorge.';
    expect(figures(text, { outlet: 'Hill Times' })[0].source).toMatchObject({ name: 'Hill Times', kind: 'media' });
    const report = 'UN report: 300 killed in clashes\n\nFighting went on, and 20 more people were killed.';
    expect(figures(report, { outlet: 'Hill Times' })[1].source).toMatchObject({ name: 'Hill Times', kind: 'media' });
  });

  it('takes the agency of a dateline as the voice when the metadata names no outlet', () => {
    expect(figures('KABUL, March 3 (AP) \u2014 A bus fell into a gorge, killing 14 people.')[0].source)
      .toMatchObject({ name: 'AP', kind: 'media' });
  });

  it('lets a party named with the abbreviation of the outlet speak as the outlet', () => {
    const text = 'The Popular Front of the Hills (PFH) informs that 6 soldiers were captured.\n\nOur fighters killed 9 soldiers.';
    const fs = figures(text, { outlet: 'PFH' });
    expect(fs.map((f) => f.source.kind)).toEqual(['militant', 'militant']);
  });
});

describe('cited claims inside a statement', () => {
  it('gives a disputed figure to the party that made it', () => {
    const text = 'We reject the lies of the occupation media that our fighters killed 4 prisoners. ' +
      'The enemy radio, which speaks of 12 dead civilians, hides the truth. ' +
      'Claims by the army of 50 fighters killed are baseless.';
    const fs = figures(text, { outlet: 'Mountain Front' });
    expect(fs.map((f) => [f.source.name, f.source.kind])).toEqual([
      ['occupation media', 'media'],
      ['enemy radio', 'media'],
      ['army', 'official'],
    ]);
  });
});

describe('short names, organisation apart', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['Ahmed Khan, a police spokesman, said 9 people were killed.', 'Ahmed Khan', 'police'],
    ['"We have recovered 23 bodies," said Harun Deshmukh, a spokesman for the state railway.', 'Harun Deshmukh', 'state railway'],
    ['The communique of the Ministry of Interior said 8 people died.', 'Ministry of Interior', undefined],
    ['By nightfall the fire service said 9 bodies had been recovered.', 'fire service', undefined],
    ['As per reports received from district collectors up to 1600 hrs, 9 persons have lost their lives.', 'district collectors', undefined],
  ];
  it.each(cases)('%s', (text, name, org) => {
    const { source } = figures(text, { outlet: 'Valley Gazette' })[0];
    expect(source.name).toBe(name);
    if (org) expect(source.org).toBe(org);
  });
});
