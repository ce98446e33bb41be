// Event arguments: actor, target, place, and time resolved against the publish date. Sentences written
// for these tests; the report is published on Wednesday 7 May 2025 at 12:00 UTC.
import { describe, expect, test } from 'vitest';
import { findEvents } from '../../src/extract/events/index.js';
import { splitSentences } from '../../src/extract/sentences.js';
import type { EventClaim, SourceRef } from '../../src/extract/types.js';

const PUBLISHED = '2025-05-07T12:00:00Z';

function run(text: string, source: SourceRef = { name: 'Test Wire', kind: 'media' }): EventClaim[] {
  return findEvents({ text, sentences: splitSentences(text), meta: { outlet: 'Test Wire', published: PUBLISHED },
    sourceAt: () => source });
}

type Want = { event: string; actor?: string | null; target?: string | null; place?: string | null };

/** Fields given must match (null: must be absent). */
const args: Array<[string, Want]> = [
  ['Bandits abducted dozens of farmers from fields near the town of Kware.',
    { event: 'hostage_taking', actor: 'Bandits', target: 'dozens of farmers', place: 'the town of Kware' }],
  ['Gunmen seized scores of pupils from a boarding school in the hill town of Dara on Friday.',
    { event: 'hostage_taking', target: 'scores of pupils', place: 'the hill town of Dara' }],
  ['The fighters of the Northern Front attacked a police post in Garo district.',
    { event: 'attack', actor: 'The fighters of the Northern Front', target: 'a police post', place: 'Garo district' }],
  ['Soldiers stormed a farmhouse outside Telak.',
    { event: 'operation', actor: 'Soldiers', target: 'a farmhouse', place: 'Telak' }],
  ['Insurgents storm a bank in the old town.', { event: 'attack', actor: 'Insurgents', target: 'a bank' }],
  ['The coach turned over near Pasni junction.', { event: 'crash', actor: null, target: 'The coach', place: 'Pasni junction' }],
  ['Officials said 120 passengers and crew were evacuated from the stranded ferry.',
    { event: 'evacuation', target: '120 passengers and crew' }],
  ['A fuel tanker exploded on the bypass.', { event: 'explosion', actor: null, target: 'A fuel tanker' }],
  ['A suicide bomber blew himself up at the gate.', { event: 'explosion', actor: 'A suicide bomber', target: null }],
  ['Insurgents blew up a bridge on the supply route.', { event: 'explosion', actor: 'Insurgents', target: 'a bridge' }],
  ['The rebels threatened to blow up the bridge.', { event: 'threat', actor: 'The rebels', target: 'the bridge' }],
  ['Police arrested three men in a raid on a flat in Kandi.', { event: 'operation', actor: 'Police', target: 'a flat' }],
  // a speaker is not the doer of the clause after "said,"
  ['Soldiers freed the hostages, a police spokesman said, ending a long standoff.', { event: 'siege', actor: null }],
  // a live blog's time stamp is no part of the subject
  ['17:40 Security forces say the operation is over.', { event: 'operation', actor: 'Security forces' }],
  // an actor is someone
  ['No one has claimed the attack.', { event: 'responsibility', actor: null }],
  // a statement has no place of its own
  ['The group claimed the bombing in a post on its Telegram channel.', { event: 'responsibility', place: null }],
  // "alive" is how, not whom
  ['Seven miners were rescued alive on Sunday.', { event: 'rescue', target: 'Seven miners' }],
];

describe('event arguments', () => {
  test.each(args)('%s', (text, want) => {
    const got = run(text).find((e) => e.event === want.event);
    expect(got, JSON.stringify(run(text))).toBeDefined();
    for (const key of ['actor', 'target', 'place'] as const) {
      if (want[key] === undefined) continue;
      expect(got![key], key).toBe(want[key] === null ? undefined : want[key]);
    }
  });
});

/** sentence → [time text, ISO] of its first event; ISO null when the day is not said. */
const times: Array<[string, string, string | null]> = [
  ['Gunmen attacked a bus on Tuesday.', 'on Tuesday', '2025-05-06'],
  ['Militants attacked a border post late last night.', 'last night', '2025-05-06'],
  ['A car bomb exploded early on 4 May near the court.', 'on 4 May', '2025-05-04'],
  ['The ferry capsized yesterday afternoon.', 'yesterday afternoon', '2025-05-06'],
  ['Troops launched an offensive this morning.', 'this morning', '2025-05-07'],
  // a report looks back: last Saturday, not the coming one
  ['The dam burst on Saturday.', 'on Saturday', '2025-05-03'],
  // "night on 3 May" is the night of 3 May, not tonight
  ['Raiders attacked the camp at night on 3 May.', 'night on 3 May', '2025-05-03'],
  // a part of the day alone does not say which day; a day nearby does
  ['The tunnel roof fell in at night.', 'night', null],
  ['The roof fell in during the morning shift on Thursday.', 'on Thursday', '2025-05-01'],
  ['The blast happened at 14:10 near the depot.', 'at 14:10', '2025-05-07T14:10'],
  ['06:52 A strong earthquake strikes the coast.', '06:52', '2025-05-07T06:52'],
];

describe('event times against the publish date', () => {
  test.each(times)('%s', (text, timeText, iso) => {
    const got = run(text)[0];
    expect(got, JSON.stringify(run(text))).toBeDefined();
    expect(got.time?.text).toBe(timeText);
    expect(got.time?.iso).toBe(iso ?? undefined);
  });
});
