// Event extraction: one row per phenomenon, sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { findEvents } from '../../src/extract/events/index.js';
import { splitSentences } from '../../src/extract/sentences.js';
import type { EventClaim, ReportMeta, SourceRef } from '../../src/extract/types.js';

const OUTLET: SourceRef = { name: 'Test Wire', kind: 'media' };

function run(text: string, meta: ReportMeta = { outlet: 'Test Wire' }, sourceAt: (o: number) => SourceRef = () => OUTLET): EventClaim[] {
  return findEvents({ text, sentences: splitSentences(text), meta, sourceAt });
}

type Expected = Partial<Pick<EventClaim, 'event' | 'actor' | 'target' | 'place' | 'negated' | 'trigger'>> & { event: string };

/** sentence → events expected, in order; `only` = no other events may appear. */
const rows: { text: string; want: Expected[]; only?: boolean }[] = [
  // hijacking
  { text: 'Armed men hijacked a passenger bus near Kalat on the main highway.', want: [{ event: 'hijacking', actor: 'Armed men', target: 'a passenger bus', place: 'Kalat' }], only: true },
  { text: 'A ferry with 90 travellers was hijacked by pirates off the Somali coast.', want: [{ event: 'hijacking', actor: 'pirates', target: 'A ferry' }], only: true },
  { text: 'Gunmen seized the train shortly after it left the station.', want: [{ event: 'hijacking', actor: 'Gunmen', trigger: 'seized the train' }], only: true },
  { text: 'The hijacking of the express began in the hills near Mach.', want: [{ event: 'hijacking', target: 'the express', place: 'the hills near Mach' }], only: true },
  // hostage taking
  { text: 'The rebels took dozens of workers hostage at an oil field.', want: [{ event: 'hostage_taking', actor: 'The rebels', place: 'an oil field' }], only: true },
  { text: 'Two aid workers were kidnapped by an armed gang in the north of Kivu.', want: [{ event: 'hostage_taking', actor: 'an armed gang', target: 'Two aid workers' }], only: true },
  // explosion
  { text: 'A powerful blast tore through a crowded market in Peshawar.', want: [{ event: 'explosion', place: 'Peshawar' }], only: true },
  { text: 'The bomber detonated his vest outside a police station.', want: [{ event: 'explosion', actor: 'The bomber', place: 'a police station' }], only: true },
  { text: 'Insurgents blew up a bridge on the supply route.', want: [{ event: 'explosion', actor: 'Insurgents', trigger: 'blew up', target: 'a bridge' }], only: true },
  // derailment
  { text: 'The freight train derailed near Bolan after the rails were sabotaged.', want: [{ event: 'derailment', place: 'Bolan' }], only: true },
  { text: 'Attackers derailed a commuter train outside the capital.', want: [{ event: 'derailment', actor: 'Attackers', target: 'a commuter train', place: 'the capital' }], only: true },
  { text: 'Several coaches came off the tracks at a sharp bend.', want: [{ event: 'derailment' }], only: true },
  // gunfight
  { text: 'Police and smugglers traded shots in a long gunfight at the border.', want: [{ event: 'gunfight', place: 'the border' }] },
  { text: 'There was a heavy exchange of fire between troops and the assailants.', want: [{ event: 'gunfight', trigger: 'exchange of fire' }], only: true },
  { text: 'Soldiers clashed with armed tribesmen in Zhob district.', want: [{ event: 'gunfight', actor: 'Soldiers', place: 'Zhob district' }], only: true },
  // attack
  { text: 'Masked gunmen opened fire on worshippers at a mosque in Quetta.', want: [{ event: 'attack', actor: 'Masked gunmen', target: 'worshippers', trigger: 'opened fire' }], only: true },
  { text: 'An armed group attacked a checkpoint in the early hours.', want: [{ event: 'attack', actor: 'An armed group', target: 'a checkpoint' }], only: true },
  { text: 'A convoy came under fire on the road to Turbat.', want: [{ event: 'attack', trigger: 'came under fire' }], only: true },
  { text: 'Fighters ambushed an army patrol in the mountains of Kohlu.', want: [{ event: 'attack', actor: 'Fighters', target: 'an army patrol' }], only: true },
  // shooting and siege
  { text: 'A guard was shot dead at the gate of the consulate.', want: [{ event: 'shooting', target: 'A guard' }], only: true },
  { text: 'Commandos ended the siege of the hotel before dawn.', want: [{ event: 'siege', target: 'the hotel' }], only: true },
  // release
  { text: 'The kidnappers released four of the captives late in the evening.', want: [{ event: 'release', actor: 'The kidnappers' }], only: true },
  { text: 'Eleven hostages were freed by the insurgents in exchange for food.', want: [{ event: 'release', actor: 'the insurgents', target: 'Eleven hostages' }, { event: 'demand' }], only: true },
  { text: 'The army released a statement about the operation.', want: [], only: true },
  // rescue
  { text: 'Rescue teams pulled nine survivors from the rubble of the school.', want: [{ event: 'rescue' }] },
  { text: 'Divers rescued twelve fishermen off the coast of Gwadar.', want: [{ event: 'rescue', actor: 'Divers', target: 'twelve fishermen' }], only: true },
  { text: 'Officials said a rescue operation was continuing at the mine.', want: [{ event: 'rescue', trigger: 'rescue operation', place: 'the mine' }], only: true },
  // operation
  { text: 'The army launched a clearance operation in the valley on Friday.', want: [{ event: 'operation', actor: 'The army', place: 'the valley' }], only: true },
  { text: 'Jets carried out airstrikes against hideouts in the north.', want: [{ event: 'operation', target: 'hideouts' }], only: true },
  { text: 'Security forces deployed extra troops around the station.', want: [{ event: 'operation', actor: 'Security forces', place: 'the station' }], only: true },
  // threat
  { text: 'The kidnappers warned that the captives would be killed unless a ransom was paid.', want: [{ event: 'threat', actor: 'The kidnappers', target: 'the captives' }], only: true },
  { text: 'The group threatened to blow up the dam within hours.', want: [{ event: 'threat', actor: 'The group' }], only: true },
  { text: 'Officials received an ultimatum from the hijackers.', want: [{ event: 'threat' }], only: true },
  // demand
  { text: 'The hijackers demanded the release of jailed comrades.', want: [{ event: 'demand', actor: 'The hijackers' }], only: true },
  // denial
  { text: 'The ministry denied that any soldiers had surrendered.', want: [{ event: 'denial', actor: 'The ministry' }], only: true },
  { text: 'The army rejected the claims made by the rebels.', want: [{ event: 'denial', actor: 'The army' }], only: true },
  // responsibility
  { text: 'A little-known faction claimed responsibility for the bombing.', want: [{ event: 'responsibility', actor: 'A little-known faction' }] },
  { text: 'No group has so far claimed responsibility.', want: [{ event: 'responsibility', negated: true }], only: true },
  // refusal
  { text: 'The premier said his cabinet would not negotiate with kidnappers.', want: [{ event: 'refusal', actor: 'his cabinet' }], only: true },
  { text: 'The governor ruled out talks with the armed group.', want: [{ event: 'refusal', actor: 'The governor' }], only: true },
  // disasters
  { text: 'A minibus crashed into a ravine outside Chitral.', want: [{ event: 'crash', place: 'Chitral' }], only: true },
  { text: 'A five-storey building collapsed in Karachi after heavy rain.', want: [{ event: 'collapse', place: 'Karachi' }], only: true },
  { text: 'A huge fire gutted a textile warehouse in Lahore.', want: [{ event: 'fire', place: 'Lahore' }], only: true },
  { text: 'Flash floods swept away homes across Swat.', want: [{ event: 'flood', place: 'Swat' }], only: true },
  { text: 'A strong earthquake shook the region near Awaran.', want: [{ event: 'earthquake', place: 'Awaran' }], only: true },
  { text: 'A stampede broke out at the shrine during the festival.', want: [{ event: 'stampede', place: 'the shrine' }], only: true },
  { text: 'An overloaded boat capsized on the lake late at night.', want: [{ event: 'sinking', place: 'the lake' }], only: true },
  { text: 'Police arrested three suspects in Hub.', want: [{ event: 'arrest', actor: 'Police', target: 'three suspects', place: 'Hub' }], only: true },
  { text: 'Authorities evacuated nearby villages as the river rose.', want: [{ event: 'evacuation', actor: 'Authorities', target: 'nearby villages' }], only: true },
  // negation
  { text: 'The railway said the train had not derailed.', want: [{ event: 'derailment', negated: true }], only: true },
  { text: 'Officials have yet to confirm the hijacking of the coach.', want: [{ event: 'hijacking', negated: true }], only: true },
  { text: 'The rebels denied attacking the convoy.', want: [{ event: 'denial' }, { event: 'attack', negated: true }], only: true },
  // hypothetical and background: no event, or scope other
  { text: 'If troops attempt a rescue, the captives will suffer.', want: [], only: true },
  { text: 'Any military operation would be resisted, the commander said.', want: [], only: true },
  { text: 'The captives will be released once the money arrives, a mediator said.', want: [], only: true },
  { text: 'Extra police were sent to rescue the stranded pilgrims.', want: [], only: true },
  { text: 'The guards managed to rescue two children from the flames.', want: [{ event: 'rescue', target: 'two children' }], only: true },
  // undergoers, relative clauses, negation scope, reflexive explosions
  { text: 'The night ferry sank off Gwadar with cargo aboard.', want: [{ event: 'sinking', target: 'The night ferry', place: 'Gwadar' }], only: true },
  { text: 'A loaded truck plunged into a ravine in Kohistan.', want: [{ event: 'crash', target: 'A loaded truck', place: 'Kohistan' }], only: true },
  { text: 'The miners, who were trapped in a shaft, were rescued by colleagues.', want: [{ event: 'rescue', actor: 'colleagues', target: 'The miners' }], only: true },
  { text: 'The gang would not negotiate and demanded a ransom.', want: [{ event: 'refusal', actor: 'The gang' }, { event: 'demand', actor: 'The gang', negated: false }], only: true },
  { text: 'A bomber blew himself up outside a court in Mardan.', want: [{ event: 'explosion', actor: 'A bomber', place: 'a court in Mardan' }], only: true },
  { text: 'Police detained two men over the bombing of a shop.', want: [{ event: 'arrest', actor: 'Police' }, { event: 'explosion', target: 'a shop' }], only: true },
  // security forces: storming is an operation, their freeing of people a rescue; participles; datelines
  { text: 'KABUL (Test Wire) - Special forces stormed the compound at dawn, freeing six aid workers.', want: [{ event: 'operation', actor: 'Special forces', target: 'the compound' }, { event: 'rescue', actor: 'Special forces', target: 'six aid workers' }], only: true },
  { text: 'Police found the hijacked lorry abandoned near Sukkur.', want: [{ event: 'hijacking', target: 'lorry', place: 'Sukkur' }], only: true },
  { text: 'Two of the gunmen were captured after a chase.', want: [{ event: 'arrest', target: 'Two of the gunmen' }], only: true },
  { text: 'The rebels captured the town of Kalat overnight.', want: [], only: true },
  { text: 'Insurgents attempted to storm a base in Parachinar.', want: [{ event: 'attack', actor: 'Insurgents', target: 'a base' }], only: true },
  { text: 'The army denied that any soldiers had been abducted.', want: [{ event: 'denial', actor: 'The army' }, { event: 'hostage_taking', negated: true }], only: true },
  { text: 'The ministry denied reports that two officers had been kidnapped.', want: [{ event: 'denial' }, { event: 'hostage_taking', negated: true }], only: true },
  { text: 'The faction has carried out the bombing, its spokesman said.', want: [{ event: 'responsibility', actor: 'The faction' }], only: true },
  // headlines, relative clauses, participles, hedged numbers, pronouns after reporting verbs
  { text: 'Ferry disaster: 61 rescued, dozens missing', want: [{ event: 'rescue', target: '61' }], only: true },
  { text: 'Police caught the men who had kidnapped the doctor.', want: [{ event: 'hostage_taking', actor: 'the men', target: 'the doctor' }], only: true },
  { text: 'Engineers inspected the bridge that collapsed in Multan.', want: [{ event: 'collapse', target: 'the bridge', place: 'Multan' }], only: true },
  { text: 'Farmers blocked the road demanding the release of two leaders.', want: [{ event: 'demand', actor: 'Farmers' }], only: true },
  { text: 'About 300 villagers were evacuated from the valley.', want: [{ event: 'evacuation', target: 'About 300 villagers' }], only: true },
  { text: 'The navy said on Monday that it had rescued nine sailors.', want: [{ event: 'rescue', actor: 'The navy', target: 'nine sailors' }], only: true },
  // dedup: same type twice in one sentence is one event
  { text: 'Militants attacked the depot and later attacked a nearby post.', want: [{ event: 'attack', actor: 'Militants', target: 'the depot' }], only: true },
];

