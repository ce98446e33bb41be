// parseImportLine: one JSON line of coded claims -> a report to store, or the reason it is refused.
import { describe, expect, it } from 'vitest';
import { canonicalJson, parseImportLine } from '../../src/ingest/import.js';

const figure = (over: Record<string, unknown> = {}) => ({
  id: 'c1', type: 'figure', measure: 'killed', group: 'civilians',
  value: { low: 9, high: 9, hedge: 'exact' }, source: { name: 'health ministry', kind: 'official' }, ...over,
});
const line = (over: Record<string, unknown> = {}, claims: unknown[] = [figure()]) =>
  JSON.stringify({ incident: 'market-blast', report: { id: 'r1', outlet: 'example.test', published: '2024-05-01T10:00:00Z' }, claims, ...over });

describe('parseImportLine refuses, naming the field', () => {
  it.each([
    ['not JSON', '{"incident":', /^not valid JSON \(/],
    ['an array', '[]', /^expected a JSON object/],
    ['no incident', line({ incident: undefined }), /^incident is required/],
    ['a bad slug', line({ incident: 'Market Blast' }), /^incident "Market Blast" is not a valid incident slug/],
    ['no report', line({ report: undefined }), /^report is required/],
    ['a numeric outlet', line({ report: { outlet: 5 } }), /^report\.outlet must be a string$/],
    ['a bad publish time', line({ report: { published: 'last Tuesday' } }), /^report\.published "last Tuesday" is not an ISO-8601/],
    ['a NUL in the text', line({ report: { text: 'a\u0000b' } }), /^report\.text contains a NUL character$/],
    ['half an emoji in the title', line({ report: { title: 'flag \ud83c' } }), /^report\.title contains a lone surrogate/],
    ['claims not an array', line({ claims: {} }), /^claims is required \(an array\)/],
    ['a claim id that is a number', line({}, [figure({ id: 7 })]), /^claims\[0\]\.id must be a string/],
    ['an unknown type', line({}, [figure({ type: 'rumour' })]), /^claims\[0\]\.type must be "figure" or "event"/],
    ['no type and nothing that says one', line({}, [{ id: 'x1', source: { name: 'x', kind: 'media' } }]), /^claims\[0\]\.type must be "figure" or "event"/],
    ['an unknown measure', line({}, [figure({ measure: 'vanished' })]), /^claims\[0\]\.measure "vanished" is not one of killed, /],
    ['an empty group', line({}, [figure({ group: '' })]), /^claims\[0\]\.group is required/],
    ['an unknown hedge', line({}, [figure({ value: { low: 1, high: 2, hedge: 'guesswork' } })]), /^claims\[0\]\.value\.hedge "guesswork" is not one of/],
    ['no number under a hedge', line({}, [figure({ value: { hedge: 'at_least' } })]), /^claims\[0\]\.value\.low is required \(a number, or null/],
    ['words for a value', line({}, [figure({ value: { low: 'about 9', high: 9, hedge: 'about' } })]), /^claims\[0\]\.value\.low must be a number >= 0 or null/],
    ['a value with a sign after it', line({}, [figure({ value: '30+' })]), /^claims\[0\]\.value is required \(an object/],
    ['low above high', line({}, [figure({ value: { low: 9, high: 3, hedge: 'range' } })]), /^claims\[0\]\.value\.low 9 is greater than value\.high 3/],
    ['no bounds at all', line({}, [figure({ value: { low: null, high: null, hedge: 'vague' } })]), /^claims\[0\]\.value needs low or high/],
    ['an unknown source kind', line({}, [figure({ source: { name: 'x', kind: 'rumour-mill' } })]), /^claims\[0\]\.source\.kind "rumour-mill" is not one of official, militant, media, witness, unnamed/],
    ['a source without name', line({}, [figure({ source: { kind: 'official' } })]), /^claims\[0\]\.source\.name is required/],
    ['a reversed span', line({}, [figure({ span: { start: 5, end: 2 } })]), /^claims\[0\]\.span must have integer start <= end/],
    ['a span past the text', line({ report: { text: 'short' } }, [figure({ span: { start: 0, end: 50 } })]), /^claims\[0\]\.span\.end 50 is past the end of report\.text \(5 characters\)/],
    ['a duplicate claim id', line({}, [figure(), figure()]), /^claims\[1\]\.id "c1" is used twice/],
    ['a dangling parts_of', line({}, [figure({ parts_of: 'c9' })]), /^claims\[0\]\.parts_of "c9" names no claim of this report/],
    ['an event without event', line({}, [{ id: 'e1', type: 'event', source: { name: 'x', kind: 'media' } }]), /^claims\[0\]\.event is required/],
  ])('%s', (_name, input, reason) => {
    const out = parseImportLine(input);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toMatch(reason);
  });
});

describe('parseImportLine fills what the fields of a claim say', () => {
  it('numbers claims without ids by place, and types an event by its event field', () => {
    const r = parseImportLine(line({}, [
      figure({ id: undefined }),
      figure({ id: undefined, measure: 'injured', parts_of: undefined }),
      { event: 'attack', source: { name: 'police', kind: 'official' } },
    ]));
    if (!r.ok) throw new Error(r.reason);
    expect(r.item.claims.map((c) => [c.id, c.type])).toEqual([['#1', 'figure'], ['#2', 'figure'], ['#3', 'event']]);
  });
});

describe('parseImportLine reads spelling variants as the canonical vocabulary', () => {
  const parsed = (c: Record<string, unknown>) => {
    const r = parseImportLine(line({}, [figure(c)]));
    if (!r.ok) throw new Error(r.reason);
    return r.item.claims[0] as unknown as Record<string, any>;
  };
  it.each([
    [{ measure: 'Killed' }, 'measure', 'killed'],
    [{ measure: 'fatalities' }, 'measure', 'killed'],
    [{ measure: 'Dead' }, 'measure', 'killed'],
    [{ measure: 'wounded' }, 'measure', 'injured'],
    [{ measure: 'kidnapped' }, 'measure', 'held'],
    [{ measure: 'rescued' }, 'measure', 'freed'],
    [{ measure: 'detained' }, 'measure', 'arrested'],
    [{ group: 'security forces' }, 'group', 'security_forces'],
    [{ group: 'Security-Forces' }, 'group', 'security_forces'],
    [{ group: ' Miners ' }, 'group', 'miners'],
    [{ group: 'soldiers' }, 'group', 'security_forces'],
    [{ group: 'Gunmen' }, 'group', 'attackers'],
    [{ group: 'schoolchildren' }, 'group', 'children'],
    [{ group: 'pilgrims' }, 'group', 'pilgrims'],
    [{ group: 'train passengers' }, 'group', 'passengers'],
    [{ group: 'Pakistani soldiers' }, 'group', 'security_forces'],
    [{ group: 'relatives of the victims' }, 'group', 'relatives of the victims'],
    [{ source: { name: 'ISPR', kind: 'Official' } }, 'source', { name: 'ISPR', kind: 'official' }],
    // no type: the one the fields say; no id: the claim's place in the report
    [{ type: undefined }, 'type', 'figure'],
    [{ id: undefined }, 'id', '#1'],
    [{ id: '' }, 'id', '#1'],
    // a kind written as a word the extractor reads a kind from
    [{ source: { name: 'Interior Ministry', kind: 'government' } }, 'source', { name: 'Interior Ministry', kind: 'official' }],
    [{ source: { name: 'JNIM', kind: 'Armed group' } }, 'source', { name: 'JNIM', kind: 'militant' }],
    [{ source: { name: 'Amina Bello', kind: 'eyewitness' } }, 'source', { name: 'Amina Bello', kind: 'witness' }],
    [{ source: { name: 'a security source', kind: 'anonymous_source' } }, 'source', { name: 'a security source', kind: 'unnamed' }],
    [{ source: { name: 'Radio Dabanga', kind: 'news media' } }, 'source', { name: 'Radio Dabanga', kind: 'media' }],
    // no kind: the one the name says, as the extractor reads names
    [{ source: { name: 'BLA' } }, 'source', { name: 'BLA', kind: 'militant' }],
    [{ source: { name: 'railway officials', kind: '' } }, 'source', { name: 'railway officials', kind: 'official' }],
    [{ source: { name: 'sources in the capital' } }, 'source', { name: 'sources in the capital', kind: 'unnamed' }],
    [{ source: { name: 'Reuters', kind: null } }, 'source', { name: 'Reuters', kind: 'media' }],
    [{ source: { name: 'a shopkeeper who saw it' } }, 'source', { name: 'a shopkeeper who saw it', kind: 'witness' }],
  ])('%o', (over, key, want) => {
    expect(parsed(over)[key]).toEqual(want);
  });

  it.each([
    [{ low: 9, high: 9 }, { low: 9, high: 9, hedge: 'exact' }],
    [{ low: 30 }, { low: 30, high: null, hedge: 'at_least' }],
    [{ low: 30, high: null }, { low: 30, high: null, hedge: 'at_least' }],
    [{ high: 50 }, { low: null, high: 50, hedge: 'at_most' }],
    [{ low: 70, high: 80 }, { low: 70, high: 80, hedge: 'range' }],
    [{ low: 9, high: 9, hedge: 'About' }, { low: 9, high: 9, hedge: 'about' }],
    [{ low: 30, hedge: 'at_least' }, { low: 30, high: null, hedge: 'at_least' }],
    [7, { low: 7, high: 7, hedge: 'exact' }],
    // numbers as a spreadsheet exports them: text, thousands separators, blank cells
    ['214', { low: 214, high: 214, hedge: 'exact' }],
    [{ low: '9', high: '9' }, { low: 9, high: 9, hedge: 'exact' }],
    [{ low: ' 1,200 ', high: '' }, { low: 1200, high: null, hedge: 'at_least' }],
    [{ low: '1 500', high: '2,000', hedge: 'range' }, { low: 1500, high: 2000, hedge: 'range' }],
    // a hedge written as the words the extractor reads it from
    [{ low: 30, high: 30, hedge: 'approx' }, { low: 30, high: 30, hedge: 'about' }],
    [{ low: 30, high: 30, hedge: 'Approximately' }, { low: 30, high: 30, hedge: 'about' }],
    [{ low: 30, high: null, hedge: 'more_than' }, { low: 30, high: null, hedge: 'at_least' }],
    [{ low: 30, high: null, hedge: 'over' }, { low: 30, high: null, hedge: 'at_least' }],
    [{ low: null, high: 30, hedge: 'up to' }, { low: null, high: 30, hedge: 'at_most' }],
  ])('value %o without (or with a capitalised) hedge reads as %o', (value, want) => {
    expect(parsed({ value }).value).toEqual(want);
  });

  it('still refuses a measure that is no cue word of the lexicon', () => {
    const r = parseImportLine(line({}, [figure({ measure: 'casualties in the region' })]));
    expect(!r.ok && r.reason).toMatch(/^claims\[0\]\.measure "casualties in the region" is not one of killed/);
  });

  it('still refuses a value with no number and no hedge', () => {
    const r = parseImportLine(line({}, [figure({ value: {} })]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^claims\[0\]\.value\.hedge is required/);
  });
});

describe('parseImportLine accepts', () => {
  it('keeps claims as given, unknown fields included, and fills a missing span with {0,0}', () => {
    const out = parseImportLine(line({ batch: 7, report: { id: 'r1', desk: 'night' } }, [
      figure({ coder: 'AB', value: { low: 9, high: null, hedge: 'at_least' } }),
      figure({ id: 'c2', measure: 'injured', parts_of: 'c1', span: { start: 0, end: 0 } }),
      { id: 'e1', type: 'event', event: 'explosion', source: { name: 'police', kind: 'official' }, place: 'central market' },
    ]));
    if (!out.ok) throw new Error(out.reason);
    const { report, claims } = out.item;
    expect(report).toMatchObject({ incident: 'market-blast', origin: 'imported', externalId: 'r1', text: '', extra: { desk: 'night', 'line.batch': 7 } });
    expect(report.id).toMatch(/^[0-9a-f]{64}$/);
    expect(claims[0]).toEqual({ ...figure({ coder: 'AB', value: { low: 9, high: null, hedge: 'at_least' } }), span: { start: 0, end: 0 } });
    expect(claims[2]).toMatchObject({ type: 'event', event: 'explosion', place: 'central market' });
  });

  it('takes "all the hostages" as a vague value without bounds when it says quantifier "all"', () => {
    const all = figure({ measure: 'freed', group: 'hostages', value: { low: null, high: null, hedge: 'vague' }, quantifier: 'all' });
    const out = parseImportLine(line({}, [all]));
    if (!out.ok) throw new Error(out.reason);
    expect(out.item.claims[0]).toMatchObject({ quantifier: 'all', value: { low: null, high: null, hedge: 'vague' } });
  });

  it('gives the same identity whatever the key order, and another identity for other content', () => {
    const a = parseImportLine(line());
    const reordered = JSON.stringify({
      claims: [{ value: { hedge: 'exact', high: 9, low: 9 }, source: { kind: 'official', name: 'health ministry' }, group: 'civilians', measure: 'killed', type: 'figure', id: 'c1' }],
      report: { published: '2024-05-01T10:00:00Z', outlet: 'example.test', id: 'r1' },
      incident: 'market-blast',
    });
    const b = parseImportLine(reordered);
    const c = parseImportLine(line({}, [figure({ value: { low: 10, high: 10, hedge: 'exact' } })]));
    if (!a.ok || !b.ok || !c.ok) throw new Error('expected valid lines');
    expect(b.item.report.id).toBe(a.item.report.id);
    expect(c.item.report.id).not.toBe(a.item.report.id);
  });

  it('canonicalJson sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined, b: null }] })).toBe('{"a":[{"b":null,"d":2}],"b":1}');
  });
});
