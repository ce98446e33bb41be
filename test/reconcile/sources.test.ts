import { describe, expect, it } from 'vitest';
import type { SourceKind } from '../../src/extract/types.js';
import { normName, resolveSources, type SourceMention } from '../../src/reconcile/sources.js';

/** [report, name, kind, org?] rows -> the display name each mention resolves to. */
function resolve(rows: Array<[number, string, SourceKind, string?]>, outlet = 'Test Wire'): string[] {
  const mentions: SourceMention[] = rows.map(([r, name, kind, org], i) => ({
    uid: `m${i}`, reportIndex: r, order: i, name, kind, outlet, ...(org ? { org } : {}),
  }));
  const { byMention, sources } = resolveSources(mentions);
  return mentions.map((m) => sources.get(byMention.get(m.uid)!)!.name);
}

describe('normName', () => {
  it.each([
    ['The BLA', 'bla'],
    ['BLA’s', 'bla'],
    ['Inter-Services Public Relations', 'inter services public relations'],
    ['  railway   officials ', 'railway officials'],
  ])('%s -> %s', (a, b) => expect(normName(a)).toBe(b));
});

describe('source identity', () => {
  it('an apposition in the name joins full name and acronym', () => {
    expect(resolve([[0, 'Zamindar Freedom Front (ZFF)', 'militant'], [1, 'ZFF', 'militant'], [1, 'Zamindar Freedom Front', 'militant']]))
      .toEqual(['Zamindar Freedom Front', 'Zamindar Freedom Front', 'Zamindar Freedom Front']);
  });

  it('the lexicon joins known aliases (BLA, its named spokesman)', () => {
    expect(resolve([[0, 'BLA', 'militant'], [1, 'Jeeyand Baloch', 'militant'], [2, 'the Baloch Liberation Army', 'militant']]))
      .toEqual(['Baloch Liberation Army', 'Baloch Liberation Army', 'Baloch Liberation Army']);
  });

  it('an acronym joins the only name whose initials it spells', () => {
    expect(resolve([[0, 'National Disaster Response Force', 'official'], [1, 'NDRF', 'official']]))
      .toEqual(['National Disaster Response Force', 'National Disaster Response Force']);
  });

  it('"<title> <Full Name>" and "<Full Name>" are one person', () => {
    expect(resolve([[0, 'Health Minister Amina Qureshi', 'official'], [1, 'Amina Qureshi', 'official']]))
      .toEqual(['Amina Qureshi', 'Amina Qureshi']);
  });

  it('a spokesperson of a named organisation is that organisation', () => {
    expect(resolve([[0, 'Rescue 1122', 'official'], [1, 'Rescue 1122 spokesman', 'official'], [2, 'a spokesman for Rescue 1122', 'official']]))
      .toEqual(['Rescue 1122', 'Rescue 1122', 'Rescue 1122']);
  });

  it('"the group" resolves to the named militant source of the same report', () => {
    expect(resolve([[0, 'BLA', 'militant'], [0, 'the group', 'militant'], [1, 'sources', 'unnamed']]))
      .toEqual(['Baloch Liberation Army', 'Baloch Liberation Army', 'sources']);
  });

  it('"the group" falls back to the only militant source of the incident', () => {
    expect(resolve([[0, 'TTP', 'militant'], [1, 'the group', 'militant']]))
      .toEqual(['Tehreek-e-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan']);
  });

  it('"the group" with two militant candidates and none in the report stays its own source', () => {
    expect(resolve([[0, 'TTP', 'militant'], [1, 'BLA', 'militant'], [2, 'the group', 'militant']]))
      .toEqual(['Tehreek-e-Taliban Pakistan', 'Baloch Liberation Army', 'group']);
  });

  it("the military's media wing resolves to the military source of the report", () => {
    expect(resolve([[0, 'ISPR', 'official'], [0, "the military's media wing", 'official']]))
      .toEqual(['ISPR', 'ISPR']);
  });

  it('different plain speakers stay apart', () => {
    expect(resolve([[0, 'railway officials', 'official'], [0, 'police officials', 'official']]))
      .toEqual(['railway officials', 'police officials']);
  });

  it('the outlet voice ("outlet") is the outlet', () => {
    expect(resolve([[0, 'outlet', 'media']], 'Capital Times')).toEqual(['Capital Times']);
  });
});

