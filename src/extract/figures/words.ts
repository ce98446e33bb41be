// Word sets and small word tests that several figure modules read: one copy of each, so a list
// changed here changes every rule that reads it. Lists of one module stay in that module.
import type { Measure } from '../types.js';
import { isCap, type Token } from '../document.js';
import { lexiconRole } from '../lexicon/load.js';
import { lexicons } from '../lexicon/index.js';

/** Words of one role in figure-words.txt, read once per process. */
export const figureWords = (role: string): Set<string> => lexiconRole('figure-words.txt', role);

const NOT_ADVERBS = new Set(['early', 'family', 'daily', 'weekly', 'monthly', 'elderly', 'italy', 'assembly', 'rally',
  'supply', 'ally', 'july', 'holy', 'only']);

/** A word of five letters or more in "-ly": mostly adverbs ("reportedly"), though "early" and "family" pass too. */
export const endsInLy = (w: string): boolean => w.length > 4 && w.endsWith('ly');
/** An adverb in "-ly" ("critically", "internally"), not a noun or adjective that ends so ("family", "july"). */
export const lyAdverb = (w: string): boolean => endsInLy(w) && !NOT_ADVERBS.has(w);

/** Words skipped between a noun phrase and its verb ("80 people had been rescued"). */
export const POST_SKIP = new Set(['were', 'was', 'are', 'is', 'had', 'have', 'has', 'been', 'being', 'be', 'reportedly',
  'also', 'else', 'later', 'all', 'still', 'now', 'so', 'far', 'already', 'allegedly', 'believed', 'feared', 'thought',
  'presumed', 'confirmed', 'reported', 'subsequently', 'initially', 'eventually', 'both', 'either',
  'either', 'apparently', 'possibly', 'probably', 'likely', 'said', 'say', 'says', 'remain', 'remained', 'remains',
  'got', 'get', 'left', 'lay', 'lie', 'either', 'continue', 'continues', 'continued', 'seriously', 'critically', 'badly', 'severely', 'slightly',
  'fatally', 'mortally', 'gravely', 'lightly', 'since', 'then', 'altogether', 'in', 'total', 'not', 'yet',
  'may', 'might', 'could', 'must', 'to', 'of', 'them', 'whom', 'taken', 'out', 'carried', 'brought', 'pulled',
  'rushed', 'found', 'declared', 'currently', 'being', 'airlifted', 'newly', 'listed', 'officially', 'reportedly', 'among', 'counted', 'known', 'as', 'staying', 'living', 'sheltering',
  'stated', 'described', 'managed',
  // (an emphatic reflexive: "6 volunteers have themselves lost their homes")
  'themselves',
  // (round 22b: a release's adverb of consequence: "Seven (7) persons therefore remain missing")
  'therefore', 'thus', 'hence', 'consequently', 'accordingly']);
/** "<verb> (adjectives) injuries": harm received, whatever the adjectives. */
export const HARM_VERBS = figureWords('harm-verb');
/** Passive verbs of being hit that count the dead and the hurt together ("were shot"): other. */
export const HIT_ONLY = figureWords('hit-only');
/** A force's words for killing its enemy ("9 neutralised"): a bare count they name is attackers. */
export const ENEMY_KILL = figureWords('enemy-kill');
/** Words that deny the harm after them ("were not injured"): unharmed, other. */
export const DENIALS = figureWords('denial');
export const BODY_WORDS = new Set(['bodies', 'body', 'remains', 'corpses']);
export const PARTICIPLE_PREPS = new Set(['of', 'from', 'by', 'in', 'at', 'on', 'near', 'during', 'inside', 'under', 'as', 'to', 'with',
  'for']);