describe('events: table', () => {
  test.each(rows.map((r) => [r.text, r] as const))('%s', (_text, row) => {
    const got = run(row.text);
    const pick = (e: EventClaim, keys: string[]) => Object.fromEntries(keys.map((k) => [k, e[k]]));
    if (row.only) expect(got.map((e) => e.event)).toEqual(row.want.map((w) => w.event));
    for (const w of row.want) {
      const hit = got.find((e) => e.event === w.event);
      expect(hit, `no ${w.event} in ${JSON.stringify(got)}`).toBeDefined();
      expect(pick(hit!, Object.keys(w))).toEqual(w);
    }
  });
  test('the table has at least 40 rows', () => expect(rows.length).toBeGreaterThanOrEqual(40));
});

describe('events: coreference and background', () => {
  test('a definite mention joins the earlier event instead of adding one', () => {
    const text = 'Gunmen hijacked a bus near Sibi. The attack was carried out by a splinter faction. The attack comes shortly after the group announced a new offensive.';
    const got = run(text);
    expect(got.map((e) => e.event)).toEqual(['hijacking', 'operation']);
    expect(got[1].scope).toBe('other');
  });
  test('a definite mention with no antecedent is a new event', () => {
    const got = run('The attack on the police post lasted an hour.');
    expect(got.map((e) => [e.event, e.target])).toEqual([['attack', 'the police post']]);
  });
  test('a past year marks the event as background', () => {
    const got = run('A similar bombing in 2019 killed nine people.', { published: '2025-03-11T10:00:00Z' });
    expect(got[0].scope).toBe('other');
  });
  test('a pronoun actor resolves to the latest named actor of an event', () => {
    const got = run('The insurgents ambushed the train. According to witnesses, they derailed it near Pir.');
    expect(got.find((e) => e.event === 'derailment')?.actor).toBe('The insurgents');
  });
  test('a statement without a named actor is the speaker\'s', () => {
    const text = '"All captives will be executed," the spokesman said.';
    const got = run(text, {}, () => ({ name: 'the spokesman', kind: 'militant' }));
    expect(got.map((e) => [e.event, e.actor, e.target])).toEqual([['threat', 'the spokesman', 'All captives']]);
  });
});

