import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignIncident, salientNames, type IncidentSignature } from '../../src/reconcile/incidents.js';

const example = (name: string) => {
  const text = readFileSync(new URL(`../../examples/${name}.txt`, import.meta.url), 'utf8');
  const meta = JSON.parse(readFileSync(new URL(`../../examples/${name}.meta.json`, import.meta.url), 'utf8'));
  return { text, title: meta.title as string, published: meta.published as string, incident: meta.incident as string };
};

const STREAM = [
  '000_071c524da187ddb4', '001_frontier-wire_first-rescues', '003_quetta-observer_day-two',
  '004_capital-times_operation-over', '005_hill-country-dispatch_bla-rebuttal', '007_national-courier_bla-214-claim',
  '008_capital-times_final-toll', '101_delta-daily_rana-plaza-collapse', '102_bay-herald_toll-rises',
  '103_capital-times_owner-arrested', '104_delta-daily_search-ends',
];

describe('salient names', () => {
  it('a named vehicle outranks actors and countries', () => {
    const seed = example('000_071c524da187ddb4');
    const names = salientNames(seed.title, seed.text).map((n) => n.name);
    expect(names.slice(0, 3)).toContain('jaffar express');
    expect(names).toContain('bla');
    expect(names.indexOf('pakistan')).toBeGreaterThan(names.indexOf('jaffar express'));
  });
});

describe('assignIncident', () => {
  it('the seed starts "jaffar-express-hijacking"', () => {
    const seed = example('000_071c524da187ddb4');
    const a = assignIncident(seed, [], []);
    expect(a).toMatchObject({ slug: 'jaffar-express-hijacking', isNew: true });
    expect(a.signature.from).toBe('2025-03-11T16:00:00Z');
  });

  it('the example stream lands in the incidents its sidecars name', () => {
    let sigs: IncidentSignature[] = [];
    const got: string[] = [];
    for (const name of STREAM) {
      const r = example(name);
      const a = assignIncident(r, [], sigs);
      sigs = [...sigs.filter((s) => s.slug !== a.slug), a.signature];
      got.push(a.slug);
    }
    expect(got).toEqual(STREAM.map((n) => example(n).incident));
  });

  it('a report outside the ±7-day window starts a new incident', () => {
    const seed = example('000_071c524da187ddb4');
    const first = assignIncident(seed, [], []);
    const later = assignIncident({ ...seed, published: '2025-04-20T10:00:00Z' }, [], [first.signature]);
    expect(later.isNew).toBe(true);
    expect(later.slug).toBe('jaffar-express-hijacking-2');
  });

  it('an unrelated report does not join', () => {
    const seed = example('000_071c524da187ddb4');
    const first = assignIncident(seed, [], []);
    const other = assignIncident({
      title: 'Floods cut off villages in Sindh',
      text: 'Heavy rain flooded dozens of villages in Sindh on Wednesday, the provincial disaster authority said. Roads to Larkana were closed.',
      published: '2025-03-12T10:00:00Z',
    }, [], [first.signature]);
    expect(other.isNew).toBe(true);
    expect(other.slug).toMatch(/floods$/);
  });

  it('is deterministic whatever the order of existing signatures', () => {
    const a = example('000_071c524da187ddb4');
    const b = example('101_delta-daily_rana-plaza-collapse');
    const sa = assignIncident(a, [], []).signature;
    const sb = assignIncident(b, [], [sa]).signature;
    const r = example('003_quetta-observer_day-two');
    expect(assignIncident(r, [], [sa, sb])).toEqual(assignIncident(r, [], [sb, sa]));
  });

  it('event claims give the event type when present', () => {
    const a = assignIncident({ text: 'Gunmen stormed the Harbour View Hotel in Karachi late on Friday.', published: '2025-01-03T00:00:00Z' },
      [{ id: 'e1', type: 'event', event: 'siege', source: { name: 'police', kind: 'official' }, span: { start: 0, end: 5 } }], []);
    expect(a.slug).toBe('harbour-view-hotel-siege');
  });
});