/** Words that open a cause or manner after a part ("five of them from smoke inhalation and one after falling"). */
export const MANNER_PREPS = new Set(['from', 'after', 'of', 'by', 'with', 'in', 'during', 'when', 'while', 'due', 'through']);
export const SUBORDINATORS = new Set(['after', 'because', 'when', 'before', 'since', 'until', 'once']);
export const HOSPITAL_MOVES = figureWords('hospital-move');
export const HARM_NOUNS = figureWords('harm'); // ("four of them with broken limbs")
/** "broke his wrist": a verb that breaks a part of the body, and the parts (figure-words.txt break-verb, body-part). */
export const BREAK_VERBS = figureWords('break-verb');
export const BODY_PARTS = figureWords('body-part');
/** Harm verbs in the past ("received", "sustained"): they end a relative clause before them ("with", "had" do not). */
// (the finite verbs only: "with", a harm verb too, is never one)
export const HARM_FINITE = new Set([...HARM_VERBS].filter((w) => w.endsWith('ed')));
export const MODALS = new Set(['will', 'would', 'shall', 'threatened', 'threaten', 'threatens', 'if']);
/** Words skipped before a number when looking for an active verb ("killed at least 30", "freed all 80"). */
export const PRE_SKIP = new Set(['the', 'a', 'an', 'all', 'some', 'its', 'their', 'his', 'her', 'about', 'also',
  'reportedly', 'nearly', 'another', 'additional', 'further', 'remaining', 'only', 'just',
  // ("released its last 9 captives", "freed the first 20 hostages")
  'last', 'first', 'final']); // "searching for the remaining eight", "carrying only five"
/** Words a counted noun phrase may carry between number and noun ("30 Pakistani soldiers"). */
export const MODIFIERS = new Set(['more', 'other', 'innocent', 'unarmed', 'local', 'foreign', 'armed', 'young', 'elderly',
  'ethnic', 'female', 'male', 'civilian', 'military', 'paramilitary', 'security', 'police', 'army', 'rescued',
  'injured', 'wounded', 'dead', 'missing', 'freed', 'released', 'kidnapped', 'abducted', 'suspected', 'alleged',
  'off', 'on', 'active', 'duty', 'serving', 'retired', 'senior', 'junior', 'additional', 'further', 'remaining',
  'surviving', 'stranded', 'trapped', 'frontier', 'corps', 'railway', 'train', 'bus', 'unidentified', 'unknown',
  'suicide', 'heavily', 'fellow', 'adult', 'school', 'university', 'women', 'men', 'minor', 'underage', 'teenage',
  'militant', 'separatist', 'baloch', 'christian', 'muslim', 'hindu', 'shia', 'sunni', 'tribal', 'migrant',
  'government', 'state', 'federal', 'provincial', 'district', 'municipal', 'health', 'aid', 'rescue', 'medical',
  'hospital', 'passenger', 'crew', 'relief', 'mine', 'factory', 'construction', 'garment', 'road', 'rail',
  'total', 'confirmed', 'reported', 'registered', 'estimated', 'new', 'young', 'old', 'elderly', 'sick']);
export const FUNCTION = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by',
  'with', 'were', 'was', 'is', 'are', 'had', 'have', 'has', 'been', 'that', 'which', 'who', 'this', 'these', 'those',
  'its', 'their', 'his', 'her', 'it', 'they', 'them', 'as', 'than', 'times', 'per', 'percent', 'years', 'days',
  // (prepositions and adverbs that end like plurals: "killed four people besides the bombers")
  'besides', 'towards', 'afterwards', 'whereas', 'perhaps', 'always']);
/** Introduces a breakdown of the figure just given. */
export const PART_INTRO = new Set(['including', 'include', 'includes', 'included', 'among', 'of', ':', 'comprising',
  'namely', 'mostly', 'mainly', 'incl', '\u2014', '\u2013', '-', '(']);
export const RATE_UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'night', 'season']);