describe('events: time', () => {
  const meta = { outlet: 'Test Wire', published: '2025-03-12T09:00:00Z' };
  const cases: [string, string, string][] = [
    ['Militants stormed a checkpoint on Tuesday near Dera Bugti.', 'on Tuesday', '2025-03-11'],
    ['The blast happened yesterday at 9 pm in a busy bazaar.', 'yesterday at 9 pm', '2025-03-11T21:00'],
    ['The train was hijacked on March 11 in the Bolan Pass.', 'March 11', '2025-03-11'],
    ['A fire broke out last night at the depot.', 'last night', '2025-03-11'],
    ['Floods hit the district on 2 August 2024.', 'on 2 August 2024', '2024-08-02'],
    ['The rebels attacked this morning.', 'this morning', '2025-03-12'],
    // A weekday in a news report is the one before the report, never after it.
    ['Gunmen took over the ferry on Saturday, officials said.', 'on Saturday', '2025-03-08'],
  ];
  test.each(cases)('%s', (text, when, iso) => {
    const [e] = run(text, meta);
    expect(e.time).toEqual({ text: when, iso });
  });
  test('without a publish date only complete dates get an ISO value', () => {
    expect(run('Militants stormed a checkpoint on Tuesday.')[0].time).toEqual({ text: 'on Tuesday' });
    expect(run('Floods hit the district on 2 August 2024.')[0].time).toEqual({ text: 'on 2 August 2024', iso: '2024-08-02' });
  });
  test('a lower-case month word is not a date', () => {
    expect(run('Police said the march was attacked by a mob.', meta)[0].time).toBeUndefined();
  });
  test('the result does not depend on the machine time zone', () => {
    // chrono reads local time; the reference is built so that local fields equal the UTC publish time.
    const [e] = run('Gunmen attacked a bus on Sunday.', { published: '2025-03-10T23:30:00Z' });
    expect(e.time?.iso).toBe('2025-03-09');
  });
});

