// Event types: which trigger words name which event, including the words whose event depends on what
// they happen to or on who acts, and the uses that name no event at all. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { findEvents } from '../../src/extract/events/index.js';
import { splitSentences } from '../../src/extract/sentences.js';
import type { EventClaim, SourceRef } from '../../src/extract/types.js';

const MEDIA: SourceRef = { name: 'Test Wire', kind: 'media' };

function run(text: string, source: SourceRef = MEDIA): EventClaim[] {
  return findEvents({ text, sentences: splitSentences(text), meta: { outlet: 'Test Wire', published: '2025-05-07T12:00:00Z' },
    sourceAt: () => source });
}

/** text → the event types found, in order (scope "other" marked with a "~" prefix, negated with "!"). */
const mark = (e: EventClaim): string => `${e.scope === 'other' ? '~' : ''}${e.negated ? '!' : ''}${e.event}`;

const rows: Array<[string, string[]]> = [
  // crowd crush
  ['At least nine fans died in a crush outside the north stand.', ['stampede']],
  ['Crush at the river festival: several feared dead', ['stampede']],
  ['The junta vowed to crush the rebellion in the hills.', []],
  // collapses named by words that need a structure
  ['Part of the school roof caved in during morning lessons.', ['collapse']],
  ['The opposition caved in to pressure and signed the deal.', []],
  ['The ceiling of the prayer hall fell in as worshippers knelt.', ['collapse']],
  ['Share prices fell in early trading on Monday.', []],
  ['A wooden footbridge gave way under the weight of the crowd.', ['collapse']],
  ['The old water tower came down with a roar.', ['collapse']],
  ['The toll came down to nine after a recount.', []],
  // turning over: a vessel sinks, a vehicle crashes
  ['A small launch turned over in choppy water off the harbour wall.', ['sinking']],
  ['The minibus turned over on a bend near the quarry.', ['crash']],
  ['The fuel truck overturned on the ring road before dawn.', ['crash']],
  ['The committee turned over its findings to the court.', []],
  // "accident" takes the kind of the disaster the report is about
  ['An overloaded ferry capsized near Kisi. A similar accident on the same river killed 40 in 2019.', ['sinking', '~sinking']],
  ['Two lorries met with an accident on the coastal highway.', ['crash']],
  ['Officials called the fall an accident.', []],
  ['A tanker lorry plunged into a ravine in the hills.', ['crash']],
  ['The collapse sent dozens plunging into the river below.', ['collapse']],
  // explosions
  ['A bomb ripped through the crowded bus terminal at rush hour.', ['explosion']],
  ['A roadside bomb hidden in a culvert killed three soldiers.', ['explosion']],
  ['An army truck was hit by an improvised explosive device near the border.', ['explosion']],
  ['The attacker set off his explosives at the gate of the compound.', ['explosion']],
  ['Police defused a bomb left under a bench in the park.', []],
  ['A bomb squad examined the abandoned bag.', []],
  ['The group threatened to blow up the pipeline.', ['threat']],
  // attacks and operations, by who acts
  ['Masked men threw grenades at a wedding procession.', ['attack']],
  ['Gunmen raided a village before dawn.', ['attack']],
  ['Police arrested six suspects in a raid on a warehouse.', ['arrest', 'operation']],
  ['Rebels captured an army outpost on the ridge.', ['attack']],
  ['The rebels captured the town without a fight.', []],
  ['Our fighters engaged the enemy convoy with heavy weapons.', ['attack']],
  ['The two parties engaged in talks overnight.', []],
  ['Troops repelled an assault on the base.', ['gunfight']],
  ['The attackers were repelled after an hour.', ['gunfight']],
  ['Police pursued the gunmen into the forest.', ['operation']],
  ['Security forces say the operation is over.', ['operation']],
  ['Severe Cyclonic Storm Nilam made landfall at dawn.', []],
  ['Commandos storm the hotel after a night of talks.', ['operation']],
  // shooting
  ['Gunfire was heard near the presidential palace.', ['shooting']],
  ['There was a heavy exchange of gunfire at the checkpoint.', ['gunfight']],
  // rescue, evacuation
  ['Divers were still searching for survivors in the hull.', ['rescue']],
  ['Police searched the house of the suspect.', []],
  ['Two fishermen picked him up near the reef.', ['rescue']],
  ['A passing cargo ship picked up 40 survivors.', ['rescue']],
  ['Police picked up three suspects at a hotel.', []],
  ['Forty passengers were pulled from the water alive.', ['rescue']],
  ['Divers pulled twelve bodies from the lake.', []],
  ['Search teams were looking for at least 20 missing passengers.', ['rescue']],
  // more event nouns and verbs
  ['Apartment fire in Eastgate', ['fire']],
  ['The soldiers fled after a short battle.', ['gunfight']],
  ['We took nine of them prisoner.', ['hostage_taking']],
  ['Troops took twelve fighters prisoner near the pass.', ['arrest']],
  ["The army's claims of victory are lies.", ['denial']],
  ['The ministry dismissed the report as baseless.', ['denial']],
  ['Residents of the low-lying streets were told to leave before nightfall.', ['evacuation']],
  ['Journalists were told to wait outside.', []],
  ['Homes along the bank were swept away by floodwaters.', ['flood']],
  ['The incumbent swept away the opposition at the polls.', []],
  ['The team succeeded to evacuate all miners from the shaft.', ['evacuation']],
  // statements
  ['The kidnappers issued a deadline of Friday noon.', ['threat']],
  ['The ministry said a separatist faction was behind the attack.', ['responsibility']],
  ['No group has claimed the bombing.', ['!responsibility']],
  // background and scope
  ['It was the deadliest attack in the district since 2017.', ['attack']],
  ['In 2016, gunmen attacked the same hotel.', ['~attack']],
  ['A similar bombing at the same shrine killed 20.', ['~explosion']],
  // not fire events
  ['The cinema had passed a fire inspection in March.', []],
  ['The river rose above flood stage on Tuesday.', []],
];