/** Collective nouns that count a band of people by its size ("a group of about 60 detainees"). */
export const BANDS_OF = figureWords('band-of');
/** Units that a count of people is sent as ("a team of 40 soldiers was flown in"). */
export const UNITS_OF = figureWords('unit-of');

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'overnight', 'so', 'far', 'total']);
/** "11 of the dead", "12 of the wounded": the nominal gives both group (people) and measure. */
export const NOMINAL_GROUPS = new Map<string, Measure>([['dead', 'killed'], ['wounded', 'injured'], ['injured', 'injured'],
  ['missing', 'missing'], ['victims', 'killed'], ['deceased', 'killed'], ['rescued', 'freed'], ['freed', 'freed'],
  ['evacuees', 'displaced'], ['displaced', 'displaced'], ['martyrs', 'killed'],
  // (round 28: a medical examiner's word, "Four of the decedents were found in homes")
  ['decedents', 'killed'],
  // (round 16: "Two of the abducted escaped", "three of the detained were minors")
  ['abducted', 'held'], ['kidnapped', 'held'], ['arrested', 'arrested'], ['detained', 'arrested'],
  // (round 24: "Four of the hospitalised are in critical condition", "three of the evacuated were children")
  ['hospitalised', 'injured'], ['hospitalized', 'injured'], ['evacuated', 'displaced'],
  // (round 27: "7 of the deaths were children", "two of the fatalities were unsheltered men")
  ['deaths', 'killed'], ['fatalities', 'killed']]);
/** Heads that are a harm state ("9 injured", "the 12 dead"), and the measures a later verb of place or move gives. */
export const HARM_HEADS = new Map<string, Measure>([['dead', 'killed'], ['wounded', 'injured'], ['injured', 'injured'],
  ['hurt', 'injured']]);
export const STATE_HEADS = new Set<Measure>(['displaced', 'freed', 'present']);
/** Zero claims need a noun that names the harm itself ("no casualties", "no deaths"), not just people. */
export const ZERO_NOUNS = new Set(['casualties', 'casualty', 'deaths', 'death', 'fatalities', 'fatality', 'injuries', 'injury',
  'loss', 'arrests', 'arrest']);
export const DETERMINERS_OF = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
export const PLACE_PREPS = new Set(['in', 'on', 'at', 'near', 'inside', 'across', 'along', 'around']);
export const BE = new Set(['were', 'are', 'was', 'is']);
/** Words that limit a count before it ("and only two", "lost just one man"). */
export const LIMITING = new Set(['only', 'just']);
/** The token that opens the clause of the count at `t0`: the one right before it, or before a limiting word ("and
 * only two", "lost just one man"), never before `from`. */
export function openerBefore(tokens: Token[], t0: number, from: number): number {
  return t0 - 2 >= from && LIMITING.has(tokens[t0 - 1].low) ? t0 - 2 : t0 - 1;
}
const ONE_DETS = new Set(['a', 'an', 'the', 'its', 'one']);
/** "with a pilot and six passengers", "On board were the driver and 14 passengers": one person named before the count
 * and joined to it by "and"; the index of that person's determiner, or -1. */
export function oneNamedBefore(tokens: Token[], at: number, t0: number): number {
  if (at - 3 < t0 || tokens[at - 1].low !== 'and' || !ONE_DETS.has(tokens[at - 3].low)) return -1;
  const noun = tokens[at - 2];
  return noun.kind === 'word' && !isCap(noun) && !noun.low.endsWith('s') ? at - 3 : -1;
}
export const STATE_AUX = new Set([...BE, 'had', 'have', 'has', 'been', 'being']);

/** Words ending in "man" that are not compounds of it ("Germans", "humans"). */
const NOT_MAN = figureWords('not-man');