describe('events: output shape', () => {
  test('ids, spans, sentence, source and trigger', () => {
    const text = 'Police arrested two men. Later, a bomb exploded in Quetta.';
    const seen: number[] = [];
    const got = findEvents({
      text, sentences: splitSentences(text), meta: {},
      sourceAt: (o) => {
        seen.push(o);
        return { name: o < 25 ? 'police' : 'Test Wire', kind: o < 25 ? 'official' : 'media' };
      },
    });
    expect(got.map((e) => e.id)).toEqual(['e1', 'e2']);
    for (const e of got) {
      expect(text.slice(e.span.start, e.span.end)).toBe(e.trigger);
      expect(e.sentence && text.slice(e.sentence.start, e.sentence.end)).toContain(e.trigger!);
      expect(e.type).toBe('event');
    }
    expect(got[0].source.name).toBe('police');
    expect(got[1].source.name).toBe('Test Wire');
    expect(seen).toEqual([got[0].span.start, got[1].span.start]);
  });
  test('a throwing sourceAt falls back to the outlet', () => {
    const got = findEvents({
      text: 'Gunmen attacked a bus.', sentences: [], meta: { outlet: 'X' },
      sourceAt: () => { throw new Error('boom'); },
    });
    expect(got[0].source).toEqual({ name: 'X', kind: 'media' });
  });
  test('empty and odd inputs', () => {
    expect(run('')).toEqual([]);
    expect(findEvents({ text: 'A blast.', sentences: [{ start: 50, end: -3 }], meta: {}, sourceAt: () => OUTLET }).length).toBeLessThanOrEqual(1);
  });
});

describe('events: lexicon files', () => {
  test('every trigger line has a known type and a pattern', async () => {
    const { eventLexicon, wordClasses } = await import('../../src/extract/events/lexicon.js');
    const known = new Set(['attack', 'hijacking', 'hostage_taking', 'explosion', 'derailment', 'gunfight', 'release', 'rescue',
      'operation', 'threat', 'demand', 'denial', 'responsibility', 'crash', 'collapse', 'fire', 'flood', 'earthquake',
      'stampede', 'sinking', 'shooting', 'siege', 'arrest', 'evacuation', 'refusal', '-']);
    const types = new Set<string>();
    for (const list of eventLexicon().byFirst.values()) for (const p of list) types.add(p.type);
    expect([...types].filter((t) => !known.has(t))).toEqual([]);
    expect(types.size).toBeGreaterThanOrEqual(25);
    for (const [name, words] of Object.entries(wordClasses())) expect(words.size, name).toBeGreaterThan(0);
  });
});