describe('organisation with role words', () => {
  it.each([
    ['officials of the Fire Service and Civil Defence', 'Fire Service and Civil Defence'],
    ['Pakistan Railways officials', 'Pakistan Railways'],
    ['FSCD officials', 'Fire Service and Civil Defence'],
    ['Pakistan Railways passengers', 'Pakistan Railways passengers'],
  ])('%s -> %s', (name, out) => {
    expect(resolve([[0, name, 'official']])).toEqual([out]);
  });
});

describe('source identity: organisations and their officers', () => {
  it.each([
    [[[0, 'Harrowgate Police', 'official'], [1, 'Harrowgate Police Chief Dana Whitlock', 'official'], [2, 'Dana Whitlock', 'official']], ['Harrowgate Police', 'Harrowgate Police', 'Harrowgate Police']],
    [[[0, 'Interior Ministry', 'official'], [0, 'a ministry spokesman', 'official']], ['Interior Ministry', 'Interior Ministry']],
    // A title word must follow the organisation's name: "Harrowgate Police Museum" is not the police.
    [[[0, 'Harrowgate Police', 'official'], [1, 'Harrowgate Police Museum', 'official']], ['Harrowgate Police', 'Harrowgate Police Museum']],
    // Lower-case words after the title are a description, not a name: not joined.
    [[[0, 'Harrowgate Police', 'official'], [1, 'Harrowgate Police chief and other officers', 'official']], ['Harrowgate Police', 'Harrowgate Police chief and other officers']],
  ] as Array<[Array<[number, string, SourceKind]>, string[]]>)('%j', (rows, names) => expect(resolve(rows)).toEqual(names));

  it('a tally from an earlier call resolves appended mentions the same as a fresh call', () => {
    const rows: Array<[number, string, SourceKind]> = [[0, 'Black Dune Front (BDF)', 'militant'], [0, 'the group', 'militant'], [1, 'Interior Ministry', 'official'],
      [1, 'a ministry spokesman', 'official'], [2, 'BDF', 'militant'], [2, 'Harrowgate Police', 'official'], [3, 'Harrowgate Police Chief Dana Whitlock', 'official']];
    const mentions: SourceMention[] = rows.map(([r, name, kind], i) => ({ uid: `m${i}`, reportIndex: r, order: i, name, kind }));
    let tally: ReturnType<typeof resolveSources>['tally'] | undefined;
    for (let n = 1; n <= mentions.length; n++) {
      const step = resolveSources(mentions.slice(0, n).map((m) => m), tally);
      tally = step.tally;
      const fresh = resolveSources(mentions.slice(0, n).map((m) => ({ ...m })));
      expect(step.keys).toEqual(fresh.keys);
      expect([...step.sources.values()]).toEqual([...fresh.sources.values()]);
    }
  });
});

describe('source identity: people by name, surname and title; unnamed voices by their variants', () => {
  it.each([
    // One person's name after two different titles.
    [[[0, 'railway official Farid Lodhi', 'official'], [1, 'Kettar station master Farid Lodhi', 'official']],
      ['railway official Farid Lodhi', 'railway official Farid Lodhi']],
    // The surname alone, with or without an honorific, names the only person of the incident who has it;
    // the fuller name leads.
    [[[0, 'Mr Ostrander', 'official'], [1, 'Governor Lena Ostrander', 'official'], [2, 'Ostrander', 'official']],
      ['Governor Lena Ostrander', 'Governor Lena Ostrander', 'Governor Lena Ostrander']],
    // Two people share the surname: the surname alone stays apart.
    [[[0, 'Governor Lena Ostrander', 'official'], [1, 'police chief Tomas Ostrander', 'official'], [2, 'Ostrander', 'official']],
      ['Governor Lena Ostrander', 'police chief Tomas Ostrander', 'Ostrander']],
    // The bare title names the only person who carries it.
    [[[0, 'Transport Minister Idris Vale', 'official'], [1, 'the transport minister', 'official']],
      ['Transport Minister Idris Vale', 'Transport Minister Idris Vale']],
    // A capitalised run with no title before it is a place or a body, not a person.
    [[[0, 'North Kettar Police', 'official'], [1, 'South Kettar Police', 'official']],
      ['North Kettar Police', 'South Kettar Police']],
    // Singular and plural of an unnamed official voice, and one nationality before it.
    [[[0, 'a security official', 'official'], [1, 'security officials', 'official'], [2, 'Dravian security officials', 'official']],
      ['security officials', 'security officials', 'security officials']],
    // An acronym of the lexicon counts inside a longer name only in capitals: "who" is not the WHO.
    [[[0, 'a spokesman who asked not to be named', 'unnamed'], [1, 'a WHO spokesperson', 'official']],
      ['spokesman who asked not to be named', 'World Health Organization']],
    // Parties and agencies under the names wires use.
    [[[0, 'ISIS', 'militant'], [1, 'Islamic State group', 'militant'], [2, 'an IDF spokesman', 'official'], [3, 'Israeli military', 'official'],
      [4, 'Doctors Without Borders', 'official'], [5, 'MSF', 'official']],
      ['Islamic State', 'Islamic State', 'Israel Defense Forces', 'Israel Defense Forces', 'Medecins Sans Frontieres', 'Medecins Sans Frontieres']],
    // "Ministry of X" is the X ministry.
    [[[0, 'health ministry', 'official'], [1, 'Ministry of Health', 'official'], [2, 'the Ministry of the Interior', 'official'], [3, 'Interior Ministry', 'official']],
      ['health ministry', 'health ministry', 'Interior Ministry', 'Interior Ministry']],
    // Two nationalities before the same phrase: they stay apart from it and from each other.
    [[[0, 'security officials', 'official'], [1, 'Dravian security officials', 'official'], [2, 'Korish security officials', 'official']],
      ['security officials', 'Dravian security officials', 'Korish security officials']],
  ] as Array<[Array<[number, string, SourceKind]>, string[]]>)('%j', (rows, names) => expect(resolve(rows)).toEqual(names));
});