/** Plural form of a group noun we keep as written ("student" → "students", "fishermen" stays). */
export function plural(noun: string): string {
  if (/(s|men|people|folk|staff|personnel|police|crew)$/.test(noun)) return noun;
  // "fisherman" → "fishermen", "woman" → "women", "child" → "children"; "a family" → "families"
  if (noun.endsWith('man') && !NOT_MAN.has(noun)) return `${noun.slice(0, -3)}men`;
  if (noun === 'child') return 'children';
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

export { isCap };
/** "(6)" at k, before `end`: a figure written again in digits in brackets after its words ("two (2) children"). */
export function bracketedFigure(tokens: Token[], k: number, end: number): boolean {
  return k + 2 < end && tokens[k].low === '(' && tokens[k + 1].kind === 'num' && tokens[k + 2].low === ')';
}

/** A lower-case word of three letters or more that is no function word and none a measure skips ("fuel" in
 * "12 fuel vendors"): what may stand as a plain modifier before a noun. */
export const plainWord = (t: Token): boolean =>
  t.kind === 'word' && !isCap(t) && t.low.length > 2 && !FUNCTION.has(t.low) && !POST_SKIP.has(t.low);

/** "members of a kidnap-for-ransom group", "of a criminal gang", "of the Jalisco cartel": an armed or criminal band
 * (figure-words.txt: a band noun that is armed by itself, or a collective noun after a word that arms it). Returns
 * the token after the noun, or -1. */
export const ARMED_BANDS = figureWords('armed-band');
export const COLLECTIVES = figureWords('collective');
export const ARMING = figureWords('arming');

export const PERFECT = new Set(['had', 'has', 'have']);
export const TITLES = figureWords('title');

export const AGE_WORDS = new Set(['years', 'year', 'old', 'aged', '-', 'yrs']);

/** Plural words for places around a named one ("Somare and neighbouring villages"). */
export const PLACE_PLURALS = new Set(['villages', 'towns', 'settlements', 'areas', 'communities', 'districts', 'hamlets', 'localities']);
export const PERSON_NOUN = /(ers|ors|ists|ians|ans|men|ees|ants|ents|ives|ites|ards)$/;

export const CLAUSE_BREAK = new Set(['and', 'or', 'but', 'while', 'whereas', 'as', 'when', 'after', 'before', 'because',
  'since', 'who', 'which', 'that', 'where', 'said', 'says', 'according', 'than', 'so', 'then', 'until']);
/** Cues that are never participles modifying a noun ("3 people died in …"). */
export const FINITE_ONLY = figureWords('finite-only');
/** "hit by", "caught in": participles that do not end in -ed (figure-words.txt participle). */
export const IRREGULAR_PARTICIPLES = figureWords('participle');
export const CUSTODY_PLACES = figureWords('custody-place');
/** Groups whose whole was aboard a vehicle: the whole after a part is present ("four of the five passengers died"). */
export const ABOARD_GROUPS = new Set(['passengers', 'crew', 'occupants']);
/** Determiners of a whole after "of" ("two of the 12 guards", "three of its 19 occupants", "none of their 40 passengers"). */
export const WHOLE_DETERMINERS = new Set(['the', 'its', 'their']);
export const POSSESSIVES = new Set(['their', 'his', 'her', 'its', 'our']);
export const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);
export const CAUSED_TO = new Set(['forced', 'forcing', 'prompted', 'prompting', 'obliged', 'compelled', 'ordered', 'ordering']);

/** "five aircraft, two of them from Greece": the count right before the comma that opens "N of them" (a number and
 * at most five words) is one no rule kept as people. Reads at most seven tokens back. */
export const HARMED = new Set<Measure | undefined>(['injured', 'killed']);
/** What happened to the people an intro picks out ("among the dead" → killed, "those taken include" → held). */
export const SUBSET_MEASURE = new Map<string, Measure>([['dead', 'killed'], ['killed', 'killed'], ['deceased', 'killed'],
  ['victims', 'killed'], ['martyrs', 'killed'], ['injured', 'injured'], ['wounded', 'injured'], ['rescued', 'freed'],
  ['freed', 'freed'], ['missing', 'missing'], ['hostages', 'held'], ['abducted', 'held'], ['kidnapped', 'held'],
  ['taken', 'held'], ['seized', 'held'], ['arrested', 'arrested'], ['detained', 'arrested'], ['released', 'freed'],
  ['evacuated', 'displaced'], ['displaced', 'displaced'], ['hospitalised', 'injured'], ['hospitalized', 'injured'],
  ['evacuees', 'displaced'], ['captives', 'held'], ['abductees', 'held'], ['detainees', 'arrested'], ['hurt', 'injured']]);
export const KIN_OWNERS = new Set(['his', 'her', 'whose']);