describe('event types', () => {
  test.each(rows)('%s', (text, want) => {
    expect(run(text).map(mark)).toEqual(want);
  });
});

/** Several sentences: the type of an act depends on what the report said before or who says it. */
const reports: Array<[string, string, SourceRef | undefined, string[]]> = [
  ['people evacuated from a besieged hotel are rescued',
    'Gunmen took dozens of guests hostage at the hotel. By evening 164 guests were evacuated from the building.',
    undefined, ['hostage_taking', 'rescue']],
  ['people evacuated from homes before a flood are displaced, not rescued',
    'Flash floods hit the valley on Sunday. About 3,000 residents were evacuated to schools.',
    undefined, ['flood', 'evacuation']],
  ['a rescue team evacuating survivors rescues them (one rescue: "Rescuers" and "evacuated" share a sentence)',
    'A barge capsized near the delta. Rescuers evacuated 40 people from the sandbank.',
    undefined, ['sinking', 'rescue']],
  ['a coast guard evacuating survivors rescues them',
    'A barge capsized near the delta. The coastguard evacuated 40 people from the sandbank.',
    undefined, ['sinking', 'rescue']],
  ['people freed after an operation were rescued, not released by their captors',
    'Special forces launched a clearance operation at the gas plant. 300 workers were freed.',
    undefined, ['operation', 'rescue']],
  ['captors releasing people is a release',
    'The army began an operation near the camp. The kidnappers released six of the women on Monday.',
    undefined, ['operation', 'release']],
  ['a militant group\'s "operation" is its attack',
    'Our heroes carried out a blessed operation against a patrol of the occupiers.',
    { name: 'Front', kind: 'militant' }, ['attack']],
  ['an army "operation" stays an operation',
    'The army carried out an operation against the hideouts.',
    { name: 'ISPR', kind: 'official' }, ['operation']],
  ['"when it came down" in a collapse report is the collapse again',
    'The roof of the depot caved in on Monday. "Most of us were outside when it came down," a worker said.',
    undefined, ['collapse', 'collapse']],
  ['"either kidnapping" points back to the kidnappings already reported',
    'Gunmen kidnapped six pupils on Monday. No group has claimed either kidnapping.',
    undefined, ['hostage_taking', '!responsibility']],
  ['"at time of collapse" points back to the collapse',
    'Structural collapse (tower block, Main Street). Union: about 40 workers on site at time of collapse.',
    undefined, ['collapse']],
  ['"the attack" after a hijacking and a hostage-taking is the hijacking',
    'Militants hijacked a train and took 100 passengers hostage. The attack targeted the night express.',
    undefined, ['hijacking', 'hostage_taking']],
];

describe('event types in context', () => {
  test.each(reports)('%s', (_name, text, source, want) => {
    expect(run(text, source).map(mark)).toEqual(want);
  });
  test('"the attack" after a hijacking fills the hijacking, not the hostage-taking', () => {
    const got = run('The hijacking began at dawn and the militants took 100 passengers hostage. The attack targeted the night express.');
    expect(got.map(mark)).toEqual(['hijacking', 'hostage_taking']);
    expect(got[0].target).toBe('the night express');
    expect(got[1].target).not.toBe('the night express');
  });
});