describe('source identity does not depend on the order mentions arrive in', () => {
  type Row = [number, string, SourceKind, string?];
  const mentionsOf = (rows: Row[]): SourceMention[] => rows.map(([r, name, kind, org], i) => ({
    uid: `m${i}`, reportIndex: r, at: i, order: i, name, kind, outlet: 'Test Wire', ...(org ? { org } : {}),
  }));
  /** Reports arrive in `reports` order, one tally step each; the result must equal one call in position order. */
  function sameEitherWay(rows: Row[], reports: number[]): void {
    const all = mentionsOf(rows);
    const fresh = resolveSources(all.map((m) => ({ ...m })));
    const arrived: SourceMention[] = [];
    let step: ReturnType<typeof resolveSources> | undefined;
    for (const r of reports) {
      arrived.push(...all.filter((m) => m.reportIndex === r));
      step = resolveSources(arrived, step?.tally);
    }
    const keyOf = (res: ReturnType<typeof resolveSources>, uid: string) => res.byMention.get(uid);
    for (const m of all) expect(keyOf(step!, m.uid), m.name).toBe(keyOf(fresh, m.uid));
    expect([...step!.sources.values()]).toEqual([...fresh.sources.values()]);
  }
  const rows: Row[] = [
    [0, 'Korlan Highway Police', 'official'], [0, 'a police spokesman', 'official'], [1, 'Salt Plain Front (SPF)', 'militant'],
    [1, 'the group', 'militant'], [2, 'SPF', 'militant'], [2, 'Korlan Highway Police', 'media'], [3, 'Regional Governor Tamsin Oduya', 'official'],
    [3, 'Tamsin Oduya', 'official', 'Provincial Government'], [4, 'Oduya', 'official', 'Governor Office'], [4, 'Salt Plain Front', 'militant'],
    [5, 'a spokesman for the SPF', 'militant'], [5, 'Korlan Highway Police', 'witness'], [6, 'Tamsin Oduya', 'official', 'Governor Office'],
  ];
  it('in position order', () => sameEitherWay(rows, [0, 1, 2, 3, 4, 5, 6]));
  it('newest first', () => sameEitherWay(rows, [6, 5, 4, 3, 2, 1, 0]));
  it('late reports among appended ones', () => sameEitherWay(rows, [1, 2, 4, 6, 0, 5, 3]));
  it('a tie of kinds and of organisations goes to the one seen first by position, not by arrival', () => {
    const tie: Row[] = [[0, 'Pell River Authority', 'official', 'Water Board'], [1, 'Pell River Authority', 'media', 'River Trust']];
    sameEitherWay(tie, [1, 0]);
    const fresh = resolveSources(mentionsOf(tie));
    const source = [...fresh.sources.values()][0];
    expect([source.kind, source.org]).toEqual(['official', 'Water Board']);
    // Two votes each; the first by position is a late arrival of the kind that arrived first.
    const late: Row[] = [[0, 'Ossery Dam Office', 'official'], [1, 'Ossery Dam Office', 'media'], [2, 'Ossery Dam Office', 'official'], [3, 'Ossery Dam Office', 'media']];
    sameEitherWay(late, [2, 1, 3, 0]);
  });
});