/** Participles that carry a toll to a new value ("bringing the toll to 32"). */
export const TOLL_CARRIERS = new Set(['bringing', 'taking', 'raising', 'pushing']);

export const NATIONALS = figureWords('nationals');

// ("(Female 1,720 / Male 1,430)": a sitrep's slash between the items of a breakdown)
export const LIST_OPEN = new Set(['(', ',', ';', ':', '/']);

// ("51 passengers + 2 crew", "4 men & 2 women": a coder's shorthand for "and")
export const LIST_GLUE = new Set([',', 'and', 'or', 'as', 'well', 'plus', '+', '&', 'while', ';', 'along', 'with']);

/** A nationality adjective standing alone as a list item ("26 Gambian, 11 Senegalese"): capitalised, with a demonym
 * ending or listed in figure-words.txt, and followed by list punctuation rather than a noun. */
export const DEMONYMS = figureWords('demonym');
export const DEMONYM_END = /(an|ian|ese|i|ish|ch)$/;
const FAITHS = figureWords('faith');
/** The noun that ends a count's group is a capitalised plural of nationality no group list names ("two Israelis",
 * "323 of the dead were Egyptians"; not "Christians"): as a part, such a count keeps the group of its total. */
export function demonymNoun(tokens: Token[], group: string, g: { g0: number; g1: number } | undefined): boolean {
  if (!g || g.g1 <= g.g0 || !isCap(tokens[g.g1 - 1]) || tokens[g.g1 - 1].low !== group || FAITHS.has(group)) return false;
  const stem = group.replace(/s$/, '');
  // (a listed group noun of that ending is a capitalised first word, "Pedestrians", unless it is a nationality)
  return DEMONYMS.has(stem) || DEMONYM_END.test(stem) && !lexicons().groups.at(tokens, g.g1 - 1, g.g1);
}

export const RELATIVE_AUX = new Set(['had', 'have', 'has', 'reportedly', 'allegedly', 'also', 'earlier']);
export const PRISONERS = figureWords('prisoner');
/** Verbs of taking people whose measure depends on who took whom (guide: "arrested" vs "held"). */
export const CAPTURE = new Set(['captured', 'capturing', 'capture', 'seized', 'seizing', 'caught', 'surrendered',
  'surrender', 'surrendering']);

export const VEHICLE_HAD = new Set(['had', 'has', 'having']);
export const STAY = figureWords('stay');

/** Places of care a move or stay takes the injured to ("hospital", "clinic", "trauma centre"). */
export const CARE_PLACES = figureWords('care-place');

/** How armed men look right after they are counted ("with rifles", "masked"). */
export const ARMED_LOOK = figureWords('armed-look');

/** "when one of the robbers panicked", "one of them kept shouting": one person picked out of a band named after "of" is
 * no count of that band. */
export function onePickedOut(tokens: Token[], m: { low: number | null; high: number | null; t1: number }): boolean {
  return m.low === 1 && m.high === 1 && tokens[m.t1]?.low === 'of';
}

/** Marks that close a dateline before a sentence's own text ("KAMINA - Of the 64 ...", "MENDI: Of the 26 ..."). */
export const DATELINE_MARKS = new Set(['-', '\u2014', '\u2013', ':']);

/** Token k is the dot of a unit's number sign before its number ("the Mobile Brigade No. 14"): it ends no phrase. */
export function numberSignDot(tokens: Token[], k: number): boolean {
  return tokens[k]?.low === '.' && tokens[k - 1]?.text === 'No' && tokens[k + 1]?.kind === 'num';
}

/** "Eleven passengers reported minor injuries": a reporting verb that is also a verb of harm, with the harm after it
 * (a degree or two between), tells harm received, not a report. */
export function harmReported(tokens: Token[], k: number, t1: number): boolean {
  if (!HARM_VERBS.has(tokens[k].low)) return false;
  for (let j = k + 1; j < Math.min(t1, k + 4); j++) {
    if (HARM_NOUNS.has(tokens[j].low)) return true;
    if (tokens[j].kind !== 'word') return false;
  }
  return false;
}
