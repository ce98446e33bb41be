// Which event type a trigger stands for, once its arguments are known. Most triggers have one type;
// some words name different events depending on what they happen to ("the boat turned over" is a
// sinking, "the tanker turned over" a crash) or on the event the report is about ("a similar accident"
// after a capsizing is a sinking). Then the same act is typed by who does it: security forces storming
// is an operation, a militant group's "operation" is an attack, people freed by them a rescue.
import type { Token } from '../document.js';
import type { EventClaim } from '../types.js';
import type { Chunk } from './arguments.js';
import { classWords, wordClasses, type TypeChoice } from './lexicon.js';

const G = wordClasses();

/** Events looked back over for context; bounded so that a text of a million triggers stays linear. */
const LOOKBACK = 50;

/** The most recent of the last LOOKBACK events that passes the test, or undefined. */
function recent(earlier: readonly EventClaim[], test: (e: EventClaim) => boolean): EventClaim | undefined {
  for (let i = earlier.length - 1, n = 0; i >= 0 && n < LOOKBACK; i--, n++) if (test(earlier[i])) return earlier[i];
  return undefined;
}

/** Tokens before a trigger in which a condition word ("boat" in "the motor boat … turned over") may stand. */
const CONDITION_WINDOW = 8;

export interface TypingInput {
  tokens: Token[];
  choices: TypeChoice[];
  /** Trigger tokens [t0, t1) and the first token of its sentence (a quote or comma may stand between a
   * boat and what it did: 'the motor boat "Bintang Laut 7" turned over'). */
  t0: number;
  t1: number;
  sentenceStart: number;
  actor?: Chunk;
  target?: Chunk;
  /** Events already found in the report, in order. */
  earlier: readonly EventClaim[];
}

function hasWord(tokens: Token[], words: Set<string>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words.has(tokens[k].low)) return true;
  return false;
}

/** "when it came down": the trigger's subject is a pronoun standing for what an earlier event struck. */
function pronounSubject(tokens: Token[], t0: number, floor: number): boolean {
  let k = t0 - 1;
  while (k >= floor && (G.adverb.has(tokens[k].low) || G.aux.has(tokens[k].low) || G.be.has(tokens[k].low))) k--;
  return k >= floor && (tokens[k].low === 'it' || tokens[k].low === 'they');
}

/** The type of the first choice that holds, or undefined when none does (the trigger is dropped). */
export function chooseType(x: TypingInput): string | undefined {
  const { tokens, choices } = x;
  if (choices.length === 1 && !choices[0].cls && !choices[0].family) return choices[0].type;
  for (const c of choices) {
    if (c.family) {
      const family = classWords(c.family);
      const hit = recent(x.earlier, (e) => family.has(e.event));
      if (hit) return hit.event;
      continue;
    }
    if (!c.cls) return c.type;
    const words = classWords(c.cls);
    const from = Math.max(x.sentenceStart, x.t0 - CONDITION_WINDOW);
    if (hasWord(tokens, words, from, x.t1)) return c.type;
    if (x.actor && hasWord(tokens, words, x.actor.t0, x.actor.t1)) return c.type;
    if (x.target && hasWord(tokens, words, x.target.t0, x.target.t1)) return c.type;
    if (pronounSubject(tokens, x.t0, from) && recent(x.earlier, (e) => e.event === c.type && e.scope !== 'other')) return c.type;
  }
  return undefined;
}

/** The latest current event of one of the given families, by which family it is in. */
function latestOf(earlier: readonly EventClaim[], families: Set<string>[]): number {
  const hit = recent(earlier, (e) => e.scope !== 'other' && families.some((f) => f.has(e.event)));
  return hit ? families.findIndex((f) => f.has(hit.event)) : -1;
}

export interface ActorRoles {
  tokens: Token[];
  type: string;
  /** The trigger's own actor, or for a raid the subject of its clause ("police … in a raid"). */
  actor?: Chunk;
  /** The trigger is a modifier ("a hijacked bus"), not an act of its subject. */
  adjectival: boolean;
  /** The trigger's last word ("fire" in "opened fire": police opening fire is still an attack). */
  lastWord: string;
  sourceKind: string;
  earlier: readonly EventClaim[];
}

const anyIn = (tokens: Token[], c: Chunk | undefined, words: Set<string>): boolean =>
  c !== undefined && hasWord(tokens, words, c.t0, c.t1);

/** Retypes an act by who does it and what the report is about (see the header). */
export function roleType(r: ActorRoles): string {
  const { tokens, actor, type } = r;
  const security = !r.adjectival && actor !== undefined && G.security.has(tokens[actor.t1 - 1].low);
  if (security) {
    if (type === 'attack' && r.lastWord !== 'fire') return 'operation';
    if (type === 'release') return 'rescue';
    // "troops took 12 militants prisoner": the state's captives are arrested.
    if (type === 'hostage_taking') return 'arrest';
  }
  // "the lions of the Caliphate carried out a blessed operation": a militant group's own word for its attack.
  // Only the word "operation": a group's "offensive" or "campaign" is announced, not an attack yet.
  if (type === 'operation' && r.sourceKind === 'militant' && !security && r.lastWord.startsWith('operation')) return 'attack';
  if (type === 'release' && !actor && recent(r.earlier, (e) => e.event === 'operation' && e.scope !== 'other')) {
    // "685 employees were freed" after the army's operation: freed by it, not let go by the captors.
    return 'rescue';
  }
  if (type === 'evacuation') {
    // Evacuating people from a place held by attackers frees them; a rescue team evacuating survivors
    // rescues them. Evacuating homes ahead of a flood stays an evacuation.
    if (anyIn(tokens, actor, classWords('rescuer'))) return 'rescue';
    if (latestOf(r.earlier, [classWords('captivity'), classWords('disaster')]) === 0) return 'rescue';
  }
  return type;
}
