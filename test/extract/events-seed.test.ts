// The seed report (examples/000_…): the events and statements PRODUCT.md asks for.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findEvents } from '../../src/extract/events/index.js';
import { splitSentences } from '../../src/extract/sentences.js';
import type { EventClaim } from '../../src/extract/types.js';

const text = readFileSync(new URL('../../examples/000_071c524da187ddb4.txt', import.meta.url), 'utf8');
const events = findEvents({
  text,
  sentences: splitSentences(text),
  meta: { outlet: 'News Arena India', published: '2025-03-11T15:00:00Z' },
  sourceAt: () => ({ name: 'News Arena India', kind: 'media' }),
});

function one(event: string, trigger?: string): EventClaim {
  const hits = events.filter((e) => e.event === event && (trigger === undefined || e.trigger?.includes(trigger)));
  expect(hits.length, `${event} ${trigger ?? ''} in ${JSON.stringify(events.map((e) => [e.event, e.trigger]))}`).toBeGreaterThan(0);
  return hits[0];
}

describe('seed report events', () => {
  test('hijacking of the train in Balochistan, by the militants', () => {
    const e = one('hijacking');
    expect(e).toMatchObject({ actor: 'Baloch separatist militants', target: 'A passenger train' });
    expect(e.place).toContain('Balochistan');
  });
  test('the train stopped inside a tunnel after the militants opened fire', () => {
    expect(one('attack', 'opened fire')).toMatchObject({ actor: 'The militants', target: 'the train', place: 'a tunnel' });
  });
  test('derailment and gunfight, in the militants\' account', () => {
    expect(one('derailment')).toMatchObject({ target: 'the train', actor: 'The militants' });
    expect(one('gunfight', 'gunfight').place).toBe('a remote location');
  });
  test('counter-operation with aerial bombings by the security forces', () => {
    const e = one('operation', 'counter-operation');
    expect(e).toMatchObject({ actor: 'Pakistani security forces', place: 'the site' });
  });
  test('release of women, children and Baloch passengers, claimed by the militants', () => {
    expect(one('release')).toMatchObject({ actor: 'The militants', target: 'women, children, and ethnic Baloch passengers', negated: false });
  });
  test('rescue operation and the relief train', () => {
    one('rescue', 'rescue operation');
    expect(one('rescue', 'relief train').actor).toBe('The Pakistan Army');
  });
  test('statements: threat to execute hostages, refusal to negotiate, responsibility', () => {
    expect(one('threat', 'executed')).toMatchObject({ actor: 'The separatist group', target: 'all hostages' });
    expect(one('refusal').trigger).toBe('would not negotiate');
    expect(one('responsibility').actor).toContain('Baloch Liberation Army');
    one('hostage_taking');
  });
  test('"the attack" mentions join earlier events; the background offensive is scope other', () => {
    expect(events.filter((e) => e.trigger?.toLowerCase() === 'attack')).toEqual([]);
    const offensive = one('operation', 'offensive');
    expect(offensive.scope).toBe('other');
    expect(events.filter((e) => e.scope === 'other')).toEqual([offensive]);
  });
  test('ids in text order, spans are the triggers', () => {
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => `e${i + 1}`));
    for (let i = 1; i < events.length; i++) expect(events[i].span.start).toBeGreaterThan(events[i - 1].span.start);
    for (const e of events) expect(text.slice(e.span.start, e.span.end)).toBe(e.trigger);
  });
});
