// Attribution: who asserts what each part of the text says. The unit is a clause group: a sentence,
// split at semicolons ("Per local media, 2 attackers died; a militant spokesman claimed 9 ...").
// Per unit we look for a speaker ("X said", "said X", "according to X", "per X", "X: ...",
// "X told <outlet>"), spread speakers over quotes that span sentences and over continuing sentences,
// resolve "the group"/"he"/"they" to the most recent compatible named speaker, and fall back to the
// document's own voice: the issuer its heading names (issuer.ts), else the outlet. Sources that cover part of a
// sentence only (bracketed sources after figures, figures cited from another party) come from local-sources.ts.
// Grammar words (rulebooks after "according to", coder labels, title abbreviations) are data in
// lexicon/attribution-words.txt.
import type { ReportMeta, SourceKind, SourceRef, Span } from './types.js';
import { isCap, tokenize, type Document, type Token } from './document.js';
import { lexicons } from './lexicon/index.js';
import { lexiconRole, lexiconRows } from './lexicon/load.js';
import { PhraseTable } from './phrases.js';
import { CharSet, WordSet } from './word-sets.js';
import { partyNamedBefore, statementVoice } from './statement-issuer.js';
import { heardFrom } from './heard-from.js';
import { FIRM_WORDS, bodyNamedBefore, firmNamedBefore } from './firm-named.js';
import { addressesPublic, beforeDocTitle, displayName, echoedNumbers, stateVoice, fighterWord, firstParty, officialDocumentHeading, ownFighters, headingIssuer, issuedByLine, officeHeading, statementOpening, ownForceVoice, partisanVoice, weParty, referenceIssuer, signatureIssuer, sourceNote, spelledOut, escapeRegExp } from './issuer.js';
import { bracketSources, citedClaims, type LocalSource } from './local-sources.js';
import { harmReported } from './figures/words.js';

/** Words that may stand between a speaker and its verb ("the BLA also said", "officials had earlier said"). */
const BETWEEN = new Set(['hereby', 'also', 'later', 'further', 'had', 'has', 'have', 'earlier', 'previously', 'initially',
  'separately', 'quickly', 'officially', 'subsequently', 'then', 'now', 'reportedly', 'publicly', 'repeatedly',
  'first', 'again', 'already', 'since', 'late', 'yesterday', 'today', 'tonight', 'however', 'too', 'would', 'will', 'can',
  'could', 'did', 'does', 'do', 'had', 'still', 'also', 'last', 'night', 'on', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday',
  // ("the ministry has so far registered 2,300", "police have just confirmed", "officials have recently counted")
  'so', 'far', 'just', 'thus', 'recently']);
/** A speaker phrase never contains these: they show the "subject" is a clause, not a speaker. */
const NOT_IN_SPEAKER = new Set(['were', 'was', 'is', 'are', 'be', 'been', 'being', 'if', 'when', 'while', 'because',
  'as', 'had', 'has', 'have', 'did', 'does', 'do', 'not', 'could', 'would', 'will', 'can', 'may', 'might', 'should',
  'must', 'this', 'there', 'what', 'where', 'how', 'why', 'no', 'nobody', 'none', 'nothing', 'never', 'we', 'i',
  'you', 'after', 'before', 'than', 'killed', 'injured', 'died', 'dead', 'wounded', 'declined', 'refused', 'failed', 'unable',
  'denying', 'dismissed', 'rejected']);
/** Lower-case words before the noun "estimate" ("Fatalities (best estimate): 40"): no one estimating ("Best Hospital" may speak). */
const ESTIMATE_NOUN = new Set(['best', 'rough']);
/** Subordinators: a speaker after them starts a clause of its own ("shortly after armed groups claimed ..."). */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'as', 'if', 'since', 'although',
  'though', 'until', 'once', 'whereas']);
/** An Arabic article joined to a name at `k` ("al-Dhahab", "el-Arish", "ad-Dawr": attribution-words.txt namejoiner). */
function arabicArticle(tokens: Token[], k: number): boolean {
  return labelWords('namejoiner').has(tokens[k].text) && tokens[k + 1]?.low === '-' && !tokens[k + 1].space &&
    !tokens[k + 2]?.space && tokens[k + 2]?.kind === 'word' && tokens[k + 2].text[0] !== tokens[k + 2].low[0];
}
/** Things a speaker issues; "the BLA's statement" → the BLA. People ("the city's fire chief") stay whole. */
/** A document that speaks for its issuer ("a police statement said", "the Cal Fire incident update said"). */
const DOC_NOUNS = new Set(['statement', 'update', 'bulletin', 'release', 'communique', 'report', 'notice', 'briefing',
  'announcement', 'sitrep', 'post', 'figures', 'data', 'tally', 'count', 'records',
  // round 28: a party's "press note" ("The note said one of its cadres had been killed")
  'note',
  // round 31: a party's claim ("In a claim posted on Telegram, the Islamic State said")
  'claim']);
/** Documents of counts, which may say what they cover after "for" ("figures for the province"). */
const DATA_NOUNS = new Set(['figures', 'data', 'tally', 'statistics', 'records']);
/** Words of a document's name before its noun ("press release", "incident update", "daily briefing"). */
const DOC_MODIFIERS = new Set(['press', 'news', 'incident', 'daily', 'latest', 'situation', 'official', 'written',
  'morning', 'evening', 'new', 'joint']);
/** Participles that date or place a document ("the update issued at 7 a.m.", "a statement released on Monday"). */
const DOC_PARTICIPLES = new Set(['issued', 'released', 'published', 'posted', 'circulated', 'distributed', 'dated',
  'sent', 'shared',
  // round 19: a tally's maker ("data compiled by OCHA shows", "figures gathered by the civil protection agency")
  'compiled', 'gathered', 'collected', 'provided', 'supplied',
  // round 36: a communique read out on air ("a communique of the Ministry of Defence read on national television")
  'read']);
const ISSUED = new Set(['statement', 'statements', 'website', 'account', 'channel', 'wing', 'arm', 'communique', 'release',
  'message', 'post', 'report', 'claim', 'claims', 'tally', 'figures', 'figure', 'data', 'count', 'bulletin',
  'update', 'note', 'letter', 'announcement', 'press', 'outlets', 'outlet', 'telegram', 'spokesman', 'spokesperson',
  'spokeswoman', 'office']);
const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'its', 'their', 'his', 'her', 'our']);
/** "according to information received from X", "as per data of X": the source is X. */
/** Verbs of putting out new figures before a colon ("has just updated the figures:"). */
const UPDATE_VERBS = new Set(['updated', 'revised', 'released', 'gave', 'published', 'issued', 'raised', 'lowered']);
/** Words that make the words before a colon a clause, not a source's label. */
const CLAUSE_WORDS = new Set(['is', 'are', 'was', 'were', 'we', "we're", 'we\u2019re', 'i', "i'm"]);
/** Words before "reports" that make it a noun ("Early reports by ...", "the latest report from ..."). */
const REPORT_OPENERS = new Set(['early', 'earlier', 'initial', 'first', 'latest', 'later', 'unconfirmed', 'conflicting', 'the',
  'some', 'media', 'press', 'news', 'local', 'official', 'preliminary', 'a']);
/** Reports a maker is named after ("Early reports by the Togolese Press Agency"). */
const REPORT_NOUNS = new Set(['reports', 'report', 'accounts', 'estimates']);
const INFO_NOUNS = new Set(['information', 'data', 'figures', 'reports', 'report', 'received', 'statement', 'records', 'words',
  'estimates', 'count', 'tally', 'sources', 'post', 'posts', 'tweet', 'message', 'video', 'letter',
  // ("according to preliminary field assessments by our teams": whoever assessed speaks)
  'assessment', 'assessments', 'findings', 'survey', 'surveys', 'counts']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning',
  'evening', 'night', 'afternoon', 'today', 'yesterday', 'nightfall', 'dawn', 'noon', 'midnight', 'midday', 'then',
  'now', 'sunset', 'sunrise', 'daybreak', 'evening', 'tonight']);
/** Nouns of time a "that" can determine ("that night", "that day"): no clause opens there. */
const TIME_NOUNS = new Set(['night', 'day', 'morning', 'evening', 'afternoon', 'week', 'weekend', 'month', 'year']);
/** Words that open a leading time phrase before a speaker ("By late afternoon", "on Sunday", "late on Tuesday"). */
const TIME_LEADS = new Set(['on', 'by', 'late', 'early', 'at', 'until', 'till',
  // ("Earlier in the morning the committee had reported ...", "During the night police said ...")
  'in', 'during']);
const TIME_MODIFIERS = new Set(['late', 'early', 'mid', 'this', 'that', 'last', 'the']);
const ADVERB_ASIDES = new Set(['however', 'meanwhile', 'too', 'though', 'also', 'separately', 'later', 'earlier',
  'moreover', 'instead', 'nevertheless', 'for', 'example', 'in', 'turn', 'then']);
/** Clause openers before a speaker ("..., while officials speaking anonymously estimate ..."). */
const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'so', 'yet']);
/** Reporting verbs whose object is the hearer or the quoted person: never inverted ("..., said X" but not "told X"). */
/**
 * Participles that pass on someone else's words: "a source quoted by AFP" speaks via AFP ("a UN report seen by AFP":
 * the outlet that saw or obtained a document relays it, as one that cited it does).
 */
const RELAY_VERBS = new Set(['cited', 'quoted', 'relayed', 'interviewed', 'contacted', 'reached', 'seen', 'obtained']);
const OBJECT_VERBS = new Set(['told', 'tells', 'tell', 'informed', 'inform', 'quoted', 'cited', 'notified', 'briefed']);
const PARTICIPLE_VERBS = new Set(['telling', 'saying', 'adding', 'claiming', 'stating', 'noting', 'insisting',
  'warning', 'explaining', 'confirming', 'describing', 'reporting', 'citing']);
const NOT_OUTLETS = new Set(['reporters', 'journalists', 'media', 'the media', 'local media', 'the press', 'press',
  'us', 'them', 'him', 'her', 'me', 'the', 'a', 'an', 'parliament', 'lawmakers', 'residents', 'people', 'our reporter',
  'our correspondent', 'this paper', 'this newspaper', 'the newspaper', 'our reporters', 'a reporter', 'the court']);
// (asked of every token's text by the speaker and quotation rules: word-sets.ts)
/** (a Set, not a regex: asked at every reporting verb) */
const IS_WAS = new Set(['is', 'are', 'was', 'were']);
const QUOTES_OPEN = new CharSet(['"', '\u201c', '\u00ab']);
const QUOTES_CLOSE = new CharSet(['"', '\u201d', '\u00bb']);
const KIND_RANK: Record<SourceKind, number> = { unnamed: 5, militant: 4, official: 3, media: 2, witness: 1 };

let roleTable: Map<string, string> | undefined;
/** Grammar words of attribution (attribution-words.txt): notspeaker, ownvoice, contrary, title, relprep. */
/** Roles read as whole sets with labelWords, so that their words keep the one role wordRole gives them. */
const SET_ROLES = new Set(['placeunit', 'placeprep', 'eventhead', 'lowername', 'collective', 'titleopening', 'rank', 'hearsaynoun',
  'hearsaylead', 'hearsayadj', 'countnoun', 'affiliate', 'spelling', 'armedmember', 'talk', 'heardfrom',
  'namejoiner', 'privatetrade', 'spreading', 'medium', 'harmednoun', 'docleading', 'progressiveadverb', 'claimopener',
  'selfnoun', 'instrument', 'reportedstate', 'personparticle', 'phrasalparticle', 'phrasalreporting', 'monitorname', 'rendering',
  'numberedunit', 'committed', 'sector', 'postnoun', 'gathering', 'timeowner']);

/** "Col. Sidibé" -> "Sidibé", "Mr Traore" -> "Traore", "Colonel Moussa" -> "Moussa": the titles and ranks before a lone
 * surname dropped (else the name). */
function stripTitles(name: string): string {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && (wordRole(words[i].toLowerCase().replace(/\.$/, '')) === 'title' ||
    (/^\p{Lu}/u.test(words[i]) && labelWords('rank').has(words[i].toLowerCase())))) i++;
  return i > 0 && i === words.length - 1 && /^\p{Lu}/u.test(words[i]) ? words[i] : name;
}

function wordRole(w: string): string | undefined {
  if (!roleTable) {
    roleTable = new Map();
    for (const [word, role] of lexiconRows('attribution-words.txt')) {
      // (the label rule's place words keep the role a word has above: see labelWords)
      if (!SET_ROLES.has(role)) roleTable.set(word.toLowerCase(), role);
    }
  }
  return roleTable.get(w);
}

/** "daily" -> "Daily": the word as it opens a title. */
const capitalised = (low: string): string => low.charAt(0).toUpperCase() + low.slice(1);

/** The words of one role in attribution-words.txt, whatever other role the same word also has there. */
const labelWords = (role: string): Set<string> => lexiconRole('attribution-words.txt', role);
const HELD_OF = labelWords('heldof');

let contrary: Set<string> | undefined;
/** Words opening a clause whose speaker is contradicted (checked on every token: a set, not a lookup chain). */
function contraryWords(): Set<string> {
  if (!contrary) contrary = roleWords('contrary');
  return contrary;
}
/** The words whose role (wordRole) is `role`. */
function roleWords(role: string): Set<string> {
  wordRole('');
  return new Set([...roleTable!].filter(([, r]) => r === role).map(([w]) => w));
}
// (the sets that findSpeaker, armedByMembers, reportedlyAt and ownVoiceLabel test on every token: word-sets.ts)
const CONTRARY = new WordSet(contraryWords());
const HEARSAY = new WordSet(roleWords('hearsay'));
const OWN_VOICE = new WordSet(roleWords('ownvoice'));
const REPORTING = new WordSet(lexicons().reporting);

/** "Dr.", "Lt.", "U.S.": a full stop inside a name. */
function isAbbreviationDot(tokens: Token[], k: number): boolean {
  if (k === 0) return false;
  const prev = tokens[k - 1];
  return prev.kind === 'word' && (wordRole(prev.low) === 'title' || (prev.text.length === 1 && prev.text !== prev.low));
}

/** A full stop that ends a sentence the splitter missed ("at 11:05 a.m. Civil Aviation ..."), not "Lt. Reyes". */
function isHiddenStop(tokens: Token[], k: number): boolean {
  if (tokens[k].low !== '.' || k === 0 || k + 1 >= tokens.length) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (next.kind !== 'word' || next.text[0] === next.low[0]) return false;
  const r = wordRole(prev.low);
  if (r === 'title') return false;
  // "at 7 a.m. Tuesday said": a clock time runs on into its day
  if ((prev.low === 'm' || prev.low === 'am' || prev.low === 'pm') && TIME_WORDS.has(next.low)) return false;
  if (r === 'month') return k > 1 && tokens[k - 2].kind === 'num'; // "on 29 Nov. Fatalities", not "Nov. Smith"
  return prev.kind !== 'word' || prev.text[0] === prev.low[0];
}

type Coref = 'any' | 'militant' | 'official' | 'same' | 'title' | 'body';
let corefTable: PhraseTable<Coref> | undefined;
function corefs(): PhraseTable<Coref> {
  if (!corefTable) {
    corefTable = new PhraseTable<Coref>();
    for (const [p, need] of lexiconRows('speakers.txt')) corefTable.add(p, need as Coref);
  }
  return corefTable;
}

let backgroundTable: PhraseTable<string> | undefined;
/** A clause that gives context in the outlet's voice: a tally over a period, a trend, a comparison (background.txt). */
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];
function isBackground(tokens: Token[], t0: number, t1: number, pubMonth = NaN): boolean {
  if (!backgroundTable) {
    backgroundTable = new PhraseTable<string>();
    for (const [p, note] of lexiconRows('background.txt')) backgroundTable.add(p, note ?? '');
  }
  // "In 2019, a chlorine leak at ... injured 23", "In December 2023, ...": a sentence that opens on a year of its own
  // dates another incident (a report's own events are dated by day, not by year)
  if (t1 - t0 > 4 && tokens[t0].low === 'in') {
    const y = MONTH_NAMES.includes(tokens[t0 + 1].low) ? t0 + 2 : t0 + 1;
    const yt = tokens[y];
    if (yt.kind === 'num' && yt.text.length === 4 && (yt.value ?? 0) >= 1900 && (yt.value ?? 0) <= 2100 && tokens[y + 1]?.low === ',') return true;
  }
  for (let k = t0; k < t1; k++) {
    const bg = backgroundTable.at(tokens, k, t1);
    // ("54 residents were evacuated ... and spent the night in a school gym": the scene as a second predicate of
    // people the account already moved is part of that account)
    if (bg && !(bg.data === 'scene' && k > t0 + 2 && tokens[k - 1].low === 'and')) return true;
    // "A bombing ... in March killed 12" in an August report: a month of its own, no day, another incident
    if (tokens[k].low === 'in' && k + 1 < t1 && Number.isFinite(pubMonth)) {
      const m = tokens[k + 1];
      const idx = MONTH_NAMES.indexOf(m.low);
      if (idx >= 0 && idx + 1 !== pubMonth && m.text[0] !== m.low[0] && !(k + 2 < t1 && tokens[k + 2].kind === 'num' && tokens[k + 2].text.length <= 2)) return true;
    }
    // "since 2017", "since a 2019 ceasefire collapsed"
    if (tokens[k].low === 'since') {
      const y = tokens[k + 1]?.kind === 'num' ? tokens[k + 1] : tokens[k + 2];
      if (y && y.kind === 'num' && y.text.length === 4 && (y.value ?? 0) >= 1900 && (y.value ?? 0) <= 2100) return true;
    }
  }
  return false;
}

interface Speaker {
  /** Token range of the speaker phrase. */
  s0: number;
  s1: number;
  /** Extra token range describing the speaker (apposition, "speaking on condition of anonymity"). */
  d0?: number;
  d1?: number;
  via?: string;
  /** The speaker who relayed the source ("Police said ..., according to the driver"): later "she" is this one. */
  channel?: Speaker;
}

/** A stretch of text [start, end) with one attribution. */
export interface AttributionUnit extends Span {
  sent: number;
  t0: number;
  t1: number;
  source: SourceRef;
  /** The unit names its own speaker. */
  own: boolean;
}

export interface Attribution {
  units: AttributionUnit[];
  /** The source in force at a text offset. */
  sourceAt: (offset: number) => SourceRef;
  /** The unit containing a text offset. */
  unitAt: (offset: number) => AttributionUnit | undefined;
  /** The document's own voice: its issuer, a coder's closing source, else the outlet. */
  voice: SourceRef;
}

/** The outlet's own voice; a statement issued by a group or ministry speaks as that group. */
export function outletSource(meta: ReportMeta | undefined): SourceRef {
  const name = meta?.outlet?.trim() || 'outlet';
  let kind: SourceKind = 'media';
  if (meta?.outlet) {
    const toks = tokenize(name);
    // ("Ambulance Victoria", "Fire Rescue Queensland": a body's name, then the place it serves)
    const k = kindOf(toks, 0, toks.length).kind ?? (toks.length > 1 && isCap(toks[toks.length - 1]) ?
      kindOf(toks, 0, toks.length - 1).kind : undefined);
    // "East Africa Monitor", "Coastal Courier": a newspaper's title word, whatever else the name contains
    const last = toks.length ? toks[toks.length - 1].low : '';
    // ("Pamir Times Service", "Tribune News Service": a title word that only papers use, anywhere in the name)
    const titled = paperTitled(toks, 0, toks.length);
    // ("Adriatic Press Service", "Inter Press Service": an outlet's name ending on "Press Service" with no body before
    // it is a news agency; "Police Press Service" is the police's)
    const n = toks.length;
    const agency = n > 2 && last === 'service' && toks[n - 2].low === 'press' && !kindOf(toks, 0, n - 2).kind;
    if (k && k !== 'witness' && k !== 'unnamed' && !NEWS_TITLES.has(last) && !titled && !agency) kind = k;
  }
  return { name, kind };
}

const NEWS_TITLES = new Set(['monitor', 'times', 'post', 'herald', 'tribune', 'daily', 'gazette', 'chronicle',
  'observer', 'express', 'journal', 'courier', 'star', 'mail', 'news', 'wire', 'messenger', 'telegraph', 'guardian',
  'independent', 'standard', 'nation', 'mirror', 'sun', 'today', 'dispatch',
  'inquirer', 'examiner', 'sentinel', 'voice', 'live', 'online', 'tv', 'radio',
  // (an events register or database that a coder reads: "General Aviation Occurrence Register")
  'register', 'database',
  // (a monitoring project's log and a trade paper: "Africa Mining Accident Log", "Mining Weekly", "Incident Tracker")
  'log', 'tracker', 'weekly', 'magazine', 'review', 'reporter']);

/** Title words no body but a paper carries, wherever they stand in its name (not "post", "standard", "voice"). */
const PAPER_WORDS = new Set(['times', 'herald', 'tribune', 'gazette', 'chronicle', 'journal', 'courier', 'telegraph',
  'inquirer', 'examiner', 'today',
  // (the same in the languages of papers that keep their names: "Le Courrier du Centre", "Diario del Sur")
  'courrier', 'quotidien', 'correo', 'diario', 'diário', 'jornal', 'gazeta', 'noticias', 'notícias', 'prensa']);

/** A name with a capitalised title word only papers carry ("Prensa Libre", "Pamir Times Service"). */
function paperTitled(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (PAPER_WORDS.has(tokens[k].low) && tokens[k].text[0] !== tokens[k].low[0]) return true;
  return false;
}

const isBoundaryPunct = (t: Token): boolean =>
  t.low === ',' || t.low === ';' || t.low === ':' || t.low === '(' || t.low === ')' || t.low === '\u2014' ||
  t.low === '\u2013' || (t.low === '-' && t.space) || QUOTES_OPEN.has(t.text) || QUOTES_CLOSE.has(t.text) ||
  t.low === 'that';

/** The comma-delimited chunk that ends at token e (exclusive): its first token index. */
function chunkStart(tokens: Token[], e: number, floor: number, thatBreaks = true): number {
  let s = e;
  let depth = 0;
  while (s > floor) {
    const t = tokens[s - 1];
    if (t.low === ')') depth++;
    else if (t.low === '(' && depth > 0) depth--;
    else if (depth === 0 && (isBoundaryPunct(t) || isHiddenStop(tokens, s - 1)) && (thatBreaks || t.low !== 'that') &&
      !(t.low === 'that' && s < e && TIME_NOUNS.has(tokens[s].low))) break; // "on duty that night": a determiner
    s--;
  }
  return s;
}

/** "claimed (at least) 40 lives", "claimed the lives of": the object of "claim" is lives, not a statement. */
function livesAfter(tokens: Token[], k: number, t1: number): boolean {
  for (let j = k; j < Math.min(t1, k + 5); j++) {
    const low = tokens[j].low;
    if (low === 'lives' || low === 'life') return true;
    if (low === ',' || low === 'that' || BE_WORDS.has(low)) return false;
  }
  return false;
}
/** Verbs of an official opening formula before "to inform/announce". */
const OPENING_TO = new Set(['wishes', 'wish', 'regrets', 'regret', 'pleased', 'like', 'wants', 'saddened']);
const BE_WORDS = new Set(['were', 'was', 'are', 'is', 'had', 'have', 'has', 'been']);

/** "who" the pronoun, not "WHO" the World Health Organization. */
const isRelativeWho = (t: Token): boolean => t.low === 'who' && t.text !== 'WHO';

const NAMING_WORDS = new Set(['identified', 'described', 'introduced', 'presented', 'name', 'names']);
const SELF_WORDS = new Set(['only', 'himself', 'herself', 'themselves']);

/** In a relative clause from k (the "who"), the first token of the name after "identified himself (only) as" /
 * "gave his name (only) as", looking at "as" before `stop` and within eight tokens; else -1. */
function nameGivenAs(tokens: Token[], k: number, stop: number): number {
  for (let j = k + 1; j < stop && j < k + 8; j++) {
    if (tokens[j].low !== 'as') continue;
    let b = j - 1;
    while (b > k && SELF_WORDS.has(tokens[b].low)) b--;
    if (NAMING_WORDS.has(tokens[b].low)) return j + 1;
  }
  return -1;
}

/** Armed bands a lone caller may speak for. */
const SPOKEN_FOR_BANDS = new Set(['kidnappers', 'abductors', 'captors', 'pirates', 'hijackers', 'gunmen', 'bandits',
  'hostage-takers', 'attackers', 'militants', 'rebels', 'insurgents']);
/** "who said he spoke for the kidnappers", "who claimed to speak for the gunmen", "who said he was one of the pirates",
 * "who identified himself as a spokesman for the kidnappers": the band's noun (with its article), from the relative
 * clause at k; else undefined. */
function spokeForBand(tokens: Token[], k: number): [number, number] | undefined {
  // (the clause runs past the speaker phrase read so far: up to twelve words, within the sentence)
  const e = Math.min(tokens.length, k + 12);
  for (let j = k + 1; j + 1 < e; j++) {
    const low = tokens[j].low;
    if (low === '.' || low === ';') return undefined;
    const after = low === 'for' ? j + 1 : low === 'of' && tokens[j - 1].low === 'one' ? j + 1 : -1;
    if (after < 0) continue;
    const speaks = tokens.slice(k + 1, j).some((t) => /^(spoke|speak|speaks|speaking|spokesman|spokesperson|one)$/.test(t.low));
    const b = tokens[after]?.low === 'the' ? after + 1 : after;
    if (speaks && b < e && SPOKEN_FOR_BANDS.has(tokens[b].low)) return [after, b + 1];
  }
  return undefined;
}

/**
 * "who gave his name only as Haroun", "who identified herself only as Grace", "who gave only his first name, Ali":
 * the name a private speaker gave in a relative clause from k (the "who") on; up to the next comma or stop.
 */
function givenName(tokens: Token[], k: number, e: number): [number, number] | undefined {
  let end = k + 1;
  while (end < e && !isBoundaryPunct(tokens[end]) && tokens[end].low !== '.') end++;
  const at = nameGivenAs(tokens, k, end - 1);
  if (at > 0) return [at, end];
  // ("who gave only his first name, Ali": one capitalised word after the comma)
  if (end + 2 <= e && tokens[end].low === ',' && /^(name|names|only)$/.test(tokens[end - 1].low) &&
    tokens.slice(k + 1, end).some((t) => t.low === 'name') && /^\p{Lu}\p{Ll}+$/u.test(tokens[end + 1].text) &&
    (end + 2 === e || isBoundaryPunct(tokens[end + 2]) || tokens[end + 2].low === '.')) return [end + 1, end + 2];
  return undefined;
}

/** Cut a speaker phrase at a relative clause ("a resident who fled ...") and check it is a noun phrase. */
function cleanSpeaker(tokens: Token[], s: number, e: number): [number, number] | undefined {
  // ("the Southern Front's claim of 50 dead": the owner of the claim, not its possessive)
  if (e - s > 1 && (tokens[e - 1].low === "'s" || tokens[e - 1].low === '\u2019s')) e--;
  // ("In a statement it says all four attackers were killed": a document's noun before the pronoun that speaks opens
  // the clause; the speaker is the pronoun)
  if (e - s >= 2 && DOC_NOUNS.has(tokens[e - 2].low) && PRONOUNS.has(tokens[e - 1].low)) s = e - 1;
  const c = cleanedSpeaker(tokens, s, e);
  // ("By Sunday afternoon a doctor at the hospital, who asked not to be named, said": what the clause said about the
  // speaker holds for the phrase left after a leading time phrase is cut)
  if (c && c[0] !== s) {
    const from = tokens[s].start;
    const to = tokens[c[0]].start;
    if (anonymous.has(from)) anonymous.add(to);
    const d = described.get(from);
    if (d && !described.has(to)) described.set(to, d);
    const r = renamed.get(from);
    if (r && !renamed.has(to)) renamed.set(to, r);
    if (givesName.has(from)) givesName.add(to);
  }
  return c;
}

/** Past verbs a clause before "and" may have that end in no "-ed" ("The woman underwent surgery and doctors said"). */
const CLAUSE_PASTS = new Set(['underwent', 'went', 'took', 'came', 'fell', 'ran', 'got', 'left', 'began', 'broke', 'gave',
  'lost', 'died', 'was', 'were', 'had']);

function cleanedSpeaker(tokens: Token[], s: number, e: number): [number, number] | undefined {
  for (let k = s; k < e; k++) {
    const low = tokens[k].low;
    if (((low === 'who' && tokens[k].text !== 'WHO') || low === 'which' || low === 'whose') && k > s) {
      if (unnamedIn(tokens, k, e)) anonymous.add(tokens[s].start); // "officials who asked not to be named"
      else {
        // "a man who identified himself as a negotiator for the gunmen": the clause tells the kind
        // ("relatives who gathered outside the company's depot": where people gathered names no body they work for)
        let ke = e;
        for (let j = k + 1; j < e - 1 && ke === e; j++) if (labelWords('gathering').has(tokens[j].low)) ke = j;
        const d = kindOf(tokens, k, ke).kind ?? (experienced(tokens, k, e) ? 'witness' : undefined);
        if (d) described.set(tokens[s].start, d);
        // ("who identified himself only as Ali", "who gave his name only as Haroun": the name the speaker gave)
        const at = nameGivenAs(tokens, k, e - 1);
        if (at > 0) renamed.set(tokens[s].start, [at, e]);
        // ("a man who said he spoke for the kidnappers", "a caller who said he was one of the pirates": the band
        // speaks, through one of its men)
        const band = at > 0 ? undefined : spokeForBand(tokens, k);
        if (band) {
          renamed.set(tokens[s].start, band);
          described.set(tokens[s].start, 'militant');
        }
        // (only a private person gives a reporter a first name alone: "a volunteer who gave his name only as
        // Ramesh" is a witness unless the role says otherwise, as "a police officer who ..." does)
        if (at > 0 && !d) described.set(tokens[s].start, 'witness');
        // "a farmer who gave only his first name, Ali, said": the name follows the clause as an aside
        if (!renamed.has(tokens[s].start) && /^(name|names|only)$/.test(tokens[e - 1].low) && k + 2 < e) {
          for (let j = k + 1; j < e; j++) if (tokens[j].low === 'name' || tokens[j].low === 'names') givesName.add(tokens[s].start);
          if (givesName.has(tokens[s].start) && !d) described.set(tokens[s].start, 'witness');
        }
      }
      e = k;
      break;
    }
    // "a tally by the Associated Press based on hospital records": the material is no part of the name
    if ((low === 'based' || low === 'drawing') && k > s && tokens[k + 1]?.low === 'on') {
      e = k;
      break;
    }
  }
  while (s < e && (ADVERB_ASIDES.has(tokens[s].low) || LEADING_CONJUNCTIONS.has(tokens[s].low))) s++;
  // ("A nurse there, who asked not to be named, told him": the place adverb after the noun is no part of the name)
  if (e - s >= 2 && /^(there|here)$/.test(tokens[e - 1].low) && tokens[e - 2].kind === 'word') e--;
  // "..., according to the rights commission, which said ...": the commission, not "according to ..."
  if (s + 2 < e && tokens[s].low === 'according' && tokens[s + 1].low === 'to') s += 2;
  // "First reports from the local channel Kurdistan24 speak of ...": the reports' named origin speaks
  s = reportsFrom(tokens, s, e);
  while (s < e && tokens[s].kind === 'num' && s + 1 < e && tokens[s + 1].low === ':') s += 2; // "21:35 Police say"
  // "09:40 Red Crescent head ..." cut at the colon: a leading time before a name
  while (s + 1 < e && (tokens[s].kind === 'num' || tokens[s].low === '-') &&
    (tokens[s + 1].low === '-' || tokens[s + 1].text[0] !== tokens[s + 1].low[0])) s++;
  // "Earlier on Wednesday his office": a leading time phrase
  // ("By late afternoon the hospital put ...", "On Sunday evening police said": a time word after a modifier too)
  while (s + 1 < e && TIME_LEADS.has(tokens[s].low)) {
    // ("Late on Friday a nurse said": two leading words before the time word)
    if (s + 2 < e && TIME_LEADS.has(tokens[s + 1].low) && TIME_WORDS.has(tokens[s + 2].low)) s++;
    if (TIME_WORDS.has(tokens[s + 1].low)) s += 2;
    else if (s + 2 < e && TIME_MODIFIERS.has(tokens[s + 1].low) && TIME_WORDS.has(tokens[s + 2].low)) s += 3;
    // ("By the following afternoon it had raised the toll": the day after, named by its part)
    else if (s + 3 < e && tokens[s + 1].low === 'the' && (tokens[s + 2].low === 'following' || tokens[s + 2].low === 'next') &&
      TIME_WORDS.has(tokens[s + 3].low)) s += 4;
    else break;
  }
  // ("On 20 June the governor's office raised ...", "By May 3, police said": a leading date)
  // ("During March the Network documented ...", "Since January the Network has counted ...": a month alone)
  if (s + 3 < e && /^(on|by|since|until|during|in|throughout)$/.test(tokens[s].low)) {
    const months = lexicons().months;
    let k = s + 1;
    if (tokens[k].kind === 'num' && months.has(tokens[k + 1].low)) k += 2;
    else if (months.has(tokens[k].low) && tokens[k + 1].kind === 'num') k += 2;
    else if (months.has(tokens[k].low) && isCap(tokens[k]) && tokens[s].low !== 'on' && tokens[s].low !== 'by') k += 1;
    if (k > s + 1 && k < e && tokens[k].kind === 'num' && /^\d{4}$/.test(tokens[k].text)) k++;
    if (k > s + 1 && k < e && tokens[k].low === ',') k++;
    if (k > s + 1 && k < e) s = k;
  } else if (s + 2 < e && s > 0 && /^(since|until|during|in|throughout)$/.test(tokens[s - 1].low) && isCap(tokens[s]) &&
    lexicons().months.has(tokens[s].low) && tokens[s + 1].low === 'the') {
    s++; // ("In February the Network had recorded ...": the month after a preposition the name was already cut from)
  }
  if (s + 1 < e && TIME_WORDS.has(tokens[s].low) && (TIME_WORDS.has(tokens[s - 1]?.low) || TIME_WORDS.has(tokens[s + 1].low))) {
    while (s < e && TIME_WORDS.has(tokens[s].low)) s++;
  }
  // ("Earlier in the morning the committee had reported": the time word left over before the speaker's article)
  // (with its own article too, the asides "Earlier in" skipped: "the morning | the committee")
  if (s + 3 < e && tokens[s].low === 'the' && TIME_WORDS.has(tokens[s + 1].low) && tokens[s + 2].low === 'the') s++;
  if (s + 2 < e && TIME_WORDS.has(tokens[s].low) && tokens[s].text === tokens[s].low && tokens[s + 1].low === 'the') s++;
  // "Later the same day the army reported ...", "That night police said ...": a leading time phrase
  {
    let k = s;
    if (tokens[k]?.low === 'the' && tokens[k + 1]?.low === 'same') k += 2;
    else if (tokens[k]?.low === 'that' || tokens[k]?.low === 'same') k += 1;
    // ("Earlier in the day the governor's office said": a chunk cut after "in", before "the day" and the speaker)
    else if (tokens[k]?.low === 'the' && tokens[k + 1]?.low === 'day' && k + 2 < e &&
      (tokens[k + 2].low === 'the' || isCap(tokens[k + 2]))) k += 1;
    if (k > s && k + 1 < e && (TIME_WORDS.has(tokens[k].low) || tokens[k].low === 'day' || tokens[k].low === 'week')) s = k + 1;
    // (a chunk cut just after "that": "That night | police said")
    else if (k === s && s > 0 && s + 1 < e && tokens[s - 1].low === 'that' && (TIME_WORDS.has(tokens[s].low) || tokens[s].low === 'day')) s++;
  }
  // ("The woman underwent surgery and doctors describe her condition as ...": a clause of its own before "and"; the
  // subject of the reporting verb is the words after it)
  for (let k = e - 2; k > s + 1; k--) {
    if (tokens[k].low !== 'and') continue;
    let clause = false;
    for (let j = s + 1; j < k && !clause; j++) {
      const x = tokens[j];
      clause = x.kind === 'word' && x.text === x.low && (CLAUSE_PASTS.has(x.low) || /[^e]ed$/.test(x.low)) &&
        !DETERMINERS.has(tokens[j - 1].low) && tokens[j - 1].low !== 'of';
    }
    if (clause && kindOf(tokens, k + 1, e).kind) s = k + 1;
    break;
  }
  if (s >= e) return undefined;
  // "..., where doctors said the condition of seven was critical", "the attack, which the police say left 11 dead":
  // the speaker inside a relative clause
  if ((tokens[s].low === 'where' || tokens[s].low === 'which' || isRelativeWho(tokens[s])) && s + 1 < e) s++;
  // "As the district police reported, 12 ...", "..., as police said": "as" opens a clause of report, its subject speaks
  else if (tokens[s].low === 'as' && s + 1 < e) s++;
  // ("Civil protection figures for El Tarf province as a whole put ...": what the figures cover is no part of the
  // issuer)
  for (let k = s + 1; k + 1 < e; k++) {
    if (DATA_NOUNS.has(tokens[k].low) && (tokens[k + 1].low === 'for' || tokens[k + 1].low === 'covering')) {
      e = k + 1;
      break;
    }
  }
  for (let k = e - 1; k > s; k--) {
    if (SUBORDINATORS.has(tokens[k].low)) {
      s = k + 1;
      break;
    }
  }
  if (s >= e) return undefined;
  for (let k = s; k < e; k++) {
    // "IS claimed ...": an acronym is a name, not the verb "is"
    // ("A relative of one of the dead said", "families of the injured said": the harmed after "of the" name whose
    // kin speak, no clause)
    const harmedOf = k - 2 >= s && tokens[k - 1].low === 'the' && tokens[k - 2].low === 'of' && labelWords('harmednoun').has(tokens[k].low);
    // ("the Can Tho City People's Committee said", "the Will County sheriff said": a capitalised auxiliary before
    // another capitalised word inside the phrase is a place's name)
    const named = tokens[k].text[0] !== tokens[k].low[0] && k + 1 < e && tokens[k + 1].kind === 'word' &&
      tokens[k + 1].text[0] !== tokens[k + 1].low[0];
    if ((NOT_IN_SPEAKER.has(tokens[k].low) && !isAcronym(tokens, k) && !harmedOf && !named) || isRelativeWho(tokens[k]) || tokens[k].low === 'which' ||
      ESTIMATE_NOUN.has(tokens[k].text)) return undefined;
    // "4 fatalities confirmed": the phrase is a figure, not a speaker
    // ("relatives of the missing said": a toll noun after "of" describes the speaker)
    // (one modifier between: "the Coordination of Flood Victims said", "relatives of the quake victims said")
    const ofBefore = k > s && (tokens[k - 1].low === 'of' || (k - 1 > s && tokens[k - 1].low === 'the' && tokens[k - 2].low === 'of') ||
      (k - 1 > s && tokens[k - 1].kind === 'word' && (tokens[k - 2].low === 'of' || (k - 2 > s && tokens[k - 2].low === 'the' && tokens[k - 3].low === 'of'))));
    // ("The EHRC, an independent body, said": a body of people after "a"/"an", no corpse)
    const aBody = tokens[k].low === 'body' && tokens.slice(Math.max(s, k - 7), k).some((t) => t.low === 'a' || t.low === 'an');
    if ((lexicons().measureSlots.noun.at(tokens, k, k + 1) || lexicons().measureSlots.nom.at(tokens, k, k + 1)) && !aBody &&
      !sourceMatch(tokens, k, k + 1) && !ofBefore && !lexicons().sources.endingAt(tokens, k + 1, s)) return undefined; // "survivors said" still has a speaker
    // a number is only part of a name ("Rescue 1122"); "9,000 told to leave" has no speaker
    // (an ordinal is part of a unit's name: "the 6th Infantry Division", "the 18th Brigade")
    // ("a 37-year-old farmer": an age adjective describes the speaker)
    // ("the driver of the 35-seat coach": a number glued to a word by a hyphen is an adjective of the noun)
    const compound = tokens[k + 1]?.low === '-' && !tokens[k + 1].space && tokens[k + 2]?.kind === 'word' && !tokens[k + 2].space;
    // ("the army's 17 Brigade said": a unit's capitalised noun after its number)
    const unit = k + 1 < e && tokens[k + 1].text[0] !== tokens[k + 1].low[0] && labelWords('numberedunit').has(tokens[k + 1].low);
    if (tokens[k].kind === 'num' && !isOrdinal(tokens, k) && !ageAdjective(tokens, k) && !compound && !unit &&
      !(k > s && tokens[k - 1].kind === 'word' && tokens[k - 1].text[0] !== tokens[k - 1].low[0])) return undefined;
  }
  // (hyphens and brackets inside a name do not count: "the Jamaat Nusrat al-Islam wal-Muslimin (JNIM)")
  let len = 0;
  for (let k = s; k < e; k++) if (tokens[k].low !== '-' && tokens[k].low !== '(' && tokens[k].low !== ')') len++;
  if (len > 14) return undefined;
  if (!hasWord(tokens, s, e)) return undefined;
  return [s, e];
}

/** Adjectives before "reports from X" ("first", "early", "initial", "latest"). */
const REPORT_ADJECTIVES = new Set(['first', 'early', 'initial', 'latest', 'new', 'unconfirmed', 'local']);
/** The start of X in "(first) reports from X" when X names a known source, else s. */
function reportsFrom(tokens: Token[], s: number, e: number): number {
  let k = s;
  while (k < e && REPORT_ADJECTIVES.has(tokens[k].low)) k++;
  // ("Initial estimates by the Commission Mouvement de Populations put ...": estimates are made by someone too)
  if (k + 2 >= e || (tokens[k].low !== 'reports' && tokens[k].low !== 'report' && tokens[k].low !== 'estimates')) return s;
  // ("reports made by relatives at the support post", "reports by residents": the makers speak)
  let x = tokens[k + 1].low === 'from' || tokens[k + 1].low === 'by' ? k + 2 :
    tokens[k + 1].low === 'made' && tokens[k + 2].low === 'by' ? k + 3 : -1;
  if (x < 0 || x >= e) return s;
  if (tokens[x].low === 'the') x++;
  return x < e && anySource(tokens, x, e) ? x : s;
}

/** An all-capital word of two or more letters amid ordinary text: "IS", "NO" in a name, not a grammar word. */
function isAcronym(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'word' || t.text.length < 2 || t.text !== t.text.toUpperCase()) return false;
  // in an all-capital heading every word looks like one
  const caps = (j: number): boolean => j >= 0 && j < tokens.length && tokens[j].kind === 'word' && tokens[j].text.length > 1 &&
    tokens[j].text === tokens[j].text.toUpperCase();
  return !caps(k - 1) && !caps(k + 1);
}

/** "37-year-old": a number glued to "-year(s)-old", an adjective of age. */
function ageAdjective(tokens: Token[], k: number): boolean {
  const a = tokens[k + 1];
  const b = tokens[k + 2];
  return !!a && !!b && a.low === '-' && !a.space && (b.low === 'year' || b.low === 'years');
}

/** "6th", "21st": a number glued to an ordinal suffix. */
function isOrdinal(tokens: Token[], k: number): boolean {
  const nx = tokens[k + 1];
  return !!nx && !nx.space && /^(st|nd|rd|th)$/.test(nx.low);
}

/** Verbs of living through an event ("who lost her home", "whose son was hurt", "who escaped"): a witness. */
const EXPERIENCE = new Set(['lost', 'survived', 'saw', 'escaped', 'fled', 'lives', 'lived', 'watched', 'witnessed',
  'whose', 'travelling', 'traveling', 'was', 'were', 'runs', 'owns', 'helped', 'hid', 'heard', 'managed', 'rushed', 'ran']);
function experienced(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (EXPERIENCE.has(tokens[k].low)) return true;
  // ("said Ramdas Bhoyar, who sells vegetables": a private trade, unless the clause names a body he works for)
  for (let k = s; k < e; k++) if (labelWords('privatetrade').has(tokens[k].low)) return !anySource(tokens, k + 1, e);
  return false;
}

/** Speaker phrases (by start offset) whose cut-off relative clause made them anonymous. Reset per document. */
const anonymous = new Set<number>();
/** Speaker phrases whose cut-off relative clause tells their kind. Reset per document. */
const described = new Map<number, SourceKind>();
/** "a man who identified himself as X": the token range of X, by the phrase's start offset. Reset per document. */
const renamed = new Map<number, [number, number]>();
/** "a farmer who gave only his first name, Ali": phrases whose aside is the name given. Reset per document. */
const givesName = new Set<number>();

const isParticipleChunk = (tokens: Token[], s: number): boolean => {
  const low = tokens[s].low;
  return low.endsWith('ing') || low === 'quoted' || low === 'cited' || low === 'who' || low === 'which';
};

/** Verbs of relaying someone's words: "State TV quoted an official as saying", "the paper cites residents saying". */
const RELAY_CITES = new Set(['quoted', 'cited', 'quotes', 'cites']);

/** "Moinul Haque, 38, a rickshaw puller, has been ...", "Muhammad Aslam, general secretary of the workers' union,
 * disputed ...": a person's name (two to four capitalised words) opening the sentence, an age and an apposition between
 * commas after it, then a word in lower case; the person as a source, with the kind the apposition gives. */
function openingPerson(doc: Document, t0: number, t1: number): SourceRef | undefined {
  const { tokens } = doc;
  let k = t0 + 2;
  while (k < Math.min(t1, t0 + 5) && tokens[k].low !== ',') k++;
  if (k >= t1 || tokens[k].low !== ',' || !personName(tokens, t0, k)) return undefined;
  let close = k + 1;
  while (close < Math.min(t1, k + 16) && tokens[close].low !== ',' && !isBoundaryPunct(tokens[close])) close++;
  // (an age alone first: "Moinul Haque, 38, a rickshaw puller,")
  if (close === k + 2 && isAge(tokens, k + 1)) {
    close++;
    while (close < Math.min(t1, k + 18) && tokens[close].low !== ',' && !isBoundaryPunct(tokens[close])) close++;
  }
  const v = close + 1;
  if (close >= t1 || tokens[close].low !== ',' || v >= t1 || tokens[v].kind !== 'word' || tokens[v].text !== tokens[v].low) return undefined;
  const sp = speakerBefore(tokens, v, t0);
  if (!sp || sp.s0 !== t0) return undefined;
  const d = describe(doc, sp);
  if (!d.kind || !d.name || !isOnePerson(d.name)) return undefined;
  return { name: d.name, kind: d.kind, span: { start: tokens[sp.s0].start, end: tokens[sp.s1 - 1].end } };
}

const TO_COME = new Set(['will', 'shall', 'may', 'might']);
/** The speaker's verb of saying comes after a modal of what is to come ("will say", "may claim"; "can confirm" says it
 * now). */
function sayingToCome(tokens: Token[], sp: Speaker, t1: number): boolean {
  const from = Math.max(sp.s1, sp.d1 ?? 0);
  for (let k = from; k < Math.min(t1, from + 3); k++) {
    if (TO_COME.has(tokens[k].low)) return lexicons().reporting.has(tokens[k + 1]?.low ?? '');
    if (!BETWEEN.has(tokens[k].low)) return false;
  }
  return false;
}

/** Speaker phrase ending just before token v (exclusive). */
function speakerBefore(tokens: Token[], v: number, t0: number): Speaker | undefined {
  let e = v;
  // ("The state broadcaster is reporting that ...": the progressive's auxiliary stands between too)
  if (e > t0 && IS_WAS.has(tokens[e - 1].low) && PARTICIPLE_VERBS.has(tokens[v].low)) e--;
  else if (e - 1 > t0 && labelWords('progressiveadverb').has(tokens[e - 1].low) && IS_WAS.has(tokens[e - 2].low) &&
    PARTICIPLE_VERBS.has(tokens[v].low)) e -= 2;
  const verbAt = e;
  while (e > t0 && BETWEEN.has(tokens[e - 1].low) && e > v - 5) e--;
  // ("Agus Priyanto, in Jakarta on Monday said": where the speaker spoke, with when, as translated copy puts them
  // before the verb; "the Coordination of Flood Victims in Kassala said" names its body with its place)
  let p = e;
  while (p - 1 > t0 && p > e - 3 && isCap(tokens[p - 1])) p--;
  if (p < e && p - 2 > t0 && tokens[p - 1].low === 'in' && (tokens[p - 2].low === ',' || (isCap(tokens[p - 2]) && e < verbAt))) {
    e = p - 1;
    while (e > t0 && BETWEEN.has(tokens[e - 1].low) && e > v - 8) e--;
  }
  // "a medical source there said", "officials there told AFP": a place adverb after the speaker's noun
  if (e - 1 > t0 && tokens[e - 1].low === 'there' && tokens[e - 2].kind === 'word' && e === v) e--;
  // "The RSF, which control the town, blamed the army and said 40 ...": a second verb of one subject; the subject
  // of the first verb speaks, the predicate between them is none of its name
  if (e - 1 > t0 && tokens[e - 1].low === 'and') return coordinatedSubject(tokens, e - 1, t0);
  // "opposition leaders, who said ...": the antecedent speaks
  // (a body's "which said" too: "taken to the X Medical Center, which said ...", the body alone)
  // ("The health ministry, which earlier in the day put the toll at 11, said ...": a phrase of time between "which" and
  // its verb)
  for (let w = e - 1; w > t0 + 1 && w >= e - 7 && RELATIVE_TIME.has(tokens[w].low); w--) {
    if (tokens[w - 1].low === 'which' && w - 2 > t0 && tokens[w - 2].low === ',') {
      e = w;
      break;
    }
  }
  if (e - 2 > t0 && tokens[e - 1].low === 'which' && tokens[e - 2].low === ',') {
    const a = t0 > 0 ? whichAntecedent(tokens, e - 2, t0 - 1) : undefined;
    const c = a === undefined ? undefined : cleanSpeaker(tokens, a, e - 2);
    return c && { s0: c[0], s1: c[1] };
  }
  if (e - 2 > t0 && isRelativeWho(tokens[e - 1]) && tokens[e - 2].low === ',') {
    const c = cleanSpeaker(tokens, chunkStart(tokens, e - 2, Math.max(t0, e - 14)), e - 2);
    return c && { s0: c[0], s1: c[1] };
  }
  const talk = talkBefore(tokens, e, t0);
  // ("Medical sources, in a conversation with our correspondent, stated": the subject right before the talk's comma,
  // when no apposition stands between)
  if (talk < e && talk - 1 > t0) {
    const c0 = chunkStart(tokens, talk - 1, Math.max(t0, talk - 15));
    const head = c0 < talk - 1 && (c0 === t0 || tokens[c0 - 1].low !== ',') ? cleanSpeaker(tokens, c0, talk - 1) : undefined;
    if (head) return { s0: head[0], s1: head[1] };
  }
  e = talk;
  if (e > t0 && tokens[e - 1].low === ',') {
    // "The ministry, which is run by the movement that holds the north, put ...", "A survivor, who asked that her
    // name not be used, said": a relative clause between speaker and verb may hold a "that" of its own
    for (let k = e - 2; k > Math.max(t0, e - 30); k--) {
      const t = tokens[k];
      if (t.low === ';' || t.low === ':' || QUOTES_OPEN.has(t.text) || QUOTES_CLOSE.has(t.text)) break;
      if (t.low !== ',') continue;
      // ("A guard who was on duty, and who asked not to be named, said": a second relative clause joined by "and")
      const rel = tokens[k + 1]?.low === 'and' && k + 2 < e ? tokens[k + 2] : tokens[k + 1];
      // ("Doctors at the X Hospital, where the wounded were flown, told ...": a clause of place, as of person)
      if (!(isRelativeWho(rel) || rel.low === 'which' || rel.low === 'whose' || rel.low === 'where')) break;
      const c0 = chunkStart(tokens, k, Math.max(t0, k - 14));
      if (c0 >= k) break;
      cleanSpeaker(tokens, c0, e - 1); // for what the clause says about the speaker (anonymous, a witness)
      const head = cleanSpeaker(tokens, c0, k);
      if (head) return { s0: head[0], s1: head[1] };
      break;
    }
    // "X, which claimed ..., said" / "X, a police spokesman, said" / "An army spokesman, Col. Y, said" /
    // "A local official, speaking on condition of anonymity, said" / "Hospital sources, however, said"
    // (an aside may hold a "that" of its own: "Mohammed, a driver who asked that only his first name be used, said")
    const c1 = chunkStart(tokens, e - 1, Math.max(t0, e - 30), false);
    if (c1 >= e - 1 || c1 <= t0 || tokens[c1 - 1].low !== ',') return undefined;
    let c0 = chunkStart(tokens, c1 - 1, Math.max(t0, c1 - 14));
    // "Mohammed al-Hassan, 34, a fisherman, said": an age between the name and its apposition
    if (c1 - 1 - c0 === 1 && isAge(tokens, c0) && c0 - 1 > t0 && tokens[c0 - 1].low === ',') {
      c0 = chunkStart(tokens, c0 - 1, Math.max(t0, c0 - 15));
      const named = cleanSpeaker(tokens, c0, chunkEnd(tokens, c0, c1));
      return named && { s0: named[0], s1: named[1], d0: c1, d1: e - 1 };
    }
    // "Mohammed al-Hassan, 34, said": the age alone
    if (e - 1 - c1 === 1 && isAge(tokens, c1)) {
      const named = cleanSpeaker(tokens, c0, c1 - 1);
      return named && { s0: named[0], s1: named[1] };
    }
    const head = cleanSpeaker(tokens, c0, c1 - 1);
    if (!head) return undefined;
    // ("ISSP, via Amaq, claimed 15 soldiers killed": the channel between commas relays the speaker before it)
    if (tokens[c1].low === 'via' && c1 + 1 < e - 1) {
      const via = tokens.slice(c1 + 1, e - 1).map((t, i) => (i > 0 && t.space ? ' ' : '') + t.text).join('');
      return { s0: head[0], s1: head[1], via };
    }
    const asideIsAdverb = (() => {
      for (let k = c1; k < e - 1; k++) if (!ADVERB_ASIDES.has(tokens[k].low)) return false;
      return true;
    })();
    if (asideIsAdverb) return { s0: head[0], s1: head[1] };
    if (isParticipleChunk(tokens, c1)) return { s0: head[0], s1: head[1], d0: c1, d1: e - 1 };
    const aside = cleanSpeaker(tokens, c1, e - 1);
    if (!aside) return undefined;
    // ("One of the freed girls, a 14-year-old who gave her name only as Amina, said": the name the aside gives is the
    // speaker's)
    const given = renamed.get(tokens[c1].start);
    if (given && !renamed.has(tokens[head[0]].start)) {
      renamed.set(tokens[head[0]].start, given);
      const d = described.get(tokens[c1].start);
      if (d) described.set(tokens[head[0]].start, d);
    }
    return { s0: head[0], s1: head[1], d0: aside[0], d1: aside[1] };
  }
  // "The Cal Fire update issued at 7 a.m. Tuesday said": the document speaks; its issuing time is no speaker
  // (only inside the subject: "In a statement sent to reporters, the group said" is the group speaking)
  for (let k = e - 1; k > Math.max(t0, e - 10); k--) {
    if (isBoundaryPunct(tokens[k])) break;
    // ("a statement released by the ministry" keeps its agent: describe() picks the ministry)
    if (DOC_PARTICIPLES.has(tokens[k].low) && k - 1 > t0 && DOC_NOUNS.has(tokens[k - 1].low) &&
      !(k + 1 < e && tokens[k + 1].low === 'by')) {
      e = k;
      break;
    }
  }
  let s = chunkStart(tokens, e, Math.max(t0, e - 14));
  // "..., the medical charity that employs them said": a relative "that" clause closes the subject; its head speaks
  if (s - 1 > t0 && relativeThat(tokens, s - 1)) {
    const c = cleanSpeaker(tokens, chunkStart(tokens, s - 1, Math.max(t0, s - 15)), s - 1);
    return c && { s0: c[0], s1: c[1] };
  }
  // ", in which local officials said ...": the relative clause opens before its speaker
  if (s + 2 < e && tokens[s + 1].low === 'which' && wordRole(tokens[s].low) === 'relprep') s += 2;
  if (s >= e) return undefined;
  const c = cleanSpeaker(tokens, s, e);
  if (!c) return undefined;
  return { s0: c[0], s1: c[1] };
}

/**
 * "X, the director of the port, in a conversation with our reporter stated that ...": a circumstance of talking
 * to the press, opened by ", in a" and a noun of role talk (attribution-words.txt), stands between the speaker
 * and the verb; the speaker phrase ends at its comma. Returns the new end (the token after the comma), else e.
 */
function talkBefore(tokens: Token[], e: number, t0: number): number {
  for (let k = e - 1; k > Math.max(t0, e - 10); k--) {
    if (tokens[k].low !== 'in' || tokens[k - 1].low !== ',') continue;
    const noun = /^(a|an|the|his|her|its|their)$/.test(tokens[k + 1]?.low) ? k + 2 : k + 1;
    if (noun >= e || !labelWords('talk').has(tokens[noun].low)) return e;
    for (let j = noun + 1; j < e; j++) if (tokens[j].low === 'with') return k;
    return e;
  }
  return e;
}

/** Tokens t0..s are a leading time phrase only ("By Thursday afternoon", "Late on Monday", "Later the same day"). */
function leadingTimeOnly(tokens: Token[], t0: number, s: number): boolean {
  for (let k = t0; k < s; k++) {
    const w = tokens[k].low;
    if (!(TIME_LEADS.has(w) || TIME_WORDS.has(w) || TIME_NOUNS.has(w) || TIME_MODIFIERS.has(w) || w === 'same' || w === 'later' ||
      lexicons().months.has(w) || tokens[k].kind === 'num')) return false;
  }
  return true;
}

/** A chunk that opens a relative clause ("which holds the town", "who asked not to be named"). */
function relativeChunk(tokens: Token[], c: number): boolean {
  const t = tokens[c];
  return !!t && (isRelativeWho(t) || t.low === 'which' || t.low === 'whose');
}

/** A verb by its form: a reporting verb, a past form, or a lower-case "-ed" word. */
function verbForm(t: Token): boolean {
  return t.kind === 'word' && t.text === t.low && (lexicons().reporting.has(t.low) || wordRole(t.low) === 'finite' ||
    (t.low.endsWith('ed') && t.low.length > 3));
}

/**
 * The subject of a predicate joined to the reporting verb by "and" (token a): "X blamed Y and said", "Police arrested
 * two men and said". The predicate opens the chunk after an aside ("X, which ..., blamed Y and") or follows the
 * subject in it; no verb found, no speaker (the predicate itself never is one).
 */
function coordinatedSubject(tokens: Token[], a: number, t0: number): Speaker | undefined {
  const cs = chunkStart(tokens, a, Math.max(t0, a - 20));
  for (let k = cs; k < a; k++) {
    if (!verbForm(tokens[k])) continue;
    if (k === cs) return k - 1 > t0 && tokens[k - 1].low === ',' ? speakerBefore(tokens, k, t0) : undefined;
    const c = cleanSpeaker(tokens, cs, k);
    return c && { s0: c[0], s1: c[1] };
  }
  return undefined;
}

/**
 * "that" (token k) opening a relative clause on a noun ("the charity that employs them", "the group that runs the
 * camp"), not a complement of a verb ("said that officials ...", "believed that"): a noun before it, a verb's form
 * after it and no speaker's word there.
 */
function relativeThat(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (tokens[k].low !== 'that' || !prev || !next || prev.kind !== 'word' || next.kind !== 'word' || next.text !== next.low) return false;
  if (lexicons().reporting.has(prev.low) || prev.low.endsWith('ed') || NOT_IN_SPEAKER.has(prev.low) || DETERMINERS.has(prev.low) ||
    /^(so|such|now|and|but|or|is|was|than)$/.test(prev.low)) return false;
  if (DETERMINERS.has(next.low) || PRONOUNS.has(next.low) || sourceMatch(tokens, k + 1, k + 2)) return false;
  // ("said on Tuesday that farmers ...": a reporting verb a few words back makes it the complement's "that")
  // ("said the aid group that runs the clinic": the speaker's own phrase after an inverted verb keeps it relative)
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (TIME_WORDS.has(tokens[j].low)) return false;
    if (!lexicons().reporting.has(tokens[j].low)) continue;
    if (!(j + 2 < k && DETERMINERS.has(tokens[j + 1].low) && lexicons().sources.endingAt(tokens, k, j + 2))) return false;
  }
  return wordRole(next.low) === 'finite' || /ed$/.test(next.low) || (/[^s]s$/.test(next.low) && next.low.length > 3);
}

/** A bare number a person's age could be ("Vesna Petrovic, 58,"). */
function isAge(tokens: Token[], k: number): boolean {
  return tokens[k].kind === 'num' && (tokens[k].value ?? 200) < 110 && !tokens[k].text.includes('.');
}

/** The end of the comma chunk that starts at s (exclusive), before `limit`. */
function chunkEnd(tokens: Token[], s: number, limit: number): number {
  let e = s;
  while (e < limit && tokens[e].low !== ',') e++;
  return e;
}

/** A word inside a hyphenated compound ("Officer-in-Charge", "Commander-in-Chief"): no boundary of its own. */
function hyphenated(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return k > 0 && k + 1 < tokens.length && t.kind === 'word' && !t.space && tokens[k - 1].low === '-' &&
    tokens[k + 1].low === '-' && !tokens[k + 1].space;
}

/** Noun phrase starting at token v, up to a clause boundary, at most 10 tokens. */
// ("..., the governor, Karim Bouzid, said at a news conference": a phrase of place or time after the verb is no speaker)
const PHRASE_PREPS = new Set(['at', 'during', 'in', 'on', 'after', 'before', 'near', 'outside', 'inside', 'following', 'upon', 'over']);
function phraseAfter(tokens: Token[], v: number, t1: number, max = 10): Speaker | undefined {
  if (v < t1 && PHRASE_PREPS.has(tokens[v].low)) return undefined;
  let e = v;
  const limit = Math.min(t1, v + max);
  let depth = 0;
  // ("the National Service of Integral Attention to Persons Deprived of Liberty (SNAI)": a body's name may hold "to"
  // between two capitalised words)
  const body = v + 1 < t1 && tokens[v].low === 'the' && isCap(tokens[v + 1]);
  while (e < limit) {
    const t = tokens[e];
    if (body && t.low === 'to' && e > v && isCap(tokens[e - 1]) && e + 1 < t1 && isCap(tokens[e + 1]) && tokens[e + 1].kind === 'word' &&
      tokens[e + 2]?.low !== ',' && tokens[e + 2]?.low !== '.' && lexicons().sources.at(tokens, e + 1, t1)?.data.kind !== 'media') {
      e++;
      continue;
    }
    if (t.low === '(') depth++;
    else if (t.low === ')') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && !hyphenated(tokens, e) && (isBoundaryPunct(t) || (t.low === '.' && !isAbbreviationDot(tokens, e)) || t.low === '!' || t.low === '?' || t.low === 'on' ||
      t.low === 'until' || t.low === 'till' || (t.low === 'up' && e + 1 < limit && tokens[e + 1].low === 'to') || t.low === 'in' || t.low === 'to' ||
      t.low === 'when' || t.low === 'as' || t.low === 'after' || t.low === 'while' || isRelativeWho(t) || t.low === 'which')) break;
    e++;
  }
  if (e <= v) return undefined;
  for (let k = v; k < e; k++) if (NOT_IN_SPEAKER.has(tokens[k].low)) return undefined;
  return { s0: v, s1: e };
}

/** Articles and counts that open the clause reported after "according to X" written with no comma. */
const CLAUSE_OPENERS = new Set(['the', 'a', 'an']);

/** "according to the Medical Superintendent Dr. Imran Khattak the condition of ...": the phrase from `at` up to an
 * article or count that follows a capitalised word or a source's noun, within ten tokens; else undefined. */
function bareAccordingPhrase(tokens: Token[], at: number, t1: number): Speaker | undefined {
  for (let k = at + 1; k < t1 && k < at + 10; k++) {
    const t = tokens[k];
    if (NOT_IN_SPEAKER.has(t.low) || isBoundaryPunct(t)) return undefined;
    const opens = CLAUSE_OPENERS.has(t.low) || t.kind === 'num' || lexicons().numberWords.has(t.low);
    if (!opens) continue;
    const prev = tokens[k - 1];
    const named = prev.kind === 'word' && (prev.text[0] !== prev.low[0] || lexicons().sources.at(tokens, k - 1, k) !== undefined);
    // (a name's own article or number: "the Ministry of the Interior", "Battalion 4")
    if (!named || prev.low === 'of') continue;
    if (tokens[k + 1]?.kind === 'punct') return undefined;
    return { s0: at, s1: k };
  }
  return undefined;
}

/** A bracket opens among tokens s..e (a short span: a label's first words). */
function bracketBetween(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (tokens[k].low === '(') return true;
  return false;
}

/** The subject at the start of a unit, for "X disputed the figures, telling reporters ...". */
function leadingSubject(tokens: Token[], t0: number, v: number): Speaker | undefined {
  // ("..., while Lyra put the number at 20, saying ...": a clause of contrast opens on its conjunction)
  // (the word after it starts no sentence: a capital there is a name's)
  const open = t0;
  while (t0 + 1 < v && LEADING_CONJUNCTIONS.has(tokens[t0].low)) t0++;
  let e = t0;
  let sawName = false;
  const limit = Math.min(v, t0 + 8);
  while (e < limit) {
    const t = tokens[e];
    const cap = t.kind === 'word' && t.text[0] !== t.low[0];
    if (t.kind === 'word' && !cap && sawName) break;
    if (cap && (e > t0 || t0 > open)) sawName = true;
    if (t.low === ',' || t.low === ';') break;
    e++;
  }
  if (!sawName || e >= limit) {
    const m = lexicons().sources.at(tokens, t0, v);
    if (!m) return undefined;
    return { s0: t0, s1: m.end };
  }
  return { s0: t0, s1: e };
}

/**
 * "Casualty figures (zonal administration):", a line of its own that ends on a bracketed source and a colon and
 * counts nothing: the heading of a list whose lines that source gives. The bracket's span, else undefined.
 */
function listHeading(doc: Document, t0: number, t1: number): Speaker | undefined {
  const { tokens } = doc;
  // ("KEY FIGURES (BNGRC, 2 March, 18:00)" over bullets: with no colon, the line of bullets under it marks a heading)
  const colon = tokens[t1 - 1].low === ':';
  const e = colon ? t1 - 1 : t1;
  if (e - 3 <= t0 || tokens[e - 1].low !== ')') return undefined;
  if (t1 < tokens.length && !doc.text.slice(tokens[t1 - 1].end, tokens[t1].start).includes('\n')) return undefined;
  if (!colon && !(t1 < tokens.length && LIST_BULLETS.has(tokens[t1].text))) return undefined;
  let open = e - 2;
  while (open > t0 && open > e - 14 && tokens[open].low !== '(' && tokens[open].low !== ')') open--;
  if (tokens[open].low !== '(' || open <= t0 || open + 1 >= e - 1) return undefined;
  // ("FLOOD IMPACT (source: provincial delegation of social action)": the label before the name is no part of it)
  if (/^sources?$/.test(tokens[open + 1].low) && tokens[open + 2]?.low === ':') open += 2;
  // ("Key figures (BASARNAS Manado, 08:00 WITA):": a time or date after the source's comma dates the list)
  let end = open + 1;
  while (end < e - 1 && tokens[end].low !== ',') end++;
  if (hasNumber(tokens, t0, end) || end === open + 1) return undefined;
  // ("KEY FIGURES (BNGRC, ...)": an acronym the text spells out elsewhere, "... Management (BNGRC)", names a body)
  const spelled = end === open + 2 && tokens[open + 1].text.length >= 3 && isAcronym(tokens, open + 1) &&
    doc.text.indexOf(`(${tokens[open + 1].text})`, tokens[e].end) >= 0;
  if (!spelled && !anySource(tokens, open + 1, end)) return undefined;
  return { s0: open + 1, s1: end };
}

/** The marks that open a list item. */
const LIST_BULLETS = new Set(['-', '*', '\u2022', '\u2013', '\u2014']);

/** A word of information at token j, after an optional "the" ("the data of", "information from"). */
function infoAt(tokens: Token[], j: number): boolean {
  return INFO_NOUNS.has(tokens[tokens[j]?.low === 'the' ? j + 1 : j]?.low ?? '');
}

/** Finds the speaker a unit's own attribution names. */
function findSpeaker(doc: Document, t0: number, t1: number): Speaker | undefined {
  const { tokens } = doc;
  const lex = lexicons();
  // "Casualty figures (zonal administration):" over a list of counts: the bracket names the list's source
  const listed = listHeading(doc, t0, t1);
  if (listed) return listed;
  // "Police: 18 killed, 9 rescued" — a source label before a colon; "14:05 - Health ministry: 23 dead" in a live blog
  let l0 = t0;
  while (l0 + 1 < t1 && (tokens[l0].kind === 'num' || tokens[l0].low === ':' || tokens[l0].low === '.' ||
    ((tokens[l0].low === '-' || tokens[l0].low === '\u2013' || tokens[l0].low === '\u2014') && l0 > t0))) l0++;
  for (let k = l0 + 1; k < Math.min(t1, l0 + 18); k++) {
    // (a bracket in the label may name its officer: "Fire Service (duty officer Rashed Bin Khalid): 5 dead")
    if (k >= l0 + 10 && !bracketBetween(tokens, l0, k)) break;
    if (tokens[k].low !== ':') continue;
    // 'Detective Inspector Sarah Kell said: "..."', "The Army informs public opinion of the following:": a
    // reporting verb before the colon makes a clause, read below, not a label
    let verb = false;
    // ("Prison director (cited by Actualite.cd): 743 escaped": a verb in a bracket names the channel, not a clause)
    let depth = 0;
    for (let j = l0; j < k; j++) {
      if (tokens[j].low === '(') depth++;
      else if (tokens[j].low === ')') depth = Math.max(0, depth - 1);
      else if (depth === 0 && lex.reporting.has(tokens[j].low) && !lex.weakReporting.has(tokens[j].low)) verb = true;
    }
    // ("Reports: 200 missing after ...": a lone word the lexicon knows as a source is a label, not a verb)
    if (verb && !(k - l0 === 1 && lex.sources.at(tokens, l0, k))) break;
    // ("This is a lie: only one of our brothers ...", "We're now hearing from the hospital in Mora: Dr X says ...": a
    // clause with its own verb or subject before the colon, not a label)
    if (depth === 0 && tokens.slice(l0, k).some((x) => CLAUSE_WORDS.has(x.low))) break;
    // "at approximately 10:30 a car bomb ...": a clock time, not a label
    if (tokens[k - 1].kind === 'num' && k + 1 < t1 && tokens[k + 1].kind === 'num' && !tokens[k + 1].space) break;
    // ("Crew: Fatalities: 2 / Occupants: 4", an aviation database's line): a label over another label heads a row of
    // figures, it names no speaker
    if (k + 2 < t1 && tokens[k + 1].kind === 'word' && tokens[k + 2].low === ':') break;
    // ("Passengers: 44", "Crew: 4": a row of who was aboard, headed by the people it counts)
    if (k === l0 + 1 && k + 1 < t1 && tokens[k + 1].kind === 'num' && lexiconRole('figure-words.txt', 'aboard-label').has(tokens[l0].low)) break;
    // ("ATTACK ON THE GAROU POLICE POST: TWO OFFICERS KILLED": a headline on the event, "post" a place, not a document)
    // ("Monitor's note: The Somali National Army said that ...": a note whose text names its own speaker is the
    // writer's aside, and the speaker in it speaks)
    if (OWN_VOICE.hasToken(tokens[k - 1]) && tokens.slice(k + 1, t1).some((t) => lex.reporting.has(t.low) &&
      !lex.weakReporting.has(t.low))) break;
    // ("Interior Minister Paula Vera has just updated the figures: 5 dead", "Lloret has updated the figures: 3 people
    // have died": whoever updated the figures speaks, named before the verb)
    if (k - 1 > l0 && ISSUED.has(tokens[k - 1].low)) {
      let v = l0 + 1;
      while (v < k - 1 && !(tokens[v].text === tokens[v].low && UPDATE_VERBS.has(tokens[v].low))) v++;
      let e = v;
      while (e > l0 + 1 && (tokens[e - 1].low === 'has' || tokens[e - 1].low === 'have' || tokens[e - 1].low === 'just')) e--;
      if (v < k - 1 && e > l0 && (anySource(tokens, l0, e) || tokens.slice(l0, e).every((x) => isCap(x)))) return { s0: l0, s1: e };
    }
    // ("Health: Partners treated 61 people", "Shelter: ...": a humanitarian sector heading a sitrep's paragraph names its
    // subject, not a speaker)
    // (but "Security: 4 killed" alone may be the security services speaking; "Food security:" is a sector)
    if (k - l0 <= 2 && tokens.slice(l0, k).every((x) => labelWords('sector').has(x.low)) &&
      !(k - l0 === 1 && tokens[l0].low === 'security')) break;
    // ("Media statement: Four killed in tavern shooting": a statement for the media is the issuer's own, no outlet's)
    if (k - 2 === l0 && ISSUED.has(tokens[k - 1].low) && FOR_THE_PRESS.has(tokens[l0].low)) break;
    if (k - 1 > l0 && ISSUED.has(tokens[k - 1].low) && anySource(tokens, l0, k - 1) &&
      !labelWords('eventhead').has(tokens[l0].low)) return { s0: l0, s1: k - 1 }; // "Developer statement: 12 dead"
    let anyKnown = false;
    // ("COLLAPSE OF CHURCH ROOF AT TECHIMAN: 7 DEAD": a headline that opens on the event names what happened, not who
    // speaks; "Fire service: 3 dead" opens on a body the lexicon knows)
    let placed = labelWords('eventhead').has(tokens[l0].low) && !lex.sources.at(tokens, l0, k);
    // ("Gwantu school attack: 31 pupils taken", "Al-Shabaab fighters attack Kiunga boat: 5 dead": a word of what
    // happened further in, in lower case, makes the label a headline on the event too)
    for (let j = l0 + 1; j < k && !placed; j++) {
      if (tokens[j].text === tokens[j].low && labelWords('eventhead').has(tokens[j].low)) placed = true;
    }
    for (let j = l0; j < k; j++) {
      // "JAILBREAK AT KEFFI CUSTODIAL CENTRE: 44 RECAPTURED": a body after a place preposition is where
      // something happened, not who speaks
      // ("ATTACK ON WORSHIPPERS AT ECWA CHURCH: 3 KILLED": people after "on" or "against" are the target)
      if ((labelWords('placeprep').has(tokens[j].low) || (j > l0 && (tokens[j].low === 'on' || tokens[j].low === 'against'))) &&
        !anyKnown) placed = true;
      if (lex.sources.at(tokens, j, k)) anyKnown = true;
    }
    // "Somalia, Gedo region, Luuq district: ...": a place header ends on a unit of territory, never a speaker;
    // "Burkina Faso, Sahel region, Djibo department:" a list of places whose first names no body is one too
    // ("Police, Kano State:" still names the police)
    let comma = -1;
    for (let j = l0; j < k && comma < 0; j++) if (tokens[j].low === ',') comma = j;
    // ("Forces in the field: 420 volunteers, 260 firefighters", "Personnel deployed: 94": a label of what was committed
    // to the incident names who worked there, not who speaks)
    if (tokens.slice(l0 + 1, k).some((x) => labelWords('committed').has(x.low))) break;
    // ("First good news: 34 of the abducted have been freed": tidings, not an outlet)
    if (tokens[k - 1].low === 'news' && k - 2 >= l0 && labelWords('newsmood').has(tokens[k - 2].low)) break;
    if (placed || labelWords('placeunit').has(tokens[k - 1].low) || (comma > l0 && !anySource(tokens, l0, comma))) break;
    // "Rescue: ...", "Passengers on board: 33" are headings of figures, not speakers
    let heading = false;
    // (but a name in capitals ending on a body's word is no heading: "Shwe Yaung Rescue Team: 23 killed")
    let named = k - l0 >= 2 && lex.sources.at(tokens, k - 1, k) !== undefined && !lex.measures.at(tokens, k - 1, k);
    for (let j = l0; j < k; j++) if (tokens[j].kind !== 'word' || tokens[j].text[0] === tokens[j].low[0]) named = false;
    for (let j = l0; j < k && !named; j++) if (lex.measures.at(tokens, j, k)) heading = true;
    if (anyKnown && !heading && tokens[l0].kind === 'word') {
      // ("Prison director (cited by Actualite.cd):": the bracket names the channel)
      const open = tokens[k - 1].low === ')' ? tokens.slice(l0, k).findIndex((t) => t.low === '(') + l0 : -1;
      if (open > l0 && open + 3 < k - 1 && /^(cited|quoted)$/.test(tokens[open + 1].low) && tokens[open + 2].low === 'by') {
        return { s0: l0, s1: open, via: doc.text.slice(tokens[open + 3].start, tokens[k - 2].end) };
      }
      // ("A nurse at Gao hospital (anonymous, to Reuters):": the bracket withholds the name and names the channel)
      if (open > l0 && tokens[k - 1].low === ')' && withheldBracket(tokens, open + 1, k - 1)) {
        anonymous.add(tokens[l0].start);
        let to = open + 1;
        while (to < k - 1 && tokens[to].low !== 'to' && tokens[to].low !== 'via') to++;
        const via = to + 1 < k - 1 ? doc.text.slice(tokens[to + 1].start, tokens[k - 2].end) : undefined;
        return via ? { s0: l0, s1: open, via } : { s0: l0, s1: open };
      }
      // ("Fire Service and Civil Defence (duty officer Rashed Bin Khalid):": the body speaks, its officer in brackets)
      if (open > l0 + 1 && k - l0 > 10 && anySource(tokens, l0, open)) return { s0: l0, s1: open };
      return { s0: l0, s1: k };
    }
    break;
  }
  // A headline that ends with its source: "30 dead in market blast - police", "45 rescued: coast guard"
  {
    let e = t1;
    while (e > t0 && (tokens[e - 1].low === '.' || QUOTES_CLOSE.has(tokens[e - 1].text))) e--;
    for (let k = e - 2; k > t0 && k >= e - 5; k--) {
      const low = tokens[k].low;
      if (low !== ':' && low !== '\u2014' && low !== '\u2013' && !(low === '-' && tokens[k].space)) continue;
      let fig = false;
      for (let j = t0; j < k; j++) if (tokens[j].kind === 'num') fig = true;
      const m = fig ? lex.sources.at(tokens, k + 1 + (tokens[k + 1].low === 'the' ? 1 : 0), e) : undefined;
      if (m && m.end === e && !hasNumber(tokens, k + 1, e)) return { s0: k + 1, s1: e };
      break;
    }
  }
  // ("The ministry rejects the false claim made by the Khawarij that dozens ...", "denies the claims ..., attributed to a
  // terrorist group, according to which ...": a claim the denier names the maker of is its maker's, as denied reports
  // are the reports'; the denier's own verb comes first, so this is looked for first)
  for (let v = t0; v < t1; v++) {
    if (!CLAIM_NOUNS.hasToken(tokens[v])) continue;
    const maker = deniedClaimMaker(tokens, v, t0, t1);
    if (maker) return maker;
  }
  const quoted = new QuoteBeforeSpeaker(tokens, t0, t1);
  let contradicted = false;
  for (let v = t0; v < t1; v++) {
    const low = tokens[v].low;
    // "Contrary to what the army has said, ...": the army is the speaker being contradicted, not the source
    if (CONTRARY.hasToken(tokens[v])) contradicted = true;
    else if (low === ',') contradicted = false;
    if (contradicted) continue;
    // (most words open none of the rules below: one bitmap test passes them)
    if (!SPEAKER_CUES.hasToken(tokens[v])) continue;
    // ("(Tojik-Inform)": a word joined by a hyphen is part of a name, not a verb)
    if (v > t0 && tokens[v - 1].low === '-' && !tokens[v - 1].space && !tokens[v].space) continue;
    // ("a passenger alerted the bus company": alerting someone names no speech; "alerted this Friday that" does)
    if (low === 'alerted' && v + 1 < t1 && (ALERTED_OBJECTS.has(tokens[v + 1].low) || isCap(tokens[v + 1]))) continue;
    // ("Eleven passengers reported minor injuries": harm complained of, not a report)
    if (harmReported(tokens, v, t1)) continue;
    // ("Early reports by the Togolese Press Agency gave ...", "Initial reports from the agency put ...": the noun, not
    // the verb; the maker speaks with the verb after it)
    // ("Initial estimates by the Commission ... put the number at": so are estimates)
    if ((low === 'reports' || low === 'report' || low === 'estimates') && v + 1 < t1 && (tokens[v + 1].low === 'by' || tokens[v + 1].low === 'from') &&
      (v === t0 || REPORT_OPENERS.has(tokens[v - 1].low))) continue;
    // ("The governor's office released a statement saying 37 people were wounded", "Police issued a statement on
    // Monday putting the toll at 22": the body that put out the document speaks)
    if (PARTICIPLE_VERBS.has(low) || low === 'putting' || low === 'giving') {
      const issuer = documentIssuer(tokens, v, t0);
      if (issuer) return issuer;
    }
    // "Quoting a district official, the Post reported ...": the official speaks, the reporting subject relays
    if ((low === 'quoting' || low === 'citing') && v === t0) {
      const q = phraseAfter(tokens, v + 1, t1);
      const c = q && q.s1 < t1 && tokens[q.s1].low === ',' ? cleanSpeaker(tokens, q.s0, q.s1) : undefined;
      if (c && namesSpeaker(tokens, c[0], c[1])) {
        const out: Speaker = { s0: c[0], s1: c[1] };
        for (let k = q!.s1 + 1; k < Math.min(t1, q!.s1 + 12); k++) {
          if (!lex.reporting.has(tokens[k].low)) continue;
          const ch = speakerBefore(tokens, k, q!.s1 + 1);
          if (ch) {
            let a = ch.s0;
            if (tokens[a].low === 'the' && ch.s1 - a > 1) a++;
            out.via = doc.text.slice(tokens[a].start, tokens[ch.s1 - 1].end);
          }
          break;
        }
        return out;
      }
    }
    // "By the ministry's count, 61 ...", "..., by the UN's tally": a count named by its maker's possessive
    if (low === 'by' && (v === t0 || tokens[v - 1].low === ',')) {
      const k = countMaker(tokens, v + 1, t1);
      if (k > v + 1) return { s0: v + 1, s1: k };
    }
    // ("..., the agency reported, quoting the governor": quoting after a comma passes on the one quoted, like citing)
    // ("Gunmen killed 7 villagers near Zurmi, via AFP.": a coder's "via" after a comma credits a known source, as "per")
    // ("A village elder (anonymous, via Radio Ndeke Luka) put the toll at 13": in a bracket that withholds the name of
    // the speaker before it, "via" names that speaker's channel, as "to" does)
    if (low === 'via' && v > t0 && tokens[v - 1].low === ',' && lex.sources.at(tokens, v + 1, t1) && !withheldVia(tokens, v, t0)) {
      const sp = phraseAfter(tokens, v + 1, t1);
      // (not an aside before the speaker's own verb: "ISSP, via Amaq, claimed 15 soldiers killed" is ISSP's, relayed)
      const aside = !!sp && sp.s1 + 1 < t1 && tokens[sp.s1].low === ',' && lex.reporting.has(tokens[sp.s1 + 1].low);
      const c = sp && !aside && cleanSpeaker(tokens, sp.s0, sp.s1);
      if (c && namesSpeaker(tokens, c[0], c[1])) return { s0: c[0], s1: c[1] };
    }
    // "In the words of the governor, 12 people died": the one whose words they are speaks (translated: "From the
    // words of eyewitnesses, ...")
    if (low === 'words' && v - 2 >= t0 && tokens[v - 1].low === 'the' && /^(in|from)$/.test(tokens[v - 2].low) && tokens[v + 1]?.low === 'of') {
      const q = phraseAfter(tokens, v + 2, t1);
      const c = q && q.s1 < t1 && tokens[q.s1].low === ',' ? cleanSpeaker(tokens, q.s0, q.s1) : undefined;
      if (c && namesSpeaker(tokens, c[0], c[1])) return { s0: c[0], s1: c[1] };
    }
    // ("In accordance with the data of the health ministry, ...", "Based on information from the police, ..." that
    // open a sentence: translated and official ways of saying "according to")
    // (only before a word of information: "in accordance with Islamic rites" cites no one)
    const accordance = ((low === 'accordance' && v > t0 && tokens[v - 1].low === 'in' && tokens[v + 1]?.low === 'with') ||
      (low === 'based' && v === t0 && tokens[v + 1]?.low === 'on')) && infoAt(tokens, v + 2);
    if (low === 'according' || low === 'per' || low === 'citing' || low === 'following' || accordance ||
      (low === 'quoting' && v - 1 > t0 && tokens[v - 1].low === ',' && lex.reporting.has(tokens[v - 2].low))) {
      const at = low === 'according' || low === 'following' || accordance ? v + 2 : v + 1;
      if ((low === 'according' || low === 'following') && !(v + 1 < t1 && tokens[v + 1].low === 'to')) continue;
      if (low === 'per' && v > t0 && tokens[v - 1].low !== ',' && tokens[v - 1].low !== 'as' &&
        !lex.sources.at(tokens, v + 1, t1)) continue;
      // (room for "the operational data of the Main Directorate of the State Emergency Service")
      let sp = low === 'according' ? whatSaid(tokens, at, t1) : undefined;
      sp ??= phraseAfter(tokens, at, t1, 16);
      // ("according to a provisional toll issued on Sunday by the services of the Civil Protection": a time phrase
      // between the document's participle and its agent)
      if (sp && low === 'according' && ISSUED_BY.has(tokens[sp.s1 - 1].low)) {
        for (let b = sp.s1; b < Math.min(t1, sp.s1 + 5); b++) {
          if (tokens[b].low === ',' || tokens[b].low === '.') break;
          if (tokens[b].low !== 'by') continue;
          const agent = phraseAfter(tokens, b + 1, t1, 12);
          if (agent) sp = agent;
          break;
        }
      }
      // ("where according to the Medical Superintendent Dr. Imran Khattak the condition of 2 is critical", "according
      // to doctors 2 policemen are critical": no comma, the reported clause opens on its own article or count after
      // a name or a source's noun)
      if (!sp && low === 'according') sp = bareAccordingPhrase(tokens, at, t1);
      // "The bus, which according to the operator was carrying 52 ...": no comma closes the phrase, the verb does
      if (!sp && low === 'according') {
        let e = at;
        while (e < t1 && e < at + 8 && !NOT_IN_SPEAKER.has(tokens[e].low) && !isBoundaryPunct(tokens[e]) && tokens[e].kind === 'word') e++;
        // ("according to the latest information the number of the injured has reached 214": information no one is
        // named as giving speaks for no one; the clause opens on the article after it)
        let bare = false;
        for (let j = at; j + 1 < e && !bare; j++) bare = INFO_NOUNS.has(tokens[j].low) && tokens[j + 1].low === 'the';
        if (bare) continue;
        // (not a document: "according to the passenger list were 47 persons" stays the speaker's before)
        if (e > at && e < t1 && NOT_IN_SPEAKER.has(tokens[e].low) && wordRole(tokens[e - 1].low) !== 'notspeaker') sp = { s0: at, s1: e };
      }
      if (sp) {
        // "according to a security source cited by AFP": the source speaks, the agency only relays it
        let relayedBy: string | undefined;
        for (let j = sp.s0 + 1; j + 1 < Math.min(sp.s1, sp.s0 + 8); j++) {
          if (tokens[j].low !== 'by' || !RELAY_VERBS.has(tokens[j - 1].low)) continue;
          const ch = cleanSpeaker(tokens, j + 1, sp.s1);
          if (ch) relayedBy = doc.text.slice(tokens[ch[0]].start, tokens[ch[1] - 1].end);
          sp.s1 = j - 1;
          break;
        }
        // "according to (the) information/data received from the Fire Service"
        for (let j = sp.s0; j < Math.min(sp.s1, sp.s0 + 5); j++) {
          if ((tokens[j].low === 'from' || tokens[j].low === 'of' || tokens[j].low === 'by') && j + 1 < sp.s1 &&
            (INFO_NOUNS.has(tokens[j - 1 >= sp.s0 ? j - 1 : j].low || '') ||
              (j > sp.s0 && tokens[j].low !== 'of' && /ed$/.test(tokens[j - 1].low)))) { // "data compiled by X"
            sp.s0 = j + 1;
            break;
          }
          if ((tokens[j].low === 'from' || tokens[j].low === 'of') && j > sp.s0 && INFO_NOUNS.has(tokens[sp.s0 + (tokens[sp.s0].low === 'the' ? 1 : 0)].low)) {
            sp.s0 = j + 1;
            break;
          }
        }
        const c = cleanSpeaker(tokens, sp.s0, sp.s1);
        // ("surrendered ..., citing disillusionment with the movement": a reason cited is no one citing; a source cited
        // opens on a name or a word the sources lexicon knows)
        if (c && low === 'citing' && !citedSource(tokens, c[0], c[1])) continue;
        // ("according to the passenger manifest": a record speaks for no one; the voice in force goes on, unless the
        // record names whom it was filed with or kept by: "the manifest filed with the coast guard")
        if (c && low === 'according' && instrumentAgent(tokens, c[0], c[1])) {
          const keeper = recordKeeper(tokens, c[0], c[1]);
          if (!keeper) continue;
          c[0] = keeper[0];
          c[1] = keeper[1];
        }
        // "According to the state news agency, citing a provincial official, ...": the one cited speaks, the
        // agency relays
        if (c && (low === 'according' || low === 'per') && c[1] + 2 < t1 && tokens[c[1]].low === ',' &&
          (tokens[c[1] + 1].low === 'citing' || tokens[c[1] + 1].low === 'quoting')) {
          const q = phraseAfter(tokens, c[1] + 2, t1);
          const o = q && cleanSpeaker(tokens, q.s0, q.s1);
          if (o && namesSpeaker(tokens, o[0], o[1])) {
            let a = c[0];
            if (tokens[a].low === 'the' && c[1] - a > 1) a++;
            return { s0: o[0], s1: o[1], via: doc.text.slice(tokens[a].start, tokens[c[1] - 1].end) };
          }
        }
        if (c && namesSpeaker(tokens, c[0], c[1])) {
          const out: Speaker = relayedBy ? { s0: c[0], s1: c[1], via: relayedBy } : { s0: c[0], s1: c[1] };
          // "according to a local official who requested anonymity", "according to a doctor, speaking on condition
          // of anonymity": the clause after the phrase withholds the name
          let w = c[1];
          if (tokens[w]?.low === ',') w++;
          if (w < t1 && (isRelativeWho(tokens[w]) || tokens[w].low === 'speaking') && unnamedIn(tokens, w, Math.min(t1, w + 10)) &&
            withheld(tokens, w, Math.min(t1, w + 10))) anonymous.add(tokens[c[0]].start);
          // "According to the local administrator, Issa Konate, the raiders ...": the person named in apposition
          // ("according to the spokesperson of SERNAP in Zambézia, Mr. Abílio Mussa": past the place of the body)
          const comma = pastBodyPlace(tokens, c[1], t1);
          if (comma + 2 < t1 && tokens[comma].low === ',') {
            let ap = chunkEnd(tokens, comma + 1, Math.min(t1, comma + 6));
            // (or closing the sentence: "..., according to its director, Ramon Felix.")
            if (ap === t1 && tokens[ap - 1].low === '.') ap--;
            // (there only after a role the lexicon knows: "the contractor, Highland Infra." may be a firm)
            if ((tokens[ap]?.low === ',' || kindOf(tokens, c[0], c[1]).kind !== undefined) && personName(tokens, comma + 1, ap)) {
              out.d0 = comma + 1;
              out.d1 = ap;
            }
          }
          return out;
        }
      }
      continue;
    }
    // "The governor's office has just released new figures: 74 people rescued ...": whoever puts out the figures
    // gives them, when they follow at once (after a colon or "showing")
    if (PUT_OUT.has(low)) {
      const by = figuresPutOut(tokens, t0, v, t1);
      if (by) return by;
    }
    // "a video posted by the group showed ...", "X released footage showing ...": whoever put it out speaks
    if (SHOW.hasToken(tokens[v])) {
      const poster = mediaPoster(tokens, t0, v, t1);
      if (poster) return poster;
    }
    // "Channels Television is quoting a hospital source as saying two more died": the one quoted speaks, via the subject
    if ((low === 'quoting' || low === 'citing') && v > t0 && IS_WAS.has(tokens[v - 1].low)) {
      const q = phraseAfter(tokens, v + 1, t1);
      const c = q && q.s1 + 1 < t1 && tokens[q.s1].low === 'as' && tokens[q.s1 + 1].low === 'saying' ? cleanSpeaker(tokens, q.s0, q.s1) : undefined;
      const by = c ? speakerBefore(tokens, v - 1, t0) : undefined;
      if (c && by && namesSpeaker(tokens, c[0], c[1])) {
        let a = by.s0;
        if (tokens[a].low === 'the' && by.s1 - a > 1) a++;
        return { s0: c[0], s1: c[1], via: doc.text.slice(tokens[a].start, tokens[by.s1 - 1].end) };
      }
    }
    if (!REPORTING.hasToken(tokens[v]) || tokens[v].kind !== 'word') continue;
    // "Dr Mwanaisha Said, the medical officer ..., said": a reporting word written as a name after a name, with the
    // clause's own verb still to come, is a surname
    if (v > t0 && surnameVerb(tokens, v, t1)) continue;
    // "He added that according to the passengers, three people died": the one the speaker cites speaks
    if (tokens[v + 1]?.low === 'that' && tokens[v + 2]?.low === 'according' && tokens[v + 3]?.low === 'to') continue;
    // ("who declined to be named for fear of reprisals": a verb used as a noun after "for" and before "of" reports nothing)
    if (v > t0 && tokens[v - 1].low === 'for' && tokens[v + 1]?.low === 'of') continue;
    // ("an unlicensed gold claim near Redcliff", "3 claim operators arrested": a bare "claim" or "report" after a
    // determiner's noun phrase or before a plural noun is a noun itself)
    if ((low === 'claim' || low === 'report') && bareNounUse(tokens, v, t0, t1)) continue;
    // ("three alleged gang members lost their lives", "the alleged kidnappers": "alleged" before a noun qualifies it)
    if ((low === 'alleged' || low === 'purported') && v + 1 < t1 && tokens[v + 1].kind === 'word' &&
      !REPORTED_OPENERS.has(tokens[v + 1].low)) continue;
    // '"They said if we don't pay ...," said the man': a verb inside the quotation is the quoted person's story;
    // the reporting clause after the closing quote names who speaks
    if (quoted.at(v)) continue;
    // "the District Hospital admitted 412 patients": taking people in is an act, not a report
    if (wordRole(low) === 'intake' && countedObject(tokens, v + 1, t1)) continue;
    // ("Nine of them remain admitted, ... Dr. Grace Padilla said": a state after "remain" or "be" reports nothing)
    if (wordRole(low) === 'intake' && v > t0 && /^(were|was|are|is|been|being|remain|remains|remained)$/.test(tokens[v - 1].low)) continue;
    // ("23 patients, including nine children admitted for severe malnutrition, were inside": taken in for care or
    // to a ward, no confession)
    if (wordRole(low) === 'intake' && v + 1 < t1 && /^(for|to|into|at|with|in)$/.test(tokens[v + 1].low)) continue;
    // ("most of them fishermen who put to sea before the alert was raised": a weak verb in the passive reports nothing,
    // and "put" reports only a figure it puts at something: "put the toll at 19")
    if (lex.weakReporting.has(low) && v > t0 && /^(were|was|are|is|been|being)$/.test(tokens[v - 1].low)) continue;
    if ((low === 'put' || low === 'puts') && !tokens.slice(v + 1, Math.min(t1, v + 10)).some((t) => t.low === 'at' ||
      TALLY_WORDS.has(t.low))) continue;
    // "a Toyota Fortuner reported stolen in Durban", "the trawler reported missing last week": a participle of report
    // before a state it puts its noun in describes the noun; nobody speaks
    if (v > t0 && tokens[v - 1].kind === 'word' && low.endsWith('ed') && statePredicate(tokens, v + 1, t1)) continue;
    // "the mukhtar of Tell Marwan", "Said Ahmed": a capitalised verb inside a name is part of the name
    // ("Tell al-Dhahab": or an Arabic article's name after it)
    if (v > t0 && tokens[v].text[0] !== low[0] && v + 1 < t1 && tokens[v + 1].kind === 'word' &&
      (tokens[v + 1].text[0] !== tokens[v + 1].low[0] || arabicArticle(tokens, v + 1)) &&
      !QUOTES_CLOSE.has(tokens[v - 1].text)) continue;
    // "May 5 (Horn Report) -": a capitalised word closing a bracketed name ends the name, it reports nothing
    if (v > t0 && tokens[v].text[0] !== low[0] && tokens[v + 1]?.low === ')' && tokens[v - 1].kind === 'word' &&
      tokens[v - 1].text[0] !== tokens[v - 1].low[0]) continue;
    // "In a statement posted on Telegram, the group said": the participle dates the document, it says nothing
    // "a video posted by the group showed 9 ...": the agent, up to the main verb, speaks
    if (DOC_PARTICIPLES.has(low) && v > t0 && (DOC_NOUNS.has(tokens[v - 1].low) || MEDIA_NOUNS.has(tokens[v - 1].low))) {
      if (!(v + 2 < t1 && tokens[v + 1].low === 'by')) continue;
      let lim = v + 2;
      while (lim < t1 && lim < v + 12 && !lex.reporting.has(tokens[lim].low) && !SHOW_VERBS.has(tokens[lim].low)) lim++;
      const ph = phraseAfter(tokens, v + 2, lim);
      const c = ph && cleanSpeaker(tokens, ph.s0, ph.s1);
      if (c) return { s0: c[0], s1: c[1] };
      continue;
    }
    if (v + 1 < t1 && lex.reporting.has(tokens[v + 1].low)) continue; // "reports indicated": the verb is the second
    // ("six men alleged to have sold the liquor", "a man said to be their leader": a participle of report before "to
    // be" / "to have" says what others hold of its noun; nobody speaks)
    if (v > t0 && HELD_OF.has(low) && tokens[v - 1].kind === 'word' && tokens[v + 1]?.low === 'to' &&
      /^(be|have)$/.test(tokens[v + 2]?.low ?? '')) continue;
    // "two people briefed on the operation said": a participle describing the speaker, not its verb
    if (low === 'briefed' && v + 1 < t1 && (tokens[v + 1].low === 'on' || tokens[v + 1].low === 'about')) continue;
    // "a resident who gave his name only as Wasike said": giving one's name reports nothing
    if (/^(gave|give|gives|giving)$/.test(low) && tokens.slice(v + 1, Math.min(t1, v + 5)).some((t) => t.low === 'name' || t.low === 'names')) continue;
    const prev = v > t0 ? tokens[v - 1] : undefined;
    // "the number of confirmed deaths", "reported casualties": a participle before a toll noun is an adjective
    if (low.endsWith('ed') && v + 1 < t1 && (prev?.low === 'of' || lex.measureSlots.noun.at(tokens, v + 1, t1) ||
      lex.measureSlots.nom.at(tokens, v + 1, t1))) continue;
    // "the blaze claimed 9 lives", "the attack claimed the lives of 12": claiming lives is killing, not saying
    if ((low === 'claimed' || low === 'claims' || low === 'claim' || low === 'claiming') && livesAfter(tokens, v + 1, t1)) continue;
    // "IS claimed a bombing at the same mosque in 2021 that killed more than 50 people": owning an attack is no word
    // on its toll; the relative clause that gives it is the writer's
    if ((low === 'claimed' || low === 'claims' || low === 'claiming') && claimedAttackClause(tokens, v + 1, t1)) continue;
    // "an estimated 80,000", "the reported 12 deaths": after an article the word is an adjective, not a verb
    // ("Out of those admitted, nine ...": after "those" a participle names people, it reports nothing)
    if (prev && (prev.low === 'an' || prev.low === 'a' || prev.low === 'the' || prev.low === 'those')) continue;
    // ("Since the last report, 7 more bodies ...", "in its previous update": after an article and an adjective of
    // time the word is a noun too)
    if (prev && v - 2 >= t0 && (INFO_ADJECTIVES.has(prev.low) || prev.low === 'previous') &&
      (DETERMINERS.has(tokens[v - 2].low) || tokens[v - 2].low === 'its' || tokens[v - 2].low === 'their')) continue;
    // "the 26 deaths reported by local media": a reduced passive with its agent
    if (prev && prev.kind === 'word' && low.endsWith('ed') && v + 2 < t1 && tokens[v + 1].low === 'by' &&
      !['were', 'was', 'been', 'be', 'is', 'are', 'being', 'to'].includes(prev.low)) {
      const sp = phraseAfter(tokens, v + 2, t1);
      const c = sp && cleanSpeaker(tokens, sp.s0, sp.s1);
      // ("cases confirmed by culture at the hospital laboratory": a test is no agent that speaks)
      if (c && instrumentAgent(tokens, c[0], c[1])) continue;
      // ("Police sources quoted by the paper El Sol said": the ones quoted speak, the agent relays them)
      const quoted = c && (low === 'quoted' || low === 'cited') ? speakerBefore(tokens, v, t0) : undefined;
      if (c && quoted && anySource(tokens, quoted.s0, quoted.s1)) {
        let a = c[0];
        if (tokens[a].low === 'the' && c[1] - a > 1) a++;
        // (the agent ends at the clause's own verb: "quoted by the paper El Sol said ...")
        let b = a + 1;
        while (b < c[1] && !lex.reporting.has(tokens[b].low)) b++;
        return { ...quoted, via: doc.text.slice(tokens[a].start, tokens[b - 1].end) };
      }
      if (c && anySource(tokens, c[0], c[1])) return { s0: c[0], s1: c[1] };
    }
    // "..., police spokesperson Charles Owino was quoted as saying by the Daily Nation": the person speaks
    if ((low === 'quoted' || low === 'cited') && prev && (prev.low === 'was' || prev.low === 'were') && v + 1 < t1 &&
      tokens[v + 1].low === 'as') {
      const sp = speakerBefore(tokens, v - 1, t0);
      if (sp) {
        for (let k = v + 2; k < Math.min(t1 - 1, v + 5); k++) {
          if (tokens[k].low !== 'by') continue;
          const ch = phraseAfter(tokens, k + 1, t1);
          if (ch) {
            if (tokens[ch.s0].low === 'the' && ch.s1 - ch.s0 > 1) ch.s0++;
            sp.via = doc.text.slice(tokens[ch.s0].start, tokens[ch.s1 - 1].end);
          }
          break;
        }
        return sp;
      }
    }
    // "Alwihda Info cited a village chief who reported 19 dead": the one cited speaks, the subject relays
    if ((low === 'cited' || low === 'quoted') && v > t0 && prev && prev.kind === 'word') {
      const q = phraseAfter(tokens, v + 1, t1);
      const c = q && q.s1 < t1 && isRelativeWho(tokens[q.s1]) && q.s1 + 1 < t1 && lex.reporting.has(tokens[q.s1 + 1].low) ?
        cleanSpeaker(tokens, q.s0, q.s1) : undefined;
      const by = c && namesSpeaker(tokens, c[0], c[1]) ? speakerBefore(tokens, v, t0) : undefined;
      if (c && by) {
        let a = by.s0;
        if (tokens[a].low === 'the' && by.s1 - a > 1) a++;
        return { s0: c[0], s1: c[1], via: doc.text.slice(tokens[a].start, tokens[by.s1 - 1].end) };
      }
    }
    // "The Chief of General Staff brings to the attention of the public that ...": an opening formula
    if ((low === 'brings' || low === 'bring') && v + 3 < t1 && tokens[v + 1].low === 'to' && tokens[v + 3].low === 'attention') {
      const sp = speakerBefore(tokens, v, t0);
      if (sp) return sp;
    }
    // "The Police Command wishes to inform the public that", "regrets to announce", "is pleased to announce"
    if (prev && prev.low === 'to' && v - 2 >= t0 && OPENING_TO.has(tokens[v - 2].low)) {
      let e = v - 2;
      while (e > t0 && (BE_WORDS.has(tokens[e - 1].low) || tokens[e - 1].low === 'deeply' || tokens[e - 1].low === 'would')) e--;
      const sp = speakerBefore(tokens, e, t0);
      if (sp) return sp;
    }
    // "There were unverified claims on social media that 100 ...", "Amid claims that 40 ...": hearsay as a noun, with
    // where it ran, names no one
    if (labelWords('hearsaynoun').has(low) && prev && (labelWords('hearsaylead').has(prev.low) || (v - 2 >= t0 &&
      labelWords('hearsaylead').has(tokens[v - 2].low) && labelWords('hearsayadj').has(prev.low)))) {
      let e = v + 1;
      while (e < t1 && e < v + 5 && tokens[e].low !== 'that' && tokens[e].kind === 'word') e++;
      if (e < t1 && tokens[e].low === 'that' && (e === v + 1 || /^(on|in|online)$/.test(tokens[v + 1].low))) return { s0: v, s1: e };
    }
    // ("The state broadcaster is reporting that 12 ...", "Residents are saying 40 died": the progressive, no passive)
    // ("The state-run X is now reporting 23 deaths": an adverb of time between the auxiliary and the participle)
    const progressive = prev && (IS_WAS.has(prev.low) ||
      (labelWords('progressiveadverb').has(prev.low) && v - 2 >= t0 && IS_WAS.has(tokens[v - 2].low)));
    if (progressive && PARTICIPLE_VERBS.has(low)) {
      const sp = speakerBefore(tokens, v, t0);
      if (sp && namesSpeaker(tokens, sp.s0, sp.s1)) return withVia(doc, sp, v, t1);
      continue;
    }
    if (prev && (prev.low === 'were' || prev.low === 'was' || prev.low === 'been' || prev.low === 'be' ||
      (prev.low === 'is' && !isAcronym(tokens, v - 1)) || prev.low === 'are' || prev.low === 'being' || prev.low === 'to')) {
      // "as was reported by the press service of the police": the agent of a passive reporting verb
      // ("it was reported to ANNM by local sources": past the hearer, to the agent)
      let by = v + 1;
      if (prev.low !== 'to' && tokens[by]?.low === 'to') {
        let b = by + 1;
        while (b < Math.min(t1, by + 6) && tokens[b].low !== 'by' && tokens[b].kind === 'word') b++;
        if (b < t1 && tokens[b].low === 'by') by = b;
      }
      if (prev.low !== 'to' && by + 1 < t1 && tokens[by].low === 'by') {
        const sp = phraseAfter(tokens, by + 1, t1);
        const c = sp && cleanSpeaker(tokens, sp.s0, sp.s1);
        if (c && namesSpeaker(tokens, c[0], c[1]) && !instrumentAgent(tokens, c[0], c[1])) return { s0: c[0], s1: c[1] };
      }
      continue; // passive without an agent, infinitive
    }
    // "Attackers estimated at 20-25 by SSP": the agent after the count a participle of estimating puts
    if (ESTIMATING.has(low) && tokens[v + 1]?.low === 'at' && prev && prev.kind === 'word' &&
      (tokens[v + 2]?.kind === 'num' || lex.numberWords.has(tokens[v + 2]?.low ?? ''))) {
      for (let b = v + 3; b < Math.min(t1 - 1, v + 7); b++) {
        if (tokens[b].low !== 'by') continue;
        const sp = phraseAfter(tokens, b + 1, t1);
        const c = sp && cleanSpeaker(tokens, sp.s0, sp.s1);
        if (c && (anySource(tokens, c[0], c[1]) || (c[1] - c[0] === 1 && /^[A-Z]{2,6}$/.test(tokens[c[0]].text)))) return { s0: c[0], s1: c[1] };
        break;
      }
    }
    // ("The kidnappers, estimated by residents at more than 50,": the agent before "at" and the count)
    if (ESTIMATING.has(low) && tokens[v + 1]?.low === 'by' && prev && (prev.kind === 'word' || prev.low === ',')) {
      let at = v + 3;
      while (at < Math.min(t1 - 1, v + 9) && tokens[at].low !== 'at' && !isBoundaryPunct(tokens[at])) at++;
      const counted = at < t1 - 1 && tokens[at].low === 'at' && tokens.slice(at + 1, Math.min(t1, at + 4)).some((t) =>
        t.kind === 'num' || lex.numberWords.has(t.low));
      // (only when no verb of saying follows: "..., estimated by residents at more than 60, ..., said Sunday Abdu" is his)
      // (within 40 tokens: a sentence of thousands of estimates stays linear)
      const saidLater = tokens.slice(at, Math.min(t1, at + 40)).some((t) => lex.reporting.has(t.low));
      const c = counted && !saidLater ? cleanSpeaker(tokens, v + 2, at) : undefined;
      if (c && anySource(tokens, c[0], c[1])) return { s0: c[0], s1: c[1] };
    }
    // "winds estimated at 165 mph": a participle modifying a noun, not a reporting verb
    if (v + 1 < t1 && tokens[v + 1].low === 'at' && !(v + 2 < t1 && (tokens[v + 2].low === 'least' || tokens[v + 2].low === 'most')) &&
      prev && (prev.kind === 'word' || prev.low === ',') && low.endsWith('ed') &&
      // ("terrorists estimated at fifteen": after a party's noun too when a count follows "at")
      (!lex.sources.at(tokens, v - 1, v) || tokens[v + 2]?.kind === 'num' || lexicons().numberWords.has(tokens[v + 2]?.low ?? ''))) continue; // "the crowd, estimated at 500
    if (PARTICIPLE_VERBS.has(low)) {
      if (prev && prev.low === ',') {
        const sp = leadingSubject(tokens, t0, v);
        if (sp) return withVia(doc, sp, v, t1);
      }
      continue;
    }
    // "As informed the chairman of the district, respected X Y, the dead reached 11": translated order, the verb
    // before its speaker after an opening "as"; a name in apposition is the person (a courtesy word before it aside)
    if (prev && prev.low === 'as' && v - 1 === t0 && !lex.weakReporting.has(low)) {
      // (room for a long office: "the director-general of the crisis management of the West Azarbaijan province")
      const sp = phraseAfter(tokens, v + 1, t1, 16);
      const c = sp && sp.s1 < t1 && tokens[sp.s1].low === ',' ? cleanSpeaker(tokens, sp.s0, sp.s1) : undefined;
      if (c && namesSpeaker(tokens, c[0], c[1])) {
        const out: Speaker = { s0: c[0], s1: c[1] };
        let d0 = sp!.s1 + 1;
        let d1 = d0;
        while (d1 < Math.min(t1, d0 + 8) && tokens[d1].low !== ',') d1++;
        while (d0 < d1 && tokens[d0].kind === 'word' && tokens[d0].text === tokens[d0].low) d0++;
        if (d1 < t1 && tokens[d1].low === ',' && personName(tokens, d0, d1)) {
          out.d0 = d0;
          out.d1 = d1;
        }
        return out;
      }
    }
    // Inverted: '..., said Ahmed Khan' / '"...," said the spokesman'
    // (not "X, a commander, told the BBC": "told" takes the hearer as its object, never the speaker)
    // (nor "X, a local official, put the death toll at seven": a weak verb like "put" is never inverted)
    // ("The number of victims has risen to 12, informed the press service of the regional police.": translated order,
    // a verb that takes its hearer as object is inverted only when a known source closes the sentence after it)
    const informs = (low === 'informed' || low === 'informs') && prev?.low === ',' && v + 1 < t1 && (() => {
      // (room for a long office: "the press service of the Ministry of Justice of the Republic of Tajikistan")
      const q = phraseAfter(tokens, v + 1, t1, 16);
      // ("..., informed the Superintendent of Police of Cox's Bazar district, Md. Rafiqul Islam.": or the person after)
      return !!q && (q.s1 >= t1 || tokens[q.s1].low === '.' || closesOnSpeaker(tokens, q.s1, t1)) && anySource(tokens, q.s0, q.s1);
    })();
    // ('"...," indicated the general officer': translated order keeps the French "a indiqué" after the quote; a weak
    // verb is inverted only when a known source follows it and closes the sentence or its clause)
    const indicates = (low === 'indicated' || low === 'indicates') && v + 1 < t1 && (() => {
      const q = phraseAfter(tokens, v + 1, t1);
      return !!q && (q.s1 >= t1 || tokens[q.s1].low === '.' || tokens[q.s1].low === ',' || closesOnSpeaker(tokens, q.s1, t1)) &&
        anySource(tokens, q.s0, q.s1);
    })();
    if (prev && (prev.low === ',' || QUOTES_CLOSE.has(prev.text)) && (!OBJECT_VERBS.has(low) || informs) &&
      (!lex.weakReporting.has(low) || indicates)) {
      // "..., posted by the group on Monday, ...": the agent of a participle, not a phrase with "by" in it
      // ("..., reports the Information Centre of the National Anti-Terrorist Committee (NAK).": room for a body's long
      // name after "the")
      const named = v + 2 < t1 && tokens[v + 1].low === 'the' && isCap(tokens[v + 2]);
      const sp = phraseAfter(tokens, v + 1 < t1 && tokens[v + 1].low === 'by' ? v + 2 : v + 1, t1, informs || named ? 16 : 10);
      // '..., said Ahmed Khan, a police official.' — the phrase closes the clause; "said she saw" does not
      // '..., said police on Tuesday' / '... in a statement': a circumstance may follow the speaker
      // ('..., said the charity that runs the clinic': a relative clause closes the speaker too)
      const closes = sp && (sp.s1 >= t1 || [',', '.', ';', '!', '?', 'on', 'in', 'late', 'earlier', 'yesterday', 'today', 'after', 'when', 'as']
        .includes(tokens[sp.s1].low) || QUOTES_CLOSE.has(tokens[sp.s1].text) || relativeThat(tokens, sp.s1) ||
        // ('"...," said a rescue worker who was at the scene': a "who" clause closes a person)
        (isRelativeWho(tokens[sp.s1]) && QUOTES_CLOSE.has(prev.text)));
      // ("Kamal Rahimi, the director of the hospital, said the ambulances came": the subject before the comma
      // is the speaker, and what follows "said" is what he said)
      // ('"...," the commander, Col. Sale, said by radio': the same, after a quotation)
      const subject = prev.low === ',' ? speakerBefore(tokens, v, t0) : undefined;
      const opensOnSpeaker = !!subject && subject.d0 !== undefined && subject.d1 !== undefined &&
        (subject.s0 <= t0 + 1 || QUOTES_CLOSE.has(tokens[subject.s0 - 1].text) || QUOTES_CLOSE.has(tokens[subject.s0 - 2]?.text) ||
          // ("By Thursday afternoon the hospital superintendent, Dr X, said a fifth patient, a guard, had died": only a
          // time phrase before the subject, no clause)
          (chunkStart(tokens, subject.s0, t0) === t0 && leadingTimeOnly(tokens, t0, subject.s0))) &&
        (personName(tokens, subject.s0, subject.s1) !== undefined || personName(tokens, subject.d0, subject.d1) !== undefined);
      // ("A civil defence officer, who asked not to be named, said the fire broke out when ...": a phrase with a
      // finite verb in it is what was said; the subject before the comma speaks)
      // ("a local official, Mizanur Rahman, said six people, including ..., had died": with a subject before the
      // verb, a count after it is what was said, never who said it)
      // ("The vessel's operator, Bonny Offshore Services, said the eight crew members left aboard ... were safe": a
      // determiner before the count too)
      const c0 = sp && (tokens[sp.s0].low === 'the' || tokens[sp.s0].low === 'all') && sp.s0 + 1 < sp.s1 ? sp.s0 + 1 : sp?.s0;
      const counted = !!sp && subject !== undefined && tokens[c0!].low !== 'one' &&
        (lexicons().numberWords.has(tokens[c0!].low) || c0 !== sp.s0 && tokens[c0!].kind === 'num');
      // ("The Movement, which holds the hills, claimed the attack and said ...": a relative clause closes before the
      // verb, so the verb is its subject's, and what follows it is its object, never an inverted speaker)
      // (but "..., who detained two residents, said the spokesperson of the PRM, Mr. X.": a role that names a speaker and
      // closes the sentence is the inverted speaker all the same)
      const relBefore = prev.low === ',' && relativeChunk(tokens, chunkStart(tokens, v - 1, Math.max(t0, v - 30), false)) &&
        !(sp && anySource(tokens, sp.s0, sp.s1) && closesOnSpeaker(tokens, sp.s1, t1));
      // ("A new armed group, the X Front, claimed responsibility, saying ...": after a subject with its apposition the
      // phrase after the verb is its object unless it names a speaker itself)
      const objectOnly = !!sp && subject !== undefined && subject.d0 !== undefined && !anySource(tokens, sp.s0, sp.s1) &&
        personName(tokens, sp.s0, sp.s1) === undefined && tokens[sp.s0].text[0] === tokens[sp.s0].low[0];
      // ('"...," said a 34-year-old survivor': an age describes the speaker, it counts nobody)
      if (sp && closes && !opensOnSpeaker && !counted && !relBefore && !objectOnly && !PRONOUNS.has(tokens[sp.s0].low) &&
        (!hasNumber(tokens, sp.s0, sp.s1) || (QUOTES_CLOSE.has(prev.text) && agedApposition(tokens, sp.s0, sp.s1))) &&
        !finiteIn(tokens, sp.s0, sp.s1, subject !== undefined)) {
        // '..., said a police official on condition of anonymity': the withheld name makes it unnamed
        if (sp.s1 < t1 && (tokens[sp.s1].low === 'on' || tokens[sp.s1].low === ',' || isRelativeWho(tokens[sp.s1])) &&
          unnamedIn(tokens, sp.s1, Math.min(t1, sp.s1 + 24))) {
          anonymous.add(tokens[sp.s0].start);
        }
        // '..., said a survivor who gave his name only as Abdoulaye.': the name the speaker gave
        {
          const w = sp.s1 < t1 && tokens[sp.s1].low === ',' ? sp.s1 + 1 : sp.s1;
          const given = w < t1 && isRelativeWho(tokens[w]) ? givenName(tokens, w, t1) : undefined;
          if (given) renamed.set(tokens[sp.s0].start, given);
        }
        // '..., said a witness, Musa Bala.' / '..., said Ahmed Khan, a police spokesman.': the apposition
        // '..., said Maria Lopez, who lost her home.': a private person telling what happened to her
        // ('"...," said a herder who hid in the bush': the same without the comma)
        const rw = sp.s1 < t1 && tokens[sp.s1].low === ',' ? sp.s1 + 1 : sp.s1;
        if (rw + 1 < t1 && (tokens[rw].low === 'who' || tokens[rw].low === 'whose') &&
          experienced(tokens, rw, Math.min(t1, rw + 11)) && !kindOf(tokens, sp.s0, sp.s1).kind) {
          described.set(tokens[sp.s0].start, 'witness');
        }
        // ("..., said the spokesperson of the PRM in Zambézia, Mr. Sidónio Faquir.": past the place of the body)
        const comma = pastBodyPlace(tokens, sp.s1, t1);
        if (comma + 1 < t1 && tokens[comma].low === ',') {
          // ("..., said Fadumo Ali, a resident whose house is 200 metres away": the head before "whose" describes her)
          let whose = comma + 2;
          while (whose < Math.min(t1, comma + 8) && tokens[whose].low !== 'whose' && tokens[whose].kind === 'word') whose++;
          const ap = phraseAfter(tokens, comma + 1, whose < t1 && tokens[whose].low === 'whose' ? whose : t1);
          // (an age is no count: "..., said Le Van Tuan, a 29-year-old welder")
          if (ap && (!hasNumber(tokens, ap.s0, ap.s1) || agedApposition(tokens, ap.s0, ap.s1)) && (ap.s1 >= t1 || !['and', 'as'].includes(tokens[ap.s1].low))) {
            const c = cleanSpeaker(tokens, ap.s0, ap.s1);
            // (past a place, only a person's name: "said the police in Kano, a city ..." describes the city)
            if (c && (comma === sp.s1 || personName(tokens, c[0], c[1]))) {
              sp.d0 = c[0];
              sp.d1 = c[1];
            }
          }
        }
        return sp;
      }
    }
    // "Informs the Press Office of the Governorate that ...": a formula that puts its verb first (translated releases)
    if (!prev && OPENING_VERBS.has(low)) {
      let e = v + 1;
      while (e < t1 && e < v + 14 && tokens[e].low !== 'that' && tokens[e].low !== ',') e++;
      const c = e < t1 && tokens[e].low === 'that' ? cleanSpeaker(tokens, v + 1, e) : undefined;
      if (c && anySource(tokens, c[0], c[1])) return { s0: c[0], s1: c[1] };
    }
    if (!prev) continue;
    // "declined to confirm reports that 26 ...": the reports, a noun here, are the only source of the figure
    if ((low === 'reports' || low === 'rumours' || low === 'rumors') && v + 1 < t1 && tokens[v + 1].low === 'that' &&
      (lex.reporting.has(prev.low) || /^(dismissed|rejected|denied|denying|confirm|deny|dismiss|reject|of|amid)$/.test(prev.low))) {
      return { s0: v, s1: v + 1 };
    }
    // "Unverified local reports of 2 attackers killed": hearsay as a noun, with its adjectives, names no one
    if ((low === 'reports' || low === 'report') && tokens[v + 1]?.low === 'of' && labelWords('hearsayadj').has(prev.low)) {
      let a = v - 1;
      while (a > t0 && a > v - 4 && labelWords('hearsayadj').has(tokens[a - 1].low)) a--;
      return { s0: a, s1: v + 1 };
    }
    const sp = speakerBefore(tokens, v, t0);
    if (!sp) continue;
    // ("Jhansi has reported 14 deaths, Mahoba nine", "Thatta has recorded the highest toll with 14 deaths": a place
    // where the deaths were counted is no speaker)
    if (placeTally(tokens, sp, v, t1)) continue;
    // "The state news agency, quoting the director of health, said 16 ...": the one quoted speaks, via the agency
    if (sp.d0 !== undefined && sp.d1 !== undefined && (tokens[sp.d0].low === 'quoting' || tokens[sp.d0].low === 'citing')) {
      const c = cleanSpeaker(tokens, sp.d0 + 1, sp.d1);
      if (c && namesSpeaker(tokens, c[0], c[1])) {
        const ch: Speaker = { s0: sp.s0, s1: sp.s1 };
        return { s0: c[0], s1: c[1], via: doc.text.slice(tokens[sp.s0].start, tokens[sp.s1 - 1].end), channel: ch };
      }
    }
    // "State TV quoted a provincial official as saying ...": the official speaks, via the channel
    if (RELAY_CITES.has(low)) {
      const q = phraseAfter(tokens, v + 1, t1);
      // ('Daily Trust quotes a survivor: "they took 36 of us"': the quotation after a colon is the one quoted)
      if (q && q.s1 < t1 && (tokens[q.s1].low === 'as' || (tokens[q.s1].low === ':' && QUOTES_OPEN.has(tokens[q.s1 + 1]?.text ?? '')))) {
        const c = cleanSpeaker(tokens, q.s0, q.s1);
        if (c) return { s0: c[0], s1: c[1], via: doc.text.slice(tokens[sp.s0].start, tokens[sp.s1 - 1].end) };
      }
      // ("Prothom Alo cites residents saying 2 people are missing": the participle with no "as")
      for (let k = v + 2; k < Math.min(t1, v + 9) && tokens[k].kind === 'word'; k++) {
        if (tokens[k].low !== 'saying') continue;
        const c = cleanSpeaker(tokens, v + 1, k);
        if (c && namesSpeaker(tokens, c[0], c[1])) return { s0: c[0], s1: c[1], via: doc.text.slice(tokens[sp.s0].start, tokens[sp.s1 - 1].end) };
        break;
      }
    }
    // "Police said the bus had 16 people on board, according to the driver's assistant": the assistant is
    // the origin of the figure, the police its channel
    // "Reuters reported, citing hospital staff, that ...": the staff are the source, Reuters the channel
    for (let k = v + 1; k < t1 - 2; k++) {
      const citing = tokens[k].low === 'citing' || tokens[k].low === 'quoting';
      if (!citing && (tokens[k].low !== 'according' || tokens[k + 1].low !== 'to')) continue;
      if (tokens[k - 1].low !== ',') continue;
      let fig = citing;
      for (let j = v + 1; j < k; j++) if (tokens[j].kind === 'num') fig = true;
      const q = fig ? phraseAfter(tokens, citing ? k + 1 : k + 2, t1) : undefined;
      const c = q && cleanSpeaker(tokens, q.s0, q.s1);
      if (c && namesSpeaker(tokens, c[0], c[1])) {
        return { s0: c[0], s1: c[1], via: doc.text.slice(tokens[sp.s0].start, tokens[sp.s1 - 1].end), channel: sp };
      }
      break;
    }
    // "The governor told reporters that police at the scene had told him 23 were dead": the police are the
    // origin, the governor only passes their words on
    const relay = relayedTo(doc, v, t1);
    if (relay) {
      const pronoun = sp.s1 - sp.s0 === 1 && PRONOUNS.has(tokens[sp.s0].low);
      return pronoun ? relay : { ...relay, via: doc.text.slice(tokens[sp.s0].start, tokens[sp.s1 - 1].end), channel: sp };
    }
    // ("firefighters, who put out the fire": a weak verb with a particle is a phrasal verb that reports nothing;
    // "pointed out" reports)
    if (lex.weakReporting.has(low) && !PHRASAL_REPORTING.has(low) && v + 1 < t1 && PHRASAL_PARTICLES.has(tokens[v + 1].low)) continue;
    // ("A youth leader, Chidi Amadi, put the figure much higher": a weak verb whose object is a toll reports it)
    if (lex.weakReporting.has(low) && !lex.sources.at(tokens, sp.s0, sp.s1) && !anySource(tokens, sp.s0, sp.s1) &&
      !(sp.s1 - sp.s0 <= 3 && corefs().at(tokens, sp.s0, sp.s1)?.end === sp.s1) && !tallyObject(tokens, v + 1, t1)) continue; // "It put the toll at 46"

    return withVia(doc, sp, v, t1);
  }
  return statementOpener(tokens, t0, t1);
}

/** The latest of the last six sources that is an official named as one person ("the official", "the general
 * officer" take them up). */
function latestOfficialPerson(named: SourceRef[]): SourceRef | undefined {
  for (let k = named.length - 1; k >= 0 && k >= named.length - 6; k--) {
    if (named[k].kind === 'official' && isOnePerson(named[k].name)) return named[k];
  }
  return undefined;
}

/** Words that open the object of "alerted" (whom it alerted), not what it said. */
const ALERTED_OBJECTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'police', 'authorities', 'residents', 'neighbours',
  'neighbors', 'them', 'him', 'us', 'me']);

const STATEMENT_DETERMINERS = new Set(['the', 'a', 'its']);
/** Participles that name who issued a document ("the statement made by the Ministry of National Defence"). */
const ISSUED_BY = new Set(['made', 'issued', 'released', 'published', 'posted', 'signed', 'circulated', 'given']);
/**
 * "In the statement made by the Ministry of National Defence (MSB), it was reported that 6 terrorists ...", "In the
 * statement it was indicated that ...": translated copy opens on the document and leaves the clause impersonal; the
 * issuer named after "by" speaks, or "the statement" takes up the body named before. Only when no verb in the clause
 * names a speaker.
 */
function statementOpener(tokens: Token[], t0: number, t1: number): Speaker | undefined {
  if (t0 + 3 >= t1 || tokens[t0].low !== 'in' || !STATEMENT_DETERMINERS.has(tokens[t0 + 1].low)) return undefined;
  let d = t0 + 2;
  if (tokens[d].low === 'written' || tokens[d].low === 'press' || tokens[d].low === 'joint') d++;
  if (d >= t1 || !ISSUED.has(tokens[d].low) || !DOC_NOUNS.has(tokens[d].low)) return undefined;
  // ("In a statement by the Ministry of Defence, it was reported that ...": or "by" right after the noun)
  const by = d + 2 < t1 && ISSUED_BY.has(tokens[d + 1].low) && tokens[d + 2].low === 'by' ? d + 3 :
    d + 1 < t1 && tokens[d + 1].low === 'by' ? d + 2 : -1;
  if (by > 0) {
    const sp = phraseAfter(tokens, by, t1, 14);
    const c = sp && cleanSpeaker(tokens, sp.s0, sp.s1);
    return c && namesSpeaker(tokens, c[0], c[1]) ? { s0: c[0], s1: c[1] } : undefined;
  }
  // (a report or an update may be anyone's; "the statement" and "the communique" take up the body named before)
  return tokens[t0 + 1].low === 'the' && corefs().at(tokens, t0 + 1, d + 1)?.end === d + 1 ? { s0: t0 + 1, s1: d + 1 } : undefined;
}

/** Words a bare "claim" or "report" follows as a verb ("they also claim", "will report", "who claim"). */
const BEFORE_BARE_VERB = new Set(['also', 'still', 'now', 'often', 'even', 'then', 'later', 'both', 'all', 'not', 'and',
  'but', 'who', 'that', 'which', 'they', 'you', 'we', 'will', 'would', 'may', 'might', 'can', 'could', 'should',
  'must', 'did', 'do', 'to', 'further', 'rather', 'never', 'ever', 'sometimes', 'usually', 'usual', 'first', 'police', 'people']);

/** "a gold claim", "the mining claim", "claim operators": the bare form at v heads or modifies a noun phrase. */
function bareNounUse(tokens: Token[], v: number, t0: number, t1: number): boolean {
  const next = v + 1 < t1 ? tokens[v + 1] : undefined;
  // (a plural noun right after it that no clause opens on: "claim operators", not "claim officials" / "report sources")
  if (next && next.kind === 'word' && next.low.length > 3 && next.low.endsWith('s') && next.text[0] === next.low[0] &&
    !lexicons().sources.at(tokens, v + 1, t1) && !lexicons().groups.at(tokens, v + 1, t1) &&
    !lexicons().vague.at(tokens, v + 1, t1)) return true;
  // ("Shurugwi gold claim", "a small-scale gold claim": a singular common noun right before it, which as a verb
  // would take "claims")
  const prev = v > t0 ? tokens[v - 1] : undefined;
  if (prev && prev.kind === 'word' && prev.text === prev.low && prev.low.length > 2 && !/(?:s|ly)$/.test(prev.low) &&
    !BEFORE_BARE_VERB.has(prev.low) && !lexicons().sources.at(tokens, v - 1, v)) return true;
  // (a determiner, then only words in the singular that name no speaker: "an unlicensed gold claim")
  for (let k = v - 1; k >= Math.max(t0, v - 4); k--) {
    const low = tokens[k].low;
    if (low === 'a' || low === 'an' || low === 'the' || low === 'this' || low === 'its' || low === 'their') return k < v - 1;
    if (tokens[k].kind !== 'word' || tokens[k].text[0] !== low[0] || low.endsWith('s') || lexicons().sources.at(tokens, k, v)) return false;
  }
  return false;
}

/** Words a clause or an object may open on after a verb of saying ("alleged that", "alleged the guards fled"). */
const REPORTED_OPENERS = new Set(['that', 'the', 'a', 'an', 'in', 'on', 'at', 'to', 'by', 'it', 'he', 'she', 'they', 'we',
  'this', 'there', 'his', 'her', 'their', 'its', 'some', 'many', 'several']);
const PHRASAL_PARTICLES = labelWords('phrasalparticle');
const PHRASAL_REPORTING = labelWords('phrasalreporting');

/** The end of the maker in "<maker>'s (own) count" from token s (its "'s"), or -1. */
function countMaker(tokens: Token[], s: number, t1: number): number {
  for (let k = s + 1; k + 1 < t1 && k < s + 8; k++) {
    if (tokens[k].low === ',' || tokens[k].kind === 'num') return -1;
    if (tokens[k].low !== "'s" && tokens[k].low !== '’s' && tokens[k].low !== "'") continue;
    const n = tokens[k + 1].low === 'own' ? k + 2 : k + 1;
    return n < t1 && labelWords('countnoun').has(tokens[n].low) ? k : -1;
  }
  return -1;
}

/**
 * After a verb of claiming: "(responsibility for) a/the <words> <event noun> ... that/which <past verb>", the event
 * noun (attribution-words.txt role eventhead) within five words and no number but a year before the relative pronoun.
 */
function claimedAttackClause(tokens: Token[], k: number, t1: number): boolean {
  if (tokens[k]?.low === 'responsibility' && tokens[k + 1]?.low === 'for') k += 2;
  if (k >= t1 || !/^(a|an|the|its|their)$/.test(tokens[k].low)) return false;
  let event = false;
  for (let j = k + 1; j < t1 && j < k + 16; j++) {
    const t = tokens[j];
    if (j <= k + 5 && labelWords('eventhead').has(t.low)) event = true;
    // (a year dates the event: "a bombing at the same mosque in 2021 that killed ...")
    if ((t.kind === 'num' && !/^(19|20)\d\d$/.test(t.text)) || t.low === '.' || t.low === ';') return false;
    // (its verb right after the pronoun: "which it said killed 30" is the claimant's word again)
    if (t.low === 'that' || t.low === 'which') return event && j + 1 < t1 && /(ed|^left|^took|^hit)$/.test(tokens[j + 1].low);
  }
  return false;
}

/** Pronouns that take up the figure just given: "Of these, 6 ...", "Among them were ...", "Of those, two ...". */
const BACK_PRONOUNS = new Set(['these', 'them', 'those', 'whom']);

/** The unit opens on a part of the figure given just before ("Of these, 6 are in critical condition"). */
function pointsBack(tokens: Token[], t0: number, t1: number): boolean {
  for (let k = t0; k + 1 < Math.min(t1, t0 + 5); k++) {
    if ((tokens[k].low === 'of' || tokens[k].low === 'among') && BACK_PRONOUNS.has(tokens[k + 1].low)) return true;
  }
  return false;
}

/** Nouns for a count that a weak verb can only report ("put the toll at", "raised the figure to"). */
const TALLY_NOUNS = new Set(['toll', 'figure', 'tally', 'count']);

/** The object after a weak verb is a toll: "the figure", "the death toll", "its own tally". */
function tallyObject(tokens: Token[], k: number, t1: number): boolean {
  for (let j = k; j < Math.min(t1, k + 4); j++) {
    if (TALLY_NOUNS.has(tokens[j].low)) return true;
    // ("put the dead at three", "put the injured at about 40": a count of people put at a number)
    if (j > k && tokens[j].low === 'at' && j + 1 < t1 && (tokens[j + 1].kind === 'num' ||
      lexicons().numberWords.has(tokens[j + 1].low) || lexicons().hedgesBefore.at(tokens, j + 1, t1))) return true;
    if (tokens[j].kind !== 'word') return false;
  }
  return false;
}

/**
 * The words from k on are a count of people with no verb of its own ("412 patients with fever", "about 40 more"),
 * not a clause ("two soldiers had died") nor a toll owned up to ("40 deaths").
 */
/** Words that end the counted noun phrase after "admitted N ...". */
const OBJECT_BREAKS = new Set(['with', 'in', 'at', 'to', 'among', 'after', 'from', 'of', 'on', 'during', 'since', 'for', 'by',
  'and', 'but', 'while', 'overnight', 'yesterday', 'today']);

/**
 * "stolen in Durban", "missing since Friday", "hijacked.": a state (a word of attribution-words.txt role
 * reportedstate, or a lower-case "-ed" form) closed by a preposition, a time word or punctuation, so it is no
 * adjective on an object ("reported injured people arriving" keeps its speaker).
 */
function statePredicate(tokens: Token[], k: number, t1: number): boolean {
  const t = tokens[k];
  if (k >= t1 || t.kind !== 'word' || t.text !== t.low) return false;
  if (!labelWords('reportedstate').has(t.low) && !(t.low.endsWith('ed') && t.low.length > 4)) return false;
  const n = tokens[k + 1];
  return k + 1 >= t1 || (n.kind === 'punct' && n.low !== ':') || OBJECT_BREAKS.has(n.low) || TIME_WORDS.has(n.low) ||
    STATE_ENDS.has(n.low);
}
/** Words after a state that close it besides OBJECT_BREAKS: places and times ("hijacked off Lamu", "missing last week"). */
const STATE_ENDS = new Set(['off', 'near', 'outside', 'inside', 'along', 'across', 'over', 'into', 'around', 'between',
  'last', 'earlier']);

function countedObject(tokens: Token[], k: number, t1: number): boolean {
  const lex = lexicons();
  let n = -1;
  for (let j = k; j < Math.min(t1, k + 4) && n < 0; j++) {
    const t = tokens[j];
    if (t.kind === 'num' || lex.numberWords.has(t.low)) n = j;
    else if (t.kind !== 'word' || t.low === 'that' || BE_WORDS.has(t.low)) return false;
  }
  if (n < 0) return false;
  // the counted noun is the last word before a preposition or a break ("412 patients with fever", "40 injured people")
  let head = -1;
  for (let j = n + 1; j < Math.min(t1, n + 8); j++) {
    const t = tokens[j];
    if (isBoundaryPunct(t) || t.kind !== 'word' || OBJECT_BREAKS.has(t.low)) break;
    if (BE_WORDS.has(t.low) || BACKSHIFT.has(t.low)) return false;
    head = j;
  }
  // (a toll's own noun, "deaths", "casualties", "dead": owning up to losses is a report)
  if (head >= 0 && (lex.measureSlots.nom.at(tokens, head, head + 1) || lex.measureSlots.noun.at(tokens, head, head + 1)?.data === 'killed')) return false;
  return true;
}

/**
 * A finite verb inside a would-be speaker phrase: a past form that tells what happened ("the fire broke out"), or,
 * when `regular`, a lower-case "-ed" word right after a lower-case noun ("the blaze started"), not an agent's "by".
 */
function finiteIn(tokens: Token[], s: number, e: number, regular: boolean): boolean {
  for (let k = s + 1; k < e; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.text !== t.low) continue;
    if (wordRole(t.low) === 'finite') return true;
    const prev = tokens[k - 1];
    if (regular && t.low.endsWith('ed') && prev.kind === 'word' && prev.text === prev.low && !DETERMINERS.has(prev.low) &&
      tokens[k + 1]?.low !== 'by') return true;
  }
  return false;
}

/**
 * Whether token v lies inside a quotation opened in the unit [t0, t1) that closes before t1 and is followed at once by
 * a reporting clause ('," said the man', '," she told reporters'). Asked for each reporting word of a unit in order, it
 * reads each token once: the quote open before v and the next closing mark after it are kept from the last question
 * (one long sentence of reporting words, "put the number taken at 17, put ...", once read the unit again per word).
 */
class QuoteBeforeSpeaker {
  private k: number;
  private open = -1;
  private close = -1;

  constructor(private readonly tokens: Token[], private readonly t0: number, private readonly t1: number) {
    this.k = t0;
  }

  at(v: number): boolean {
    const { tokens, t1 } = this;
    if (v < this.k) {
      this.k = this.t0;
      this.open = -1;
    }
    for (; this.k < v; this.k++) {
      const t = tokens[this.k].text;
      if (QUOTES_OPEN.has(t) && (t !== '"' || this.open < 0)) this.open = this.k;
      else if (QUOTES_CLOSE.has(t)) this.open = -1;
    }
    if (this.open < 0) return false;
    if (this.close <= v) {
      this.close = v + 1;
      while (this.close < t1 && !QUOTES_CLOSE.has(tokens[this.close].text)) this.close++;
    }
    const k = this.close;
    if (k >= t1) return false;
    const lex = lexicons();
    for (let j = k + 1; j < Math.min(t1, k + 4); j++) if (lex.reporting.has(tokens[j].low) && !lex.weakReporting.has(tokens[j].low)) return true;
    return false;
  }
}

/** Object pronouns of a hearer: "had told him", "informed her". */
const HEARERS = new Set(['him', 'her', 'them', 'me', 'us']);

/**
 * A second speaker inside a reported clause who told the first one ("... that police had told him 23 were dead",
 * "said the army had informed her that 12 ..."), followed by a figure: that speaker, else undefined.
 */
function relayedTo(doc: Document, v: number, t1: number): Speaker | undefined {
  const { tokens } = doc;
  for (let k = v + 2; k + 1 < t1 && k < v + 25; k++) {
    const low = tokens[k].low;
    if (low === ';' || QUOTES_OPEN.has(tokens[k].text)) return undefined;
    // "... said he had been told by police that 23 ...": the agent of the passive is the origin
    if ((low === 'told' || low === 'informed') && tokens[k + 1].low === 'by' && k > 0 && /^(been|was|were)$/.test(tokens[k - 1].low)) {
      const ph = phraseAfter(tokens, k + 2, t1, 8);
      let fig = false;
      for (let j = ph ? ph.s1 : t1; j < t1 && !fig; j++) if (tokens[j].kind === 'num' || lexicons().numberWords.has(tokens[j].low)) fig = true;
      const c = ph && fig ? cleanSpeaker(tokens, ph.s0, ph.s1) : undefined;
      return c && namesSpeaker(tokens, c[0], c[1]) ? { s0: c[0], s1: c[1] } : undefined;
    }
    if ((low !== 'told' && low !== 'informed' && low !== 'assured') || !HEARERS.has(tokens[k + 1].low)) continue;
    let fig = false;
    for (let j = k + 2; j < t1 && !fig; j++) if (tokens[j].kind === 'num' || lexicons().numberWords.has(tokens[j].low)) fig = true;
    if (!fig) return undefined;
    const sp = speakerBefore(tokens, k, v + 1);
    if (!sp || (sp.s1 - sp.s0 === 1 && PRONOUNS.has(tokens[sp.s0].low))) return undefined;
    return namesSpeaker(tokens, sp.s0, sp.s1) ? { s0: sp.s0, s1: sp.s1 } : undefined;
  }
  return undefined;
}

/** Verbs by which a recording tells what it shows. */
const SHOW_VERBS = new Set(['show', 'shows', 'showed', 'shown', 'showing']);
const SHOW = new WordSet(SHOW_VERBS);
/** Verbs of putting a recording out. */
const PUT_OUT = new Set(['posted', 'released', 'published', 'shared', 'circulated', 'issued', 'distributed', 'aired',
  'broadcast', 'uploaded', 'put']);
/** Every word at which findSpeaker's loop over a unit's tokens may find a speaker: its cue words, the showing verbs
 * and the reporting verbs. The loop passes any other word at once: a rule added to it that opens on a word of its
 * own adds that word here. */
const SPEAKER_CUES = new WordSet(new Set(['quoting', 'citing', 'by', 'via', 'words', 'accordance', 'based', 'according', 'per',
  'following', 'putting', 'giving', ...PARTICIPLE_VERBS, ...SHOW_VERBS, ...PUT_OUT, ...lexicons().reporting]));
/** What a body puts out that holds counts ("new figures", "its latest data", "updated casualty figures"). */
const FIGURE_NOUNS = new Set(['figures', 'data', 'numbers', 'statistics', 'toll', 'tally', 'tallies', 'count', 'names', 'list']);
/** Put-out nouns whose counts follow "of" ("has published the names of 19 people who died", "released a list of 53"). */
const LIST_NOUNS = new Set(['names', 'list']);
const FIGURE_MODIFIERS = new Set(['new', 'updated', 'latest', 'fresh', 'revised', 'official', 'provisional', 'preliminary',
  'its', 'their', 'the', 'a', 'casualty', 'death']);

/** The speaker before v, a verb of putting out, whose object is a set of figures the sentence gives next. */
function figuresPutOut(tokens: Token[], t0: number, v: number, t1: number): Speaker | undefined {
  let k = v + 1;
  while (k < Math.min(t1, v + 5) && FIGURE_MODIFIERS.has(tokens[k].low)) k++;
  if (k >= t1 || !FIGURE_NOUNS.has(tokens[k].low)) return undefined;
  const next = tokens[k + 1]?.low;
  if (k + 1 >= t1 || (next !== ':' && next !== 'showing' && !(next === 'of' && LIST_NOUNS.has(tokens[k].low)))) return undefined;
  let e = v;
  while (e > t0 && (BE_WORDS.has(tokens[e - 1].low) || BETWEEN.has(tokens[e - 1].low) || tokens[e - 1].low === 'just')) e--;
  return speakerBefore(tokens, e, t0);
}

/** Recordings a party puts out. */
const MEDIA_NOUNS = new Set(['video', 'videos', 'footage', 'clip', 'clips', 'recording', 'recordings', 'images',
  'photos', 'photographs', 'pictures', 'audio']);

/**
 * Who put out the recording before a "show" verb: "a video posted by X showed" → X; "X (has) released a video
 * showing" → X. A recording nobody is named for ("CCTV footage showed") has no speaker of its own.
 */
function mediaPoster(tokens: Token[], t0: number, v: number, t1: number): Speaker | undefined {
  let m = -1;
  for (let k = v - 1; k >= t0 && k >= v - 12; k--) {
    if (MEDIA_NOUNS.has(tokens[k].low)) {
      m = k;
      break;
    }
  }
  if (m < 0) return undefined;
  for (let k = m + 2; k < v; k++) {
    if (tokens[k].low !== 'by' || !PUT_OUT.has(tokens[k - 1].low)) continue;
    const ph = phraseAfter(tokens, k + 1, v);
    const c = ph && cleanSpeaker(tokens, ph.s0, ph.s1);
    return c ? { s0: c[0], s1: c[1] } : undefined;
  }
  let r = m - 1;
  while (r > t0 && (DETERMINERS.has(tokens[r].low) || tokens[r].low === 'new' || tokens[r].low === 'propaganda')) r--;
  if (r > t0 && PUT_OUT.has(tokens[r].low)) {
    let e = r;
    while (e > t0 && (BE_WORDS.has(tokens[e - 1].low) || BETWEEN.has(tokens[e - 1].low))) e--;
    return speakerBefore(tokens, e, t0);
  }
  return undefined;
}

/**
 * After "according to": a speaker rather than a rulebook ("according to Islamic law") or bare information
 * ("as per the latest information", which names nobody and leaves the paragraph's speaker in force).
 */
function namesSpeaker(tokens: Token[], s: number, e: number): boolean {
  let h = s;
  while (h < e && !HEAD_STOPS.has(tokens[h].low)) h++;
  // "per company list" is the company's list: the company speaks; "according to the law" names nobody
  if (h > s && wordRole(tokens[h - 1].low) === 'notspeaker') return h - 1 > s && anySource(tokens, s, h - 1);
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    // "according to the final count compiled with the district office": a tally the writer drew up together with a
    // partner names no speaker of its own (made "by" the partner, it is the partner's: see the caller)
    if (k > s && INFO_NOUNS.has(tokens[k - 1].low) && /ed$/.test(t.low) && tokens[k + 1]?.low === 'with') return false;
    // ("according to the findings so far", "the information available to date": how far the record goes)
    if ((t.low === 'so' || t.low === 'thus') && tokens[k + 1]?.low === 'far' || t.low === 'to' && tokens[k + 1]?.low === 'date') {
      k++;
      continue;
    }
    if (!INFO_NOUNS.has(t.low) && !DETERMINERS.has(t.low) && !INFO_ADJECTIVES.has(t.low)) return true;
    if (t.low === 'reports' || t.low === 'sources') return true; // "according to initial reports": unnamed
  }
  return false;
}
/**
 * "58 were confirmed by rapid diagnostic test or culture", "identified by DNA analysis at the state laboratory": the
 * agent's head (the word before its first preposition or "or"/"and") is a test, an instrument or a record.
 */
function instrumentAgent(tokens: Token[], s: number, e: number): boolean {
  let h = s;
  // ("the shift register kept at the mine office": a participle after the head closes it too)
  while (h < e && !HEAD_STOPS.has(tokens[h].low) && tokens[h].low !== 'or' && tokens[h].low !== 'and' && tokens[h].low !== ',' &&
    !(h > s && recordParticiple(tokens[h].low))) h++;
  return h > s && labelWords('instrument').has(tokens[h - 1].low);
}

/** What was done with a record: "kept", or a past participle ("filed", "compiled"). */
const recordParticiple = (low: string): boolean => low === 'kept' || (low.length > 4 && low.endsWith('ed'));

/** "the manifest filed with the coast guard", "the register kept by the mine's owners": the body a record was filed
 * with or kept by, when it names a speaker. */
function recordKeeper(tokens: Token[], s: number, e: number): [number, number] | undefined {
  for (let k = s + 1; k + 1 < e; k++) {
    if (!(tokens[k].low === 'by' || tokens[k].low === 'with') || !recordParticiple(tokens[k - 1].low)) continue;
    const c = cleanSpeaker(tokens, k + 1, e);
    return c && namesSpeaker(tokens, c[0], c[1]) ? c : undefined;
  }
  return undefined;
}

const INFO_ADJECTIVES = new Set(['latest', 'preliminary', 'initial', 'available', 'first', 'last', 'new', 'updated',
  'provisional', 'current', 'recent', 'early', 'final', 'unofficial', 'further', 'more', 'other', 'this',
  'that', 'these', 'those', 'most']);

function anySource(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (sourceMatch(tokens, k, e)) return true;
  return false;
}

/** "X told <outlet>": the outlet is the channel. */
function withVia(doc: Document, sp: Speaker, v: number, t1: number): Speaker {
  const { tokens } = doc;
  const low = tokens[v].low;
  // "said in a statement carried by state media": the medium that carried it
  for (let k = v + 2; k < Math.min(t1 - 1, v + 8); k++) {
    if (tokens[k].low !== 'by' || !/^(carried|published|broadcast|aired|relayed|posted|quoted|shared)$/.test(tokens[k - 1].low)) continue;
    const ch = phraseAfter(tokens, k + 1, t1);
    if (ch) {
      if (tokens[ch.s0].low === 'the' && ch.s1 - ch.s0 > 1) ch.s0++;
      sp.via = doc.text.slice(tokens[ch.s0].start, tokens[ch.s1 - 1].end);
    }
    break;
  }
  // "IS claimed the attack via Amaq", "said via its Telegram channel": a named medium is the channel
  if (!sp.via) {
    for (let k = v + 1; k < Math.min(t1 - 1, v + 6); k++) {
      if (tokens[k].low === ',' || tokens[k].low === 'that') break;
      if (tokens[k].low !== 'via') continue;
      const ch = phraseAfter(tokens, k + 1, t1);
      if (ch && ch.s1 - ch.s0 > 1 && DETERMINERS.has(tokens[ch.s0].low)) ch.s0++; // "via its Amaq agency"
      const first = ch && tokens[ch.s0].text;
      if (ch && first && first[0] !== first[0].toLowerCase()) sp.via = doc.text.slice(tokens[ch.s0].start, tokens[ch.s1 - 1].end);
      break;
    }
  }
  // "officials said, speaking on condition of anonymity", "a doctor said on condition of anonymity"
  // "a hospital official told reporters, speaking on condition of anonymity"
  for (let k = v + 1; k < Math.min(t1 - 1, v + 5); k++) {
    if (tokens[k].low !== ',' && tokens[k].low !== 'on') continue;
    // ("said on social media that ..." names a channel, not a withheld name)
    if (unnamedIn(tokens, k, Math.min(t1, k + 10)) && withheld(tokens, k, Math.min(t1, k + 10))) anonymous.add(tokens[sp.s0].start);
    break;
  }
  if ((low === 'told' || low === 'tells' || low === 'telling') && v + 1 < t1) {
    // ("told Coast Wire the ferry had been carrying ...": an article after the name opens the clause)
    // ("told Reuters 13 people were killed": a count after the name opens it too)
    let lim = v + 2;
    while (lim < Math.min(t1, v + 8) && !((/^(the|a|an)$/.test(tokens[lim].low) || tokens[lim].kind === 'num') &&
      tokens[lim - 1].kind === 'word' && tokens[lim - 1].text[0] !== tokens[lim - 1].low[0])) lim++;
    const ch = phraseAfter(tokens, v + 1, lim < Math.min(t1, v + 8) ? lim : t1);
    if (ch) {
      // "told AFP by telephone", "told the BBC late on Monday": the channel ends before the circumstance
      for (let k = ch.s0 + 1; k < ch.s1; k++) {
        // "told AFP they saw ...": a subject pronoun opens the reported clause (the "that" left out)
        if (/^(by|at|over|from|during|late|earlier|yesterday|today|via|through|he|she|they|we|i|it|there)$/.test(tokens[k].low)) {
          ch.s1 = k;
          break;
        }
      }
      if (tokens[ch.s0].low === 'the' && ch.s1 - ch.s0 > 1) ch.s0++;
      const text = doc.text.slice(tokens[ch.s0].start, tokens[ch.s1 - 1].end);
      const first = tokens[ch.s0].text;
      if (!NOT_OUTLETS.has(text.toLowerCase()) && first[0] !== first[0].toLowerCase() && !corefs().at(tokens, ch.s0, ch.s1)) sp.via = text;
    }
  }
  return sp;
}

/** Role nouns: their kind comes from whom they speak for ("BLA spokesman", "spokesman for the army"). */
const ROLES = new Set(['spokesman', 'spokesperson', 'spokeswoman', 'spokesmen', 'commander', 'commanders', 'chief',
  'leader', 'leaders', 'official', 'officials', 'head', 'secretary', 'director', 'representative', 'member',
  'members', 'chairman', 'president', 'deputy',
  // ("a negotiator for the gunmen", "an envoy of the rebels": one who talks for a side speaks as that side)
  'negotiator', 'negotiators', 'envoy', 'emissary']);
// ("Directorate of Police Against Gangs and Organised Crime": what a body acts against is no part of its head)
const CONTROLLED = new Set(['run', 'controlled', 'owned']);
const HEAD_STOPS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'against']);
/** A lower-case participle right after a lower-case plural noun ("relatives gathered", "residents living"). */
function participleAfterPlural(tokens: Token[], h: number): boolean {
  const t = tokens[h];
  const p = tokens[h - 1];
  return t.text === t.low && t.low.length > 4 && /(ed|ing)$/.test(t.low) && p.kind === 'word' &&
    p.text.slice(1) === p.low.slice(1) && p.low.length > 3 && p.low.endsWith('s');
}

/**
 * Kind from the source lexicon. The head noun decides ("Taliban-run Bakhtar agency" is media) unless it is a
 * role ("BLA spokesman", "spokesman for the Rapid Guard"): then the longest / strongest other match.
 */
export function kindOf(tokens: Token[], s: number, e: number): { kind?: SourceKind; canonical?: string } {
  const lex = lexicons();
  // ("GPAA commissioner via Radio Tamazuj": a speaker and its channel are two names, with a kind each)
  // ("A village elder (anonymous, via Radio Ndeke Luka)": the bracket withholds the speaker's name before the channel)
  // ("Local sources (via Studio Kalangou)": the speaker before the channel keeps the kind its words give it)
  for (let k = s + 1; k < e - 1; k++) {
    if (tokens[k].text !== 'via') continue;
    if (withheldVia(tokens, k, s)) return { kind: 'unnamed' };
    // (a channel unbracketed, "PCA commissioner via Radio Miraya", is split off where the speaker is read)
    return tokens[k - 1].low === '(' && k - 1 > s ? kindOf(tokens, s, k - 1) : {};
  }
  // "per Daily Trust", "the Weekly Mirror": a title that opens on its rhythm word is a newspaper, whatever body word
  // follows ("Daily Trust" is no trust)
  {
    const d = s + 1 < e && tokens[s].low === 'the' ? s + 1 : s;
    if (e - d >= 2 && labelWords('titleopening').has(tokens[d].low) && tokens[d].text === capitalised(tokens[d].low) &&
      tokens[d + 1].kind === 'word' && tokens[d + 1].text[0] !== tokens[d + 1].low[0]) return { kind: 'media' };
  }
  // ("Junta-run MRTV", "Kremlin-controlled NTV": a name the lexicon does not know, run or controlled by someone, is
  // a broadcaster or paper)
  for (let k = s + 2; k + 1 < e; k++) {
    if (tokens[k - 1].low !== '-' || !CONTROLLED.has(tokens[k].low)) continue;
    if (tokens.slice(k + 1, e).every((t) => t.kind === 'word' && isCap(t)) && !lex.sources.at(tokens, k + 1, e)) return { kind: 'media' };
    break;
  }
  // "the 42nd Brigade", "6th Infantry Division": numbered units are a state's order of battle
  for (let k = s; k + 2 < e; k++) {
    if (tokens[k].kind !== 'num' || !isOrdinal(tokens, k)) continue;
    for (let j = k + 2; j < Math.min(e, k + 5); j++) if (NUMBERED_UNITS.has(tokens[j].low)) return { kind: 'official' };
  }
  // "local officials and residents": the first conjunct names the speaker
  for (let k = s + 1; k < e - 1; k++) {
    if (tokens[k].low === 'and') {
      const first = kindOf(tokens, s, k);
      if (first.kind) return first;
      break;
    }
  }
  if (appointees && appointedByArmedParty(tokens, s, e)) return { kind: 'militant' };
  // ("the army's 17 Brigade", "3 Division": a unit numbered as armies number theirs speaks as its owner, if named, or
  // as the state)
  // ("the commander of the Twenty-Ninth Brigade", "the 29th Brigade": an ordinal numbers it too)
  if (e - s >= 2 && labelWords('numberedunit').has(tokens[e - 1].low) && (tokens[e - 2].kind === 'num' ||
    ORDINAL_WORD.test(tokens[e - 2].low) || e - 3 >= s && isOrdinal(tokens, e - 3))) {
    const owner = e - 3 > s && /^['’]s$/.test(tokens[e - 3].low) ? kindOf(tokens, s, e - 3) : {};
    return owner.kind ? owner : { kind: 'official' };
  }
  let h = s;
  // ("relatives gathered behind the police tape", "residents living near the barracks": a participle after a plural
  // noun opens a phrase on it; the police or barracks in there do not speak)
  while (h < e && !HEAD_STOPS.has(tokens[h].low) && !(h > s && participleAfterPlural(tokens, h))) h++;
  const head = h - 1;
  // ("Lakeland Air said", "Steppe Air": a name that ends on "Air" is an airline, an operator; "Air Info" is not)
  if (head > s && tokens[head].text === 'Air' && isCap(tokens[head - 1]) && tokens[head - 1].kind === 'word') return { kind: 'official' };
  // ("a video shared on Telegram", "a widely shared post on X": a post going round with no owner named speaks for nobody)
  if (head >= s && ownerlessPost(tokens, s, e)) return { kind: 'unnamed' };
  if (head >= s && !ROLES.has(tokens[head].low)) {
    const hm = lex.sources.endingAt(tokens, head + 1, s);
    const capsOk = !hm || !hm.data.caps || tokens[head].text === tokens[head].text.toUpperCase();
    if (hm && capsOk && hm.data.kind !== 'unnamed' && !unnamedIn(tokens, s, e)) {
      // "the Emergency Lawyers group": a bare "group" is armed unless a civic trade or body names it
      if (hm.data.kind === 'militant' && hm.length === 1 && GENERIC_HEADS.has(tokens[head].low)) {
        // ("miners' group", "the families' group": a body of people named by whom it gathers is civic)
        const mark = head - 1 > s ? tokens[head - 1] : undefined;
        if (mark && (mark.low === "'" || mark.low === '\u2019') && !mark.space && tokens[head - 2].low.endsWith('s') &&
          tokens[head - 2].kind === 'word') return { kind: 'official' };
        for (let k = s; k < head; k++) {
          const m = sourceMatch(tokens, k, head);
          if (m && m.data.kind === 'militant') break;
          if (m && m.data.kind === 'official') return { kind: 'official', canonical: m.data.canonical };
        }
      }
      if (hm.data.kind === 'official' && GENERIC_HEADS.has(tokens[head].low)) {
        const k = modifierKind(tokens, s, head + 1 - hm.length);
        if (k) return { kind: k };
      }
      // "the Political Bureau of Hamas", "the Command of the Revolutionary Front": a body or office of an armed
      // party speaks for the party, as its media office does
      if (hm.data.kind !== 'militant' && tokens[h]?.low === 'of' && h + 1 < e) {
        const of = kindOf(tokens, h + 1, e);
        if (of.kind === 'militant') return of;
      }
      return { kind: hm.data.kind, canonical: hm.data.canonical };
    }
  }
  // "the Spanish group Caminando Fronteras": a bare "group" before a name the lexicon does not know is a civic
  // body; an armed one is named as such ("the armed group X", "the jihadist group X") or known by name
  const ranked = kindByRank(tokens, s, e);
  // ("a spokesman for the state security coordination group": a bare "group" whose modifiers name a state body)
  if (ranked.kind === 'militant') {
    let armed = false;
    let state = false;
    for (let j = s; j < e && !armed; j++) {
      const m = sourceMatch(tokens, j, e);
      if (m?.data.kind === 'militant' && !(m.length === 1 && GENERIC_HEADS.has(tokens[j].low))) armed = true;
      if (m?.data.kind === 'official') state = true;
    }
    if (!armed && state) return { kind: 'official' };
  }
  if (ranked.kind === 'militant') {
    for (let k = s; k + 1 < e; k++) {
      if (tokens[k].low !== 'group' || !/^\p{Lu}/u.test(tokens[k + 1].text)) continue;
      let armed = false;
      for (let j = s; j < e && !armed; j++) {
        const m = sourceMatch(tokens, j, e);
        if (m && m.data.kind === 'militant' && !(j === k && m.length === 1)) armed = true;
      }
      if (!armed) return { kind: 'official' };
    }
  }
  return ranked;
}

/** Nouns of a post going round (attribution-words.txt postnoun; asked of a speaker phrase's words in kindOf, which is
 * hot: looked up once). The set is lower-case, so a capitalised head ("the Nagaland Post") is no post. */
const POST_NOUNS = labelWords('postnoun');
const RELATIVES = new Set(['who', 'which', 'that', 'whose']);
/** Words before a post that make it the way a speaker's words came out ("in a message", "(Telegram video)"). */
const CHANNEL_PREPS = new Set(['in', 'through', 'via', 'by', 'on', '(']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);
/**
 * The speaker phrase s..e is a post going round with no owner named: its first noun of posting, in lower case, with
 * no owner before it ("the army's video", "an RSF account"; "a pro-government account" supports, it is nobody's) and
 * no poster after it ("a video posted by the group").
 */
function ownerlessPost(tokens: Token[], s: number, e: number): boolean {
  // ("the message said": a post named again is the one named before, whose poster may be known)
  // ("A BIFF faction, in a message sent to reporters": the way a speaker's words came out is no speaker; so is a coder's
  // bracket after a speaker's own clause, "A rebel spokesman said 9 soldiers died (Telegram video)")
  if (DEFINITE.has(tokens[s].low) || (s > 0 && CHANNEL_PREPS.has(tokens[s - 1].low))) return false;
  let k = s;
  while (k < e && !POST_NOUNS.has(tokens[k].text)) k++;
  if (k === e) return false;
  for (let j = s; j < k; j++) {
    // (the post heads the phrase: "A passenger who sent text messages", "A BIFF faction, in a message" are no posts)
    if (/^['’]s$/.test(tokens[j].low) || (tokens[j].kind !== 'word' && tokens[j].low !== '-') || RELATIVES.has(tokens[j].low)) return false;
    if (sourceMatch(tokens, j, k) && !(j >= s + 2 && tokens[j - 1].low === '-' && tokens[j - 2].low === 'pro')) return false;
  }
  for (let j = k + 1; j < e; j++) if (tokens[j].low === 'by') return false;
  return true;
}

/** A desk of a newsroom that checks figures ("the desk", "our verification desk", "the fact-check team"). */
const OWN_DESK = /^(?:verification |fact-?check(?:ing|ers)? |data |investigations? )?desk$|^(?:verification|fact-?check(?:ing)?) (?:team|unit)$/;
/**
 * The speaker's name is the news outlet's own: its name ("Rift Valley Ledger"), its last word written as a name when
 * the name is longer ("the Ledger"), or its desk, bare, "our" or the outlet's ("Sahara Wire's verification desk").
 */
function selfNamed(name: string, outletName: string): boolean {
  const bare = name.replace(/^(?:the|our|this) /i, '');
  const low = bare.toLowerCase();
  const own = outletName.toLowerCase().replace(/^the /, '');
  const words = own.split(' ');
  // (a one-word outlet may be a body's initials, which the body publishes under: "SNAI" is the prison service's)
  if (low === own) return words.length > 1;
  if (words.length > 1 && low === words[words.length - 1] && /^\p{Lu}/u.test(bare)) return true;
  const desk = low.startsWith(own + "'s ") || low.startsWith(own + '’s ') ? low.slice(own.length + 3) : low;
  return OWN_DESK.test(desk);
}

/** Who a document's kind says it is for ("Media statement", "Press release"), not who issues it. */
const FOR_THE_PRESS = new Set(['media', 'press', 'news']);

/** An ordinal written as a word ("Third", "Ninth"; "Twenty-Ninth" ends on one). */
const ORDINAL_WORD = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth)$/;

/** The document has a word of appointment at all (set per document by attribute(); kindOf is hot). */
let appointees = true;

/**
 * "M23-appointed local authorities", "administrators installed by the junta's rivals, the RSF": a body an armed
 * party put in office speaks for that party.
 */
/** A news agency or outlet among tokens s..e ("Bakhtar news agency"; a bare "X-run agency" is one too, see modifierKind). */
function mediaAfter(tokens: Token[], s: number, e: number): boolean {
  if (e > s && tokens[e - 1].low === 'agency') return true;
  for (let k = s; k < e; k++) if (sourceMatch(tokens, k, e)?.data.kind === 'media') return true;
  return false;
}

function appointedByArmedParty(tokens: Token[], s: number, e: number): boolean {
  for (let k = s + 1; k < e; k++) {
    // ("Al-Shabaab-affiliated media": the party's own media, not a news agency it runs)
    if (labelWords('affiliate').has(tokens[k].low) && tokens[k - 1].low === '-' && k - 2 >= s && mediaAfter(tokens, k + 1, e)) {
      const m = lexicons().sources.endingAt(tokens, k - 1, s);
      if (m && m.data.kind === 'militant') return true;
    }
    if (wordRole(tokens[k].low) !== 'appointee') continue;
    // "X-appointed": the party written before the hyphen
    // (a news agency the party runs stays an outlet: "the Taliban-run Bakhtar agency", "rebel-run Saba news agency")
    if (tokens[k - 1].low === '-' && k - 2 >= s && !mediaAfter(tokens, k + 1, e)) {
      const m = lexicons().sources.endingAt(tokens, k - 1, s);
      if (m && m.data.kind === 'militant') return true;
    }
    // "appointed by X": the party after "by"
    if (k + 2 <= e && tokens[k + 1]?.low === 'by') {
      for (let j = k + 2; j < Math.min(e, k + 6); j++) {
        const m = sourceMatch(tokens, j, e);
        if (m) return m.data.kind === 'militant';
      }
    }
  }
  return false;
}

/** Military units that a state numbers. */
const NUMBERED_UNITS = lexiconRole('figure-words.txt', 'numbered-unit');

/** Organisation heads that say nothing about which side a body is on ("Liberation Army", "Mujahideen Council"). */
const GENERIC_HEADS = new Set(['army', 'forces', 'council', 'command', 'committee', 'movement', 'agency', 'office',
  'front', 'union', 'organisation', 'organization', 'group', 'service', 'centre', 'center', 'administration', 'unit',
  'units']);

/** The kind the modifiers of a generic head give it: a party word makes it militant, "X-run agency" is media. */
function modifierKind(tokens: Token[], s: number, e: number): SourceKind | undefined {
  for (let k = s + 1; k < e; k++) {
    if ((tokens[k].low === 'run' || tokens[k].low === 'owned') && tokens[k - 1].low === '-') return 'media';
  }
  let kind: SourceKind | undefined;
  let body = false;
  for (let k = s; k < e; k++) {
    const m = sourceMatch(tokens, k, e);
    // ("National Anti-Terrorist Committee", "Counter-Insurgency Unit": a body against an armed party is the state's)
    const against = m && k >= s + 2 && tokens[k - 1].low === '-' && !tokens[k - 1].space && /^(anti|counter)$/.test(tokens[k - 2].low);
    // "Al-Shabaab media office": the party's own office speaks for the party, not as a news outlet
    if (m && m.data.kind === 'militant' && !against) kind = 'militant';
    else if (m && m.data.kind === 'media' && kind !== 'militant') kind = 'media';
    // ("IFRC MENA Regional Office": a public body's name in capitals before a region's initials an agency shares)
    else if (m && m.data.kind === 'official' && k === s && /^\p{Lu}{3,}$/u.test(tokens[k].text)) body = true;
  }
  return kind === 'media' && body ? 'official' : kind;
}

/** Words of a withheld name ("on condition of anonymity", "asked not to be named", "not authorised to speak"). */
function withheld(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (/^(anonymity|anonymously|named|identified|authori[sz]ed|identify|name|sources?)$/.test(tokens[k].low)) return true;
  return false;
}

/** "(anonymous, to AFP)", "(unnamed, via Reuters)": a coder's bracket after a speaker that withholds the name. */
function withheldBracket(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (/^(anonymous|anonymously|anonymity|unnamed|unidentified)$/.test(tokens[k].low)) return true;
  return false;
}

/** The "via" at token v closes "(anonymous, via": a coder's bracket that withholds the speaker's name, from s on. */
function withheldVia(tokens: Token[], v: number, s: number): boolean {
  return v - 3 >= s && tokens[v - 1].low === ',' && tokens[v - 3].low === '(' && withheldBracket(tokens, v - 2, v - 1);
}

/** ", who asked not to be named," / ", who spoke for fear of reprisals," right after a speaker ending at `e`. */
function whoWithholds(tokens: Token[], e: number): boolean {
  if (e + 2 >= tokens.length || tokens[e].low !== ',' || !isRelativeWho(tokens[e + 1])) return false;
  let c = e + 2;
  while (c < Math.min(tokens.length, e + 20) && tokens[c].low !== ',' && tokens[c].low !== '.') c++;
  if (c >= tokens.length || tokens[c].low !== ',') return false;
  return unnamedIn(tokens, e + 1, c) && (withheld(tokens, e + 1, c) || tokens.slice(e + 1, c).some((t) => t.low === 'reprisals'));
}

function unnamedIn(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const m = sourceMatch(tokens, k, e);
    if (m && m.data.kind === 'unnamed') return true;
  }
  return false;
}

function kindByRank(tokens: Token[], s: number, e: number): { kind?: SourceKind; canonical?: string } {
  const lex = lexicons();
  let kind: SourceKind | undefined;
  let canonical: string | undefined;
  let best = 0;
  let unnamed = false;
  for (let k = s; k < e; k++) {
    const m = sourceMatch(tokens, k, e);
    if (!m) continue;
    if (m.data.kind === 'unnamed') unnamed = true;
    if (m.length > best || (m.length === best && kind && KIND_RANK[m.data.kind] > KIND_RANK[kind])) {
      best = m.length;
      kind = m.data.kind;
      canonical = m.data.canonical;
    }
  }
  if (unnamed) kind = 'unnamed';
  return { kind, canonical };
}

/** "the agency", "the spokesman": a noun phrase that refers back but can name its speaker when nothing came before
 * (not a pronoun, nor "the man" / "the woman", who could be anyone). */
function namesItself(tokens: Token[], sp: Speaker): boolean {
  return sp.s1 - sp.s0 >= 2 && tokens[sp.s0].low === 'the' && !/^(man|woman|group|militants?)$/.test(tokens[sp.s1 - 1].low);
}

/** Nouns for an outlet left unnamed in the running text ("another outlet", "a local daily"). */
const OUTLET_NOUNS = new Set(['outlet', 'newspaper', 'paper', 'daily', 'weekly', 'broadcaster', 'channel', 'station',
  'website', 'site', 'portal', 'tabloid']);

/** "Another outlet (Mizzima)": an outlet noun whose bracket right after it gives the name (up to six capitalised words). */
function bracketedOutlet(doc: Document, s: number, e: number): { name: string; kind: SourceKind } | undefined {
  const { tokens } = doc;
  // (the bracket may close the speaker phrase itself)
  if (tokens[e - 1].low === ')') {
    let p = e - 2;
    while (p > s && tokens[p].low !== '(') p--;
    if (p > s && tokens[p].low === '(') e = p;
  }
  if (e - s > 4 || e >= tokens.length || tokens[e].low !== '(' || !OUTLET_NOUNS.has(tokens[e - 1].low)) return undefined;
  let j = e + 1;
  while (j < tokens.length && j < e + 7 && tokens[j].kind === 'word' && isCap(tokens[j])) j++;
  if (j === e + 1 || j >= tokens.length || tokens[j].low !== ')') return undefined;
  const name = doc.text.slice(tokens[e + 1].start, tokens[j - 1].end);
  return { name, kind: kindOf(tokens, e + 1, j).kind ?? 'media' };
}

/** Kind and display name for a speaker phrase. */
function describe(doc: Document, sp: Speaker): { name: string; kind: SourceKind | undefined; coref?: Coref; org?: string; head?: number } {
  const { tokens } = doc;
  let s = sp.s0;
  let e = sp.s1;
  // ("* The report said ...": a list's bullet opens the line, not the name)
  while (s < e - 1 && LIST_BULLETS.has(tokens[s].text)) s++;
  const c = corefs().at(tokens, s, e);
  // ("the commander, Col. Idriss Sale," names the person: no reference back)
  const personAfter = sp.d0 !== undefined && sp.d1 !== undefined && personName(tokens, sp.d0, sp.d1) !== undefined;
  if (c && c.end === e && !personAfter) return { name: '', kind: undefined, coref: c.data };
  // ("Another outlet (Mizzima) reported", "a local daily (Nuestro Diario) said": the bracket names the outlet)
  const outletNamed = bracketedOutlet(doc, s, e);
  if (outletNamed) return outletNamed;
  // "his office", "its spokesman": the speaker named before
  // (but "according to its director, Ramon Felix", "Its spokeswoman, Dr Lina Haddad, said" name the person, who
  // speaks herself, as "the commander, Col. Idriss Sale," does)
  if (e - s <= 3 && !personAfter && (tokens[s].low === 'his' || tokens[s].low === 'her' || tokens[s].low === 'its' || tokens[s].low === 'their')) {
    return { name: '', kind: undefined, coref: 'any' };
  }
  // "The BLA's statement" → the BLA; "the city's fire chief" stays a person
  let issued = false;
  // ("JNIM's az-Zallaqa outlet": an armed party's own media speaks for the party)
  let partyOwned = false;
  for (let k = s; k < e; k++) {
    if (tokens[k].low !== "'s" && tokens[k].low !== "'" && tokens[k].low !== '\u2019') continue;
    // ("Monday's statement by the governor said", "Tuesday's report said": a day owns no document; the words after it
    // speak)
    if (k > s && k - s <= 2 && (lexicons().weekdays.has(tokens[k - 1].low) || labelWords('timeowner').has(tokens[k - 1].low))) {
      s = k + 1;
      break;
    }
    partyOwned = k > s && kindOf(tokens, s, k).kind === 'militant';
    // "the group's spokesman", "its statement": the possessor is a speaker named before
    const pc = corefs().at(tokens, s, k);
    // "the army's 3rd Infantry Division", "the army's Northern Command": a named unit of it speaks itself
    const unitAfter = k + 1 < e && (tokens[k + 1].kind === 'num' || tokens[k + 1].text[0] !== tokens[k + 1].low[0]);
    // the possessor's head word picks the antecedent ("the army's statement" → an army, not any statement)
    // (not a title: "the governor's spokesman, Ali Hamid" is another person, who speaks himself)
    // (but "the agency's executive secretary, Hajiya Musa," names the person, who speaks herself)
    const namedAfter = sp.d0 !== undefined && sp.d1 !== undefined && personName(tokens, sp.d0, sp.d1) !== undefined;
    // ("The army's media wing, Defence Public Affairs (DPA), said": a body named in apposition speaks itself)
    const bodyAfter = sp.d0 !== undefined && sp.d1 !== undefined && !namedAfter &&
      isProperPhrase(tokens, tokens[sp.d0].low === 'the' && sp.d1 - sp.d0 > 2 ? sp.d0 + 1 : sp.d0, sp.d1);
    if (pc && pc.end === k && k + 1 < e && !unitAfter && pc.data !== 'title' && !namedAfter && !bodyAfter) return { name: '', kind: undefined, coref: pc.data, head: k - 1 };
    // "the BLA's statement (on Telegram)", "the BLA's Telegram channel" → the BLA
    for (let j = k + 1; j < Math.min(e, k + 4); j++) {
      // ("The army's spokesman, Major Kofi Mensah, said": the spokesman named in apposition speaks himself)
      // ("Pakistan's military media wing said": a country owns no statement; the body after it speaks)
      // (its first word may name the body alone: "military media" reads as media, "military" is the state's)
      const stateBody = j > k + 1 && !kindOf(tokens, s, k).kind &&
        (kindOf(tokens, k + 1, j).kind === 'official' || kindOf(tokens, k + 1, k + 2).kind === 'official');
      if (ISSUED.has(tokens[j].low) && !(namedAfter && ROLES.has(tokens[j].low)) && !bodyAfter && !stateBody) {
        // "the governor's office said" after "Governor Musa Bello said": the governor named before
        if (pc && pc.end === k && pc.data === 'title') return { name: '', kind: undefined, coref: 'title', head: k - 1 };
        e = k;
        issued = true;
        break;
      }
    }
    break;
  }
  // "a video posted by the group", "a statement released by the ministry": the agent speaks
  // ("Early reports by the Togolese Press Agency gave a toll of four", "Initial reports from the agency put ...": so
  // does the maker of the reports)
  for (let k = s + 1; k < e - 1 && k < s + 6; k++) {
    // (a maker with a name or a kind: "reports from the valley" name no one)
    const reportsBy = (tokens[k].low === 'by' || tokens[k].low === 'from') && REPORT_NOUNS.has(tokens[k - 1].low) &&
      (hasName(tokens, k + 1, e) || !!kindOf(tokens, k + 1, e).kind);
    if (!reportsBy && (k < s + 2 || tokens[k].low !== 'by' || !DOC_PARTICIPLES.has(tokens[k - 1].low))) continue;
    const ac = corefs().at(tokens, k + 1, e);
    if (ac && ac.end === e) return { name: '', kind: undefined, coref: ac.data, head: e - 1 };
    s = k + 1;
    break;
  }
  if (s < e && DETERMINERS.has(tokens[s].low)) s++;
  // "the Associated Press from hospital records": the compiler speaks, its material is no part of the name
  for (let k = s + 1; k < e - 1; k++) {
    if (tokens[k].low === 'from' && (DOC_NOUNS.has(tokens[e - 1].low) || INFO_NOUNS.has(tokens[e - 1].low)) && hasName(tokens, s, k)) {
      e = k;
      issued = true;
      break;
    }
  }
  // "a police statement", "the Cal Fire incident update": the issuer named before the document speaks
  if (!issued && e - s >= 2 && DOC_NOUNS.has(tokens[e - 1].low)) {
    let d = e - 1;
    while (d > s && DOC_MODIFIERS.has(tokens[d - 1].low)) d--;
    // ("an internal police report", "a leaked UN memo": how the document came out is no part of its issuer)
    let a = s;
    while (a + 1 < d && labelWords('docleading').has(tokens[a].low)) a++;
    if (d > a && (kindOf(tokens, a, d).kind || hasName(tokens, a, d))) {
      s = a;
      e = d;
      issued = true;
    }
  }
  // "the communique of the Ministry of Interior", "the press service of the regional police" → the body
  for (let k = s + 1; k < Math.min(e - 1, s + 3); k++) {
    // (not the end of a name: "the Associated Press from hospital records" is the agency)
    const prevWord = tokens[k - 1];
    const nameEnd = k - 1 > s && prevWord.text[0] !== prevWord.low[0];
    // ("the statement by the governor": its maker after "by" too)
    if ((tokens[k].low === 'of' || tokens[k].low === 'from' || (tokens[k].low === 'by' && ISSUED.has(prevWord.low))) && !nameEnd &&
      (ISSUED.has(prevWord.low) || wordRole(prevWord.low) === 'office')) {
      let n = k + 1;
      if (n < e && DETERMINERS.has(tokens[n].low)) n++;
      // ("the Department of Health", "the Secretariat of Public Security": an office written as a name is the body
      // when what follows is no body of its own)
      if (ISSUED.has(prevWord.low) || !isCap(prevWord) || kindOf(tokens, n, e).kind) s = n;
      break;
    }
  }
  if (s >= e) return { name: '', kind: undefined };
  // ("a communique of the Ministry of Defence of Benin read on national television": how its document came out is no
  // part of the name)
  if (e - s > 2 && DOC_PARTICIPLES.has(tokens[e - 1].low) && isCap(tokens[e - 2])) e--;
  // Drop a trailing parenthetical ("Baloch Liberation Army (BLA)")
  if (tokens[e - 1].low === ')') {
    let k = e - 1;
    while (k > s && tokens[k].low !== '(') k--;
    if (k > s) e = k;
  }
  let { kind } = kindOf(tokens, s, issued ? e : sp.s1);
  if (partyOwned && kind === 'media') kind = 'militant';
  const org = orgOf(tokens, sp.s0, sp.s1);
  if (anonymous.has(tokens[sp.s0].start)) kind = 'unnamed';
  // ("A resident, who spoke to us for fear of reprisals, said": a subject's relative clause set off by commas that
  // withholds the name)
  if (kind !== 'unnamed' && whoWithholds(tokens, sp.s1)) kind = 'unnamed';
  const rel = described.get(tokens[sp.s0].start);
  if (rel && (!kind || kind === 'witness' || KIND_RANK[rel] > KIND_RANK[kind])) kind = rel;
  if (sp.d0 !== undefined && sp.d1 !== undefined && !placeApposition(tokens, sp.d0, sp.d1)) {
    // ("X, a grocer who was opening his shop, said": the apposition's own relative clause tells the kind)
    const d = kindOf(tokens, sp.d0, appositionHead(tokens, sp.d0, sp.d1)).kind ??
      ((tokens[sp.d0].low === 'who' || tokens[sp.d0].low === 'whose') && experienced(tokens, sp.d0, sp.d1) ? 'witness' : undefined) ??
      described.get(tokens[sp.d0].start);
    // ("The village head, Chief Ovie Emuakpor, told ...": a person's name after an honorific is no role of office;
    // the role before it tells the kind)
    const honorific = kind === 'witness' && sp.d1 - sp.d0 >= 3 && tokens[sp.d0].text[0] !== tokens[sp.d0].low[0] &&
      personName(tokens, sp.d0 + 1, sp.d1) !== undefined;
    // ("Health Minister X, writing on social media, said": the medium a named speaker used is no anonymity)
    const medium = d === 'unnamed' && isParticipleChunk(tokens, sp.d0) &&
      tokens.slice(sp.d0, sp.d1).some((t) => labelWords('medium').has(t.low) || t.low === 'social') &&
      !tokens.slice(sp.d0, sp.d1).some((t) => ANONYMITY.has(t.low));
    if (d && !honorific && !medium && (!kind || KIND_RANK[d] > KIND_RANK[kind] || kind === 'witness')) kind = d;
  }
  // ("a little-known group calling itself the Awash Valley People's Front": the name it gives itself; a group that
  // names itself so is an armed party)
  for (let k = s; k + 2 < e; k++) {
    if ((tokens[k].low === 'calling' || tokens[k].low === 'calls') && tokens[k + 1].low === 'itself') {
      s = tokens[k + 2].low === 'the' && k + 3 < e ? k + 3 : k + 2;
      kind = 'militant';
      break;
    }
  }
  // ("A person claiming to speak for the hijackers called a radio station and said": the band speaks, through him)
  if (!renamed.has(tokens[sp.s0].start) && tokens[sp.s1]?.low === 'claiming') {
    const band = spokeForBand(tokens, sp.s1);
    if (band) {
      renamed.set(tokens[sp.s0].start, band);
      kind = 'militant';
    }
  }
  const as = renamed.get(tokens[sp.s0].start);
  if (as) {
    // "a man who identified himself as a negotiator for the gunmen" → the negotiator for the gunmen
    s = as[0];
    e = as[1];
    if (s < e && DETERMINERS.has(tokens[s].low)) s++;
  }
  let name = doc.text.slice(tokens[s].start, tokens[e - 1].end);
  // "Ahmed Khan, a police spokesman": the name stays the person's, the apposition gives the organisation
  const appositionOrg = !as && sp.d0 !== undefined && sp.d1 !== undefined && personName(tokens, s, e) ?
    roleOrg(doc, sp.d0, sp.d1) : undefined;
  // An apposition describes the speaker; the name stays short. "A witness, Musa Bala" → the person's name.
  if (!as && sp.d0 !== undefined && sp.d1 !== undefined && sp.d1 > sp.d0 && !isParticipleChunk(tokens, sp.d0)) {
    const p = personName(tokens, sp.d0, sp.d1) ?? oneNameAfterRole(tokens, s, e, sp.d0, sp.d1, givesName.has(tokens[sp.s0].start));
    // (the role's kind before its body: "the spokesperson of the PRM, Mr. X" is an official)
    if (p && !personName(tokens, s, e)) return finish(doc, p[0], p[1], kind ?? kindOf(tokens, sp.s0, sp.s1).kind ?? 'witness', org ?? roleOrg(doc, s, e));
    // "A militant group, Harakat al-Sahil, said": a described kind of speaker, then its proper name
    // ("A local rights group, the Birnin Gwari Progressive Union, says": the name after its article)
    const d0 = tokens[sp.d0].low === 'the' && sp.d1 - sp.d0 > 2 ? sp.d0 + 1 : sp.d0;
    if (isCommonPhrase(tokens, s, e) && isProperPhrase(tokens, d0, sp.d1)) {
      // ("The regional police chief, Colonel Mamadi Keita," is a person: the role's body is the organisation)
      let role = false;
      for (let k = s; k < e; k++) if (ROLES.has(tokens[k].low)) role = true;
      const body = role ? roleOrg(doc, s, e) : doc.text.slice(tokens[d0].start, tokens[sp.d1 - 1].end);
      return finish(doc, d0, sp.d1, kind ?? 'official', org ?? body);
    }
  }
  const first = tokens[s];
  const second = s + 1 < e ? tokens[s + 1] : undefined;
  // "Police spokesman X" → "police spokesman X" (capital only for the sentence start); "Ministry of Interior" keeps it
  // ("Kedah and Perlis Maritime Director": "and" between two names of places keeps them names)
  const properAfterOf = second && (second.low === 'of' || second.low === 'for' || (second.low === 'and' && s + 2 < e &&
    tokens[s + 2].text[0] !== tokens[s + 2].low[0])) && hasName(tokens, s + 1, e);
  // (a name particle is no common word: "Mohammed al-Hassan" keeps its capital)
  const particle = !!second && /^(al|el|bin|ibn|de|da|van|von|ul)$/.test(second.low);
  const firstIsCommon = first.kind === 'word' && first.text !== first.text.toUpperCase() && !properAfterOf && !particle &&
    ((second && second.kind === 'word' && second.text[0] === second.low[0]) || (!second && isLowerLexiconWord(first.low)));
  if (firstIsCommon) name = name[0].toLowerCase() + name.slice(1);
  // A named person with no known role: given with an age ("Vesna Petrovic, 58,") a private person, a witness;
  // otherwise most often an official introduced earlier by role
  // (also one name alone, as many people go by: "said Wahidullah, 27,")
  const oneName = e - s === 1 && tokens[s].kind === 'word' && tokens[s].text[0] !== tokens[s].low[0] && tokens[s].text !== tokens[s].text.toUpperCase();
  if (!kind && (personName(tokens, s, e) || oneName) && sp.s1 + 2 < tokens.length && tokens[sp.s1].low === ',' &&
    tokens[sp.s1 + 1].kind === 'num' && (tokens[sp.s1 + 1].value ?? 0) < 110) kind = 'witness';
  // "the Kathmandu Post", "Daily Star": a newspaper's title word makes a named outlet media
  // ("said Le Van Tuan, a 29-year-old welder from ...": an apposition that gives an age and no official role is
  // how a private person is introduced)
  if (!kind && sp.d0 !== undefined && sp.d1 !== undefined && agedApposition(tokens, sp.d0, sp.d1)) kind = 'witness';
  // ("said Arsen Grigoryan, a guide waiting at the lower station": an apposition "a/an <noun>" that names no office
  // the lexicon knows introduces a private person, as an age does; an official is given a title or a body)
  if (!kind && sp.d0 !== undefined && sp.d1 !== undefined && sp.d1 - sp.d0 >= 2 && (tokens[sp.d0].low === 'a' || tokens[sp.d0].low === 'an') &&
    // (a name in the place phrase after the noun names no body: "a boat owner at Wanseko")
    (personName(tokens, s, e) || oneName) && !hasName(tokens, sp.d0, placeAfterNoun(tokens, sp.d0, appositionHead(tokens, sp.d0, sp.d1))) &&
    !labelWords('collective').has(tokens[appositionHead(tokens, sp.d0, sp.d1) - 1].low)) kind = 'witness';
  if (!kind && hasName(tokens, s, e) && NEWS_TITLES.has(tokens[e - 1].low) && tokens[e - 1].text[0] !== tokens[e - 1].low[0]) kind = 'media';
  // ("Prensa Libre put the toll at five", "Nuestro Diario reported": a title word only papers carry, anywhere in the name)
  if (!kind && hasName(tokens, s, e) && paperTitled(tokens, s, e)) kind = 'media';
  // ("The Guardian reported", "the Times of India": a capitalised title word alone after "The", or before "of" and a
  // place, names a newspaper)
  if (!kind && newsTitleAt(tokens, s, e)) kind = 'media';
  if (!kind) kind = hasName(tokens, s, e) ? 'official' : undefined;
  return { name, kind, org: org ?? appositionOrg };
}

/** "The Guardian", "The Nation" (one title word after a capital "The"), "Times of India" (a title word, "of", a name). */
function newsTitleAt(tokens: Token[], s: number, e: number): boolean {
  const titled = (k: number): boolean => NEWS_TITLES.has(tokens[k].low) && tokens[k].text[0] !== tokens[k].low[0];
  if (e - s === 1 && s > 0 && tokens[s - 1].text === 'The' && titled(s)) return true;
  if (e - s < 3 || !titled(s) || tokens[s + 1].low !== 'of') return false;
  for (let k = s + 2; k < e; k++) if (tokens[k].kind !== 'word' || tokens[k].text[0] === tokens[k].low[0]) return false;
  return true;
}

/**
 * The end of an apposition's head phrase: before a participle that describes what the person was doing ("a guide
 * waiting at the lower station with a group of ...": the guide, not the group; "a commander with the rebels" stays).
 */
function appositionHead(tokens: Token[], d0: number, d1: number): number {
  for (let k = d0 + 1; k < d1; k++) {
    const t = tokens[k];
    // ("a 24-year-old from Conakry who was recovering at the hospital": the relative clause describes the person)
    if (isRelativeWho(t) && k > d0 + 1) return k;
    if (t.kind === 'word' && t.text === t.low && t.low.length > 4 && t.low.endsWith('ing') && !DETERMINERS.has(tokens[k - 1].low) &&
      tokens[k - 1].low !== 'of') return k;
  }
  return d1;
}

/** After "citing": a source (a capitalised name, or a word of the sources lexicon within its first words). */
function citedSource(tokens: Token[], s: number, e: number): boolean {
  let k = s;
  while (k < e && DETERMINERS.has(tokens[k].low)) k++;
  if (k < e && isCap(tokens[k])) return true;
  for (let j = k; j < Math.min(e, k + 3); j++) if (sourceMatch(tokens, j, e)) return true;
  return false;
}

/** Nouns of a settlement that an apposition after a place's name describes it by. */
const SETTLEMENT_NOUNS = new Set(['village', 'town', 'city', 'settlement', 'community', 'hamlet', 'suburb', 'district', 'township']);
/** "Residents of Gidan Kaura, a farming village in Jibia Local Government Area, say": an apposition that says what the
 * place before it is ("a/an ... village"); the offices named in it are where the place lies, no kind of the speaker. */
function placeApposition(tokens: Token[], d0: number, d1: number): boolean {
  if (tokens[d0].low !== 'a' && tokens[d0].low !== 'an') return false;
  for (let k = d0 + 1; k < Math.min(d1, d0 + 4); k++) {
    if (SETTLEMENT_NOUNS.has(tokens[k].low)) return true;
    if (tokens[k].kind !== 'word' || isCap(tokens[k])) return false;
  }
  return false;
}

const WHERE_PREPS = new Set(['at', 'in', 'from', 'near', 'on']);
/** Where a place phrase opens after the noun of "a/an <noun> ..." ("a boat owner | at Wanseko"), else `d1`. */
function placeAfterNoun(tokens: Token[], d0: number, d1: number): number {
  for (let k = d0 + 2; k < d1; k++) if (WHERE_PREPS.has(tokens[k].low)) return k;
  return d1;
}

/** "a 29-year-old welder", "aged 47": an apposition opening on a person's age. */
function agedApposition(tokens: Token[], d0: number, d1: number): boolean {
  for (let k = d0; k < Math.min(d1, d0 + 6); k++) {
    const w = tokens[k].low;
    if (w === 'aged' && tokens[k + 1]?.kind === 'num') return true;
    if ((w === 'old' || w === 'year-old' || w.endsWith('-year-old')) && k > d0) return true;
  }
  return false;
}

/** The body a role phrase speaks for: "a police spokesman" → police; "a spokesman for the state railway" → state railway. */
function roleOrg(doc: Document, s: number, e: number): string | undefined {
  const { tokens } = doc;
  for (let k = s; k < e; k++) {
    if (!ROLES.has(tokens[k].low)) continue;
    let a = k + 1;
    if (a < e && (tokens[a].low === 'for' || tokens[a].low === 'of' || tokens[a].low === 'at')) {
      a++;
      while (a < e && DETERMINERS.has(tokens[a].low)) a++;
      return a < e ? doc.text.slice(tokens[a].start, tokens[e - 1].end) : undefined;
    }
    let b = s;
    while (b < k && (DETERMINERS.has(tokens[b].low) || /^(senior|local|top|chief|deputy|former|acting)$/.test(tokens[b].low))) b++;
    // ("the hospital's medical director" → the hospital)
    for (let j = b + 1; j < k; j++) if (tokens[j].low === "'s" || tokens[j].low === '\u2019s') return doc.text.slice(tokens[b].start, tokens[j - 1].end);
    return b < k ? doc.text.slice(tokens[b].start, tokens[k - 1].end) : undefined;
  }
  return undefined;
}

function finish(doc: Document, s: number, e: number, kind: SourceKind, org: string | undefined):
  { name: string; kind: SourceKind; org?: string } {
  return { name: doc.text.slice(doc.tokens[s].start, doc.tokens[e - 1].end), kind, org };
}

/** Lower-case words only ("militant group", "army spokesman"): a description, not a name. */
function isCommonPhrase(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && t.text[0] !== t.low[0] && !(k === s && k + 1 < e)) return false;
    if (t.kind === 'num') return false;
  }
  return e > s;
}

/** Capitalised words, with name particles ("al", "de", "of the"): a proper name. */
function isProperPhrase(tokens: Token[], s: number, e: number): boolean {
  if (e - s > 7) return false;
  let caps = 0;
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if (t.kind === 'num') return false;
    if (t.kind === 'word' && t.text[0] !== t.low[0]) caps++;
    // ("Jamaat-ul-Ahrar", "Lashkar-e-Jhangvi": a joiner glued by hyphens between the words of a name)
    else if (t.kind === 'word' && !/^(al|el|de|of|the|for|bin|van|von|la|le|and)$/.test(t.low) &&
      !(labelWords('namejoiner').has(t.low) && tokens[k - 1]?.low === '-' && !t.space)) return false;
  }
  return caps > 0 && tokens[s].text[0] !== tokens[s].low[0];
}

/**
 * "The head of the Ambon Search and Rescue Office, Mustari, said": a role, then one capitalised word in apposition
 * that the lexicon does not know, is a person who goes by one name.
 */
function oneNameAfterRole(tokens: Token[], s: number, e: number, d0: number, d1: number, given = false): [number, number] | undefined {
  while (d0 + 1 < d1 && wordRole(tokens[d0].low) === 'title') d0++;
  if (d1 - d0 !== 1) return undefined;
  const t = tokens[d0];
  if (t.kind !== 'word' || t.text[0] === t.low[0] || t.text === t.text.toUpperCase() || t.text.length < 3) return undefined;
  if (TIME_WORDS.has(t.low) || lexicons().months.has(t.low) || kindOf(tokens, d0, d1).kind) return undefined;
  let role = given;
  for (let k = s; k < e && !role; k++) role = ROLES.has(tokens[k].low);
  return role ? [d0, d1] : undefined;
}

/** The comma after a body's place ("the PRM in Zambézia, Mr. X"): past "in" and one to three capitalised words when a
 * comma follows them; else `k`. */
function pastBodyPlace(tokens: Token[], k: number, t1: number): number {
  if (tokens[k]?.low !== 'in' || k + 1 >= t1 || !isCap(tokens[k + 1])) return k;
  let j = k + 1;
  while (j < t1 && j < k + 4 && isCap(tokens[j])) j++;
  return tokens[j]?.low === ',' ? j : k;
}

/** After `k` (past a body's place) the sentence closes on one apposition that is a person's name: "..., said the
 * spokesperson of the PRM in Zambézia, Mr. Sidónio Faquir." */
function closesOnSpeaker(tokens: Token[], k: number, t1: number): boolean {
  const end = tokens[t1 - 1]?.low === '.' ? t1 - 1 : t1;
  const r = pastBodyPlace(tokens, k, t1);
  return r < end && tokens[r].low === ',' && personName(tokens, r + 1, end) !== undefined;
}

const TALLY_VERBS = new Set(['recorded', 'reported', 'registered']);
/** The subject of a tally verb is one capitalised word no lexicon knows (no acronym, no person), and a count or "the
 * highest toll" follows the verb: a place where the deaths were counted, not a body that speaks. */
function placeTally(tokens: Token[], sp: Speaker, v: number, t1: number): boolean {
  if (sp.s1 - sp.s0 !== 1 || sp.d0 !== undefined || !TALLY_VERBS.has(tokens[v].low)) return false;
  const t = tokens[sp.s0];
  if (t.kind !== 'word' || !isCap(t) || t.text === t.text.toUpperCase() || kindOf(tokens, sp.s0, sp.s1).kind ||
    lexicons().reporting.has(t.low)) return false;
  const next = tokens[v + 1];
  return v + 1 < t1 && (next.kind === 'num' || lexicons().numberWords.has(next.low) ||
    (next.low === 'the' && tokens[v + 2]?.low === 'highest'));
}

/** A person's name: two to four capitalised words the source lexicon does not know; a title ("Col.") dropped. */
function personName(tokens: Token[], s: number, e: number): [number, number] | undefined {
  while (s + 1 < e && wordRole(tokens[s].low) === 'title' && tokens[s + 1].low === '.') s += 2;
  while (s < e && wordRole(tokens[s].low) === 'title') s++;
  // ("Major Kofi Mensah": a rank in full is checked past, and kept in the name as the text writes it)
  const ranked = s;
  while (s < e && labelWords('rank').has(tokens[s].low) && tokens[s].text[0] !== tokens[s].low[0]) s++;
  // ("Colonel PNP Walter Quispe Ayala": the force's initials after the rank)
  if (s > ranked && s + 2 < e && tokens[s].kind === 'word' && tokens[s].text.length >= 2 && tokens[s].text.length <= 5 &&
    tokens[s].text === tokens[s].text.toUpperCase() && /^\p{Lu}+$/u.test(tokens[s].text)) s++;
  // (a hyphenated surname is one word: "Hassan Kadhim al-Zubaidi")
  let words = 0;
  for (let k = s; k < e; k++) if (!(tokens[k].low === '-' && !tokens[k].space) && !(k > s && tokens[k - 1].low === '-' && !tokens[k].space)) words++;
  if (words < 2 || words > 4 || e - s > 8) return undefined;
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.text[0] === t.low[0] || t.text === t.text.toUpperCase()) {
      // (the small second half of a hyphenated given name: "Kim Min-jun", "Nguyen Thi-lan")
      const half = t.kind === 'word' && k > s + 1 && tokens[k - 1].low === '-' && !t.space && !tokens[k - 1].space &&
        tokens[k - 2].kind === 'word' && tokens[k - 2].text[0] !== tokens[k - 2].low[0];
      // ("R. Muthulakshmi", "K. S. Rao": the dot of an initial; "Aline M.", as aid reports shorten a private
      // person's surname, when a given name comes first)
      const initial = (t.low === '.' && !t.space && k > s && (k + 1 < e || k > s + 1) && tokens[k - 1].text.length === 1 &&
        /^\p{Lu}$/u.test(tokens[k - 1].text)) || (/^\p{Lu}$/u.test(t.text) && tokens[k + 1]?.low === '.' && (k + 2 < e || (k + 2 === e && k > s)));
      // ("Josefa da Silva", "Pedro dos Santos", "Abdullah bin Omar": a lower-case particle of a surname)
      if (!(t.low === '-' || (t.text === t.low && labelWords('personparticle').has(t.low)) || half || initial)) return undefined;
    }
  }
  if (kindOf(tokens, s, e).kind) return undefined;
  return [ranked, e];
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'that', 'this']);

function hasNumber(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (tokens[k].kind === 'num') return true;
  return false;
}

function sharesHead(tokens: Token[], head: number, name: string): boolean {
  const w = oneSpelling(tokens[head].low).replace(/s$/, '');
  return w.length > 2 && oneSpelling(name.toLowerCase()).includes(w);
}

let spellings: Map<string, string> | undefined;
/** Lower-case text with each word in one spelling ("centre" and "center" alike): attribution-words.txt, role spelling. */
function oneSpelling(low: string): string {
  if (!spellings) {
    spellings = new Map();
    for (const [w, r, to] of lexiconRows('attribution-words.txt')) if (r === 'spelling' && to) spellings.set(w.toLowerCase(), to);
  }
  const table = spellings;
  return low.replace(/\p{L}+/gu, (w) => table.get(w) ?? w);
}

/** A source-lexicon match at token k that respects acronyms ("who" is not the WHO). */
function sourceMatch(tokens: Token[], k: number, e: number): ReturnType<ReturnType<typeof lexicons>['sources']['at']> {
  const m = lexicons().sources.at(tokens, k, e);
  if (m && m.data.caps && tokens[k].text !== tokens[k].text.toUpperCase()) return undefined;
  return m;
}

/** The organisation a speaker phrase names through a lexicon alias ("DG ISPR" → ISPR), if any. */
function orgOf(tokens: Token[], s: number, e: number): string | undefined {
  let best: { length: number; org: string } | undefined;
  for (let k = s; k < e; k++) {
    const m = sourceMatch(tokens, k, e);
    if (m?.data.canonical && (!best || m.length > best.length)) best = { length: m.length, org: m.data.canonical };
  }
  return best?.org;
}

function hasWord(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (tokens[k].kind === 'word') return true;
  return false;
}

function hasName(tokens: Token[], s: number, e: number): boolean {
  // the first word may be capitalised only because it starts the sentence ("Traders at the market said")
  for (let k = s + 1; k < e; k++) if (tokens[k].kind === 'word' && tokens[k].text[0] !== tokens[k].low[0]) return true;
  return false;
}

let lowerLexicon: Set<string> | undefined;
function isLowerLexiconWord(w: string): boolean {
  if (!lowerLexicon) {
    lowerLexicon = new Set(lexiconRows('sources.txt').map((r) => r[0]).filter((p) => p === p.toLowerCase()));
  }
  return lowerLexicon.has(w);
}

/** Units: sentences split at semicolons. */
/** Words that end the noun phrase a relative "who said" refers to ("disputed by | opposition leaders, who said"). */
const ANTECEDENT_STOPS = new Set(['by', 'to', 'from', 'with', 'and', ',', 'for', 'against']);
/** Before a body that speaks in a "which said" clause: where it was ("taken to the X hospital, which said"). */
const BODY_PLACE = new Set(['at', 'in', 'into', 'among']);
/**
 * At the comma of ", which said": the first token of the body named just before, after a word that closes it off
 * ("at", "to", "by", ...) within six tokens; the body must be one the lexicon knows or a capitalised name.
 */
function whichAntecedent(tokens: Token[], k: number, u0: number): number | undefined {
  for (let j = k - 1; j >= u0 && j >= k - 7; j--) {
    if (tokens[j].kind === 'num') return undefined;
    if (ANTECEDENT_STOPS.has(tokens[j].low) || BODY_PLACE.has(tokens[j].low)) {
      // ("..., according to the state police command, which also reported ...": the body the clause already cites)
      if (tokens[j].low === 'to' && tokens[j - 1]?.low === 'according') return undefined;
      let a = j + 1;
      if (a < k && DETERMINERS.has(tokens[a].low)) a++;
      if (a >= k || !(kindOf(tokens, a, k).kind || tokens[a].text[0] !== tokens[a].low[0])) return undefined;
      return j + 1;
    }
  }
  return undefined;
}

/** "according to what the Ministry of Defence announced in a statement": translated copy names the speaker as the
 * subject of a verb of saying after "what". */
function whatSaid(tokens: Token[], at: number, t1: number): { s0: number; s1: number } | undefined {
  if (tokens[at]?.low !== 'what') return undefined;
  const lex = lexicons();
  for (let e = at + 2; e < Math.min(t1, at + 12); e++) {
    if (lex.reporting.has(tokens[e].low)) return { s0: at + 1, s1: e };
    if (isBoundaryPunct(tokens[e])) return undefined;
  }
  return undefined;
}

/** At the comma of ", who said": the first token of the antecedent, when it opens a clause of its own. */
function relativeSpeakerStart(tokens: Token[], k: number, u0: number, t1: number): number | undefined {
  // ("treated at the Northern Mindanao Medical Center, which said it had received 19": a body's "which said" too;
  // its name ends at the place word before it, "at the X")
  const which = tokens[k + 1]?.low === 'which';
  if (tokens[k].low !== ',' || k + 2 >= t1 || !(isRelativeWho(tokens[k + 1]) || which)) return undefined;
  let v = k + 2;
  while (v < t1 - 1 && BETWEEN.has(tokens[v].low) && v < k + 5) v++;
  if (!lexicons().reporting.has(tokens[v].low)) return undefined;
  if (which) {
    const a = whichAntecedent(tokens, k, u0 + 1);
    return a !== undefined && a > u0 ? a : undefined;
  }
  for (let j = k - 1; j > u0 && j >= k - 6; j--) {
    if (tokens[j].kind === 'num') return undefined;
    if (ANTECEDENT_STOPS.has(tokens[j].low)) {
      // ("..., according to the governor, who told reporters ...": the clause goes on with the one it cites)
      if (tokens[j].low === 'to' && tokens[j - 1]?.low === 'according') return undefined;
      // ("..., according to its director, Ramon Felix, who said ...": the antecedent names the one the clause
      // before already cites; one speaker, one unit)
      if (tokens[j].low === ',') {
        for (let a = j - 1; a > u0 && a >= j - 7; a--) if (tokens[a].low === 'according' && tokens[a + 1].low === 'to') return undefined;
      }
      return j + 1 < k ? j + 1 : undefined;
    }
  }
  return undefined;
}

/**
 * "..., was taken to the Regional Hospital, where a spokeswoman said he was in stable condition": a relative clause of
 * place with a speaker of its own starts a unit; what the speaker says there is about the place's patient.
 */
function whereSpeaker(tokens: Token[], k: number, t1: number): boolean {
  if (tokens[k].low !== ',' || tokens[k + 1]?.low !== 'where') return false;
  for (let v = k + 3; v < Math.min(t1, k + 9); v++) if (lexicons().reporting.has(tokens[v].low)) return true;
  return false;
}

/** After a comma these open a clause of contrast that may name a speaker of its own ("..., though survivors said"). */
const CONTRAST_OPENERS = new Set(['but', 'while', 'whereas', 'though', 'although']);

function buildUnits(doc: Document): { sent: number; t0: number; t1: number; start: number; end: number }[] {
  const units: { sent: number; t0: number; t1: number; start: number; end: number }[] = [];
  doc.sentences.forEach((s, si) => {
    let u0 = s.t0;
    for (let k = s.t0; k < s.t1; k++) {
      // (every break below is at a comma, a semicolon or a full stop: other tokens are passed at once)
      const mark = doc.tokens[k].low;
      if (mark !== ',' && mark !== ';' && mark !== '.') continue;
      // "..., a figure disputed by opposition leaders, who said at least 60 had died": the relative clause
      // has its own speaker; its unit starts at the antecedent
      const rel = relativeSpeakerStart(doc.tokens, k, u0, s.t1);
      if (rel !== undefined) {
        units.push({ sent: si, t0: u0, t1: rel, start: u0 === s.t0 ? s.start : doc.tokens[u0].start, end: doc.tokens[rel - 1].end });
        u0 = rel;
        continue;
      }
      const clauseBreak = doc.tokens[k].low === ';' || isHiddenStop(doc.tokens, k) || whereSpeaker(doc.tokens, k, s.t1) ||
        (doc.tokens[k].low === ',' && k + 1 < s.t1 && CONTRAST_OPENERS.has(doc.tokens[k + 1].low)) ||
        andSpeaker(doc.tokens, k, s.t1) || commaSpeaker(doc.tokens, k, u0, s.t1) || afterCitation(doc.tokens, k, u0, s.t1);
      if (clauseBreak && k > u0 && k + 1 < s.t1) {
        units.push({ sent: si, t0: u0, t1: k + 1, start: u0 === s.t0 ? s.start : doc.tokens[u0].start, end: doc.tokens[k].end });
        u0 = k + 1;
      }
    }
    units.push({ sent: si, t0: u0, t1: s.t1, start: u0 === s.t0 ? s.start : doc.tokens[u0].start, end: s.end });
  });
  return units;
}

/**
 * "In June, gunmen killed 42 villagers, and the United Nations says more than 3,000 ...": a clause joined by ", and"
 * that opens on a speaker of its own (a known source and a reporting verb within a few words) starts a new unit;
 * its speaker does not reach back over the clause before.
 */
/**
 * "Clashes there killed at least 80 people, according to a U.N. estimate at the time, and thousands of farmers were
 * pushed out ...": a citation set inside or after a clause covers that clause; a clause of its own joined by ", and"
 * is the writer's again. True at that comma when an "according to" since u0 (not opening the unit) closes at it.
 */
function afterCitation(tokens: Token[], k: number, u0: number, t1: number): boolean {
  if (tokens[k]?.low !== ',' || tokens[k + 1]?.low !== 'and' || k + 3 >= t1) return false;
  let a = -1;
  for (let j = k - 2; j > u0 && j >= k - 30; j--) {
    if (tokens[j].low === 'according' && tokens[j + 1].low === 'to') {
      a = j;
      break;
    }
  }
  if (a <= u0 + 1 || tokens[a - 1].low !== ',') return false;
  // the clause after "and" has its own verb ("thousands of farmers were pushed out", "that it was shelled")
  let c = k + 2;
  if (tokens[c].low === 'that') c++;
  for (let j = c + 1; j < Math.min(t1, c + 8); j++) if (/^(was|were|is|are|had|has|have)$/.test(tokens[j].low)) return true;
  return false;
}

/** "Army says 3 soldiers killed, insurgents claim 34": after a bare comma, a speaker, a reporting verb and a count right
 * after it open a clause of their own, when the clause before names its own speaker (as headlines set two sides'
 * figures side by side). */
const AUX_WORDS = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'be', 'been', 'who', 'which', 'that']);
function commaSpeaker(tokens: Token[], k: number, u0: number, t1: number): boolean {
  if (tokens[k].low !== ',' || k + 3 >= t1) return false;
  const rep = lexicons().reporting;
  const countAt = (j: number): boolean => {
    const n = lexicons().hedgesBefore.at(tokens, j, t1)?.end ?? j;
    return n < t1 && (tokens[n].kind === 'num' || lexicons().numberWords.has(tokens[n].low));
  };
  if (rep.has(tokens[k + 1].low)) return false;
  for (let j = k + 2; j < Math.min(t1 - 1, k + 6); j++) {
    if (tokens[j].kind !== 'word' || AUX_WORDS.has(tokens[j].low)) return false;
    if (!rep.has(tokens[j].low)) continue;
    if (!countAt(j + 1) || kindOf(tokens, k + 1, j).kind === undefined) return false;
    // (the clause before gives its own speaker's count, "Army says 3 ...", within a few words: bounded, as a long
    // sentence has many commas)
    for (let b = Math.max(u0, k - 24); b + 1 < k; b++) if (rep.has(tokens[b].low) && countAt(b + 1)) return true;
    return false;
  }
  return false;
}

function andSpeaker(tokens: Token[], k: number, t1: number): boolean {
  if (tokens[k].low !== ',' || k + 3 >= t1 || tokens[k + 1].low !== 'and') return false;
  // ("A villager who helped bury the dead, and who declined to be named for fear of reprisals, said": a second
  // relative clause goes on describing the speaker)
  if (isRelativeWho(tokens[k + 2])) return false;
  const rep = lexicons().reporting;
  let end = -1; // the speaker's own words end before an apposition ("the X Movement, a rights group, says")
  let limit = Math.min(t1, k + 9);
  for (let j = k + 3; j < limit; j++) {
    const t = tokens[j];
    if (t.low === ',' && end < 0) {
      let c = j + 1;
      while (c < t1 && c < j + 8 && tokens[c].kind === 'word') c++;
      if (tokens[c]?.low !== ',' || c === j + 1) return false;
      end = j;
      j = c;
      limit = Math.min(t1, c + 3);
      continue;
    }
    if (t.kind !== 'word') return false;
    if (rep.has(t.low)) return kindOf(tokens, k + 2, end < 0 ? j : end).kind !== undefined;
  }
  return false;
}

/**
 * "... a hospital official said. ... said the official at the hospital, who asked not to be named": a role named
 * with "a" and then taken up with "the" by a speaker who withholds a name is one anonymous voice, unnamed from
 * its first mention (news writing states the anonymity once, usually on the second mention).
 */
function withheldBefore(doc: Document, own: (SourceRef | undefined)[]): void {
  // (the span holds the determiner when the speaker phrase has one)
  const opens = (start: number, det: RegExp): boolean =>
    det.test(doc.text.slice(Math.max(0, start - 5), start)) || det.test(doc.text.slice(start, start + 4) + '#');
  // one pass: first mentions with "a" wait by role noun until a withheld "the <role>" takes them up
  const waiting = new Map<string, number[]>();
  const witnessHead = new Set<string>();
  for (let ui = 0; ui < own.length; ui++) {
    const ref = own[ui];
    if (!ref?.span) continue;
    const name = ref.name.toLowerCase();
    if (ref.kind === 'unnamed') {
      const role = /^[\p{L}-]+/u.exec(name)?.[0];
      // ("The driver of the coach said ... said the driver, who asked not to be named": a private person by the head
      // of his description, too)
      const first = role !== undefined && (ROLES.has(role) || witnessHead.has(role)) && opens(ref.span.start, /(\bthe\s+$|^the\s)/i) ?
        waiting.get(role) : undefined;
      if (first) for (const uj of first) own[uj] = { ...(own[uj] as SourceRef), kind: 'unnamed' };
      if (first) waiting.delete(role as string);
    } else if (ref.kind === 'witness') {
      // the head before "of" ("driver of the 35-seat coach"), else the last word ("a stall owner")
      const head = /^([\p{L}-]+) of\b/u.exec(name)?.[1] ?? /[\p{L}-]+$/u.exec(name)?.[0];
      if (head === undefined || !/^[\p{Ll}]/u.test(ref.name.replace(/^the /i, ''))) continue;
      witnessHead.add(head);
      const list = waiting.get(head);
      if (list) list.push(ui);
      else waiting.set(head, [ui]);
    } else if (ref.kind === 'official') {
      const role = /[\p{L}-]+$/u.exec(name)?.[0];
      if (role === undefined || !ROLES.has(role) || !opens(ref.span.start, /(\ban?\s+$|^an?\s)/i)) continue;
      const list = waiting.get(role);
      if (list) list.push(ui);
      else waiting.set(role, [ui]);
    }
  }
}

/**
 * "According to Cabo Ligado, ... Fatalities: 4 (Cabo Ligado)": a name the lexicon does not know, which the note
 * lists in brackets as a publication, is that publication wherever it speaks in the same text: one name, one kind.
 */
function sameNameSameKind(doc: Document, own: (SourceRef | undefined)[], local: LocalSource[]): void {
  let media: Set<string> | undefined;
  for (const l of local) if (l.source.kind === 'media' && l.source.name !== 'outlet') (media ??= new Set()).add(l.source.name.toLowerCase());
  if (!media) return;
  const { tokens } = doc;
  for (let ui = 0; ui < own.length; ui++) {
    const ref = own[ui];
    if (!ref || ref.kind !== 'official' || !ref.span || !media.has(ref.name.toLowerCase())) continue;
    // (binary search: the first token at or after the span's start)
    let s = 0;
    for (let hi = tokens.length; s < hi;) {
      const mid = (s + hi) >> 1;
      if (tokens[mid].start < ref.span.start) s = mid + 1;
      else hi = mid;
    }
    let e = s;
    while (e < tokens.length && tokens[e].end <= ref.span.end) e++;
    if (e > s && kindOf(tokens, s, e).kind === undefined) own[ui] = { ...ref, kind: 'media' };
  }
}

/**
 * "Gunmen of the Dara Liberation Movement (DLM) attacked ... The DLM claimed 9 killed", "Fatalities: 4 (DLM)": an
 * acronym the text spells out in brackets after a name is that name, with the kind the name has, wherever it speaks
 * (when the lexicon does not know the acronym itself).
 */
function acronymSameKind(doc: Document, own: (SourceRef | undefined)[], local: LocalSource[], voice: SourceRef): void {
  const { tokens } = doc;
  let kinds: Map<string, SourceKind> | undefined;
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k].low !== '(' || tokens[k + 2].low !== ')' || !/^[A-Z]{2,8}$/.test(tokens[k + 1].text)) continue;
    // the capitalised words just before the bracket whose initials spell the acronym (links such as "of" skipped)
    const acr = tokens[k + 1].text;
    let j = k - 1;
    let i = acr.length - 1;
    while (j >= 0 && i >= 0 && j > k - 12) {
      const t = tokens[j];
      if (/^(of|the|for|and|al|el|'s|-)$/.test(t.low)) j--;
      else if (t.kind === 'word' && t.text[0] === acr[i]) {
        i--;
        j--;
      } else break;
    }
    if (i >= 0) continue;
    let n0 = j + 1;
    while (n0 < k && /^(of|the|for|and|'s|-)$/.test(tokens[n0].low)) n0++;
    const kind = n0 < k ? kindOf(tokens, n0, k).kind : undefined;
    if (kind === 'militant' || kind === 'official' || kind === 'media') (kinds ??= new Map()).set(tokens[k + 1].text, kind);
  }
  if (!kinds) return;
  const fix = (ref: SourceRef): SourceRef => {
    const acr = ref.name.replace(/^the /i, '');
    const kind = kinds!.get(acr);
    if (!kind || kind === ref.kind) return ref;
    const toks = tokenize(acr);
    return kindOf(toks, 0, toks.length).kind === undefined ? { ...ref, kind } : ref;
  };
  // (the document's own voice keeps its identity: other rules compare with it)
  for (let ui = 0; ui < own.length; ui++) if (own[ui] && own[ui] !== voice) own[ui] = fix(own[ui]!);
  for (const l of local) l.source = fix(l.source);
}

/**
 * "The Chin Defense Force (CDF) reported 23 killed ... killed over 30 CDF fighters": a body the lexicon does not know,
 * whose acronym the text puts before a word for an armed party's members, is an armed party (militant), though its
 * name ends on a state's word ("force").
 */
const ARMED_MEMBERS = new WordSet(labelWords('armedmember'));
function armedByMembers(doc: Document, own: (SourceRef | undefined)[], local: LocalSource[]): void {
  const { tokens } = doc;
  let armed: Set<string> | undefined;
  for (let k = 1; k < tokens.length; k++) {
    const a = tokens[k - 1];
    if (!ARMED_MEMBERS.hasToken(tokens[k]) || !/^[A-Z]{2,8}$/.test(a.text) || kindOf(tokens, k - 1, k).kind !== undefined) continue;
    (armed ??= new Set()).add(a.text);
  }
  if (!armed) return;
  const names = new Set<string>(armed);
  // the name each acronym spells out in brackets after it ("Chin Defense Force (CDF)")
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k].low !== '(' || tokens[k + 2].low !== ')' || !armed.has(tokens[k + 1].text)) continue;
    const full = spelledOut(tokens, k + 1, k + 2, k);
    if (full) names.add(doc.text.slice(tokens[full[0]].start, tokens[full[1] - 1].end).toLowerCase());
  }
  const fix = (ref: SourceRef): SourceRef => {
    const n = ref.name.replace(/^the /i, '');
    return ref.kind === 'official' && (names.has(n) || names.has(n.toLowerCase())) ? { ...ref, kind: 'militant' } : ref;
  };
  for (let ui = 0; ui < own.length; ui++) if (own[ui]) own[ui] = fix(own[ui]!);
  for (const l of local) l.source = fix(l.source);
}

/** The first or last word of an issuer's name ("ministry" of "Ministry of Health", "service" of "X Service"). */
function issuerHead(word: string, issuer: SourceRef): boolean {
  if (word.includes(' ') || word.length < 4) return false;
  const words = issuer.name.toLowerCase().split(/\s+/);
  return words.length > 1 && (words[0] === word || words[words.length - 1] === word);
}

/**
 * "NATIONAL DISASTER MANAGEMENT ORGANISATION (NADMO)" over a text that says only "NADMO wishes to inform ...",
 * "NADMO has cautioned ...": a body that calls itself by its acronym throughout goes by it, its full name the alias.
 */
function shortNamed(issuer: SourceRef, doc: Document): void {
  const alias = issuer.org;
  if (!alias || !/^\p{Lu}{2,8}$/u.test(alias) || !issuer.span) return;
  // (after the heading's line, which writes the alias in its bracket)
  const eol = doc.text.indexOf('\n', issuer.span.end);
  const rest = eol < 0 ? '' : doc.text.slice(eol);
  const uses = rest.match(new RegExp(`\\b${alias}\\b`, 'gu'))?.length ?? 0;
  if (uses < 2 || new RegExp(`\\b${escapeRegExp(issuer.name)}\\b`, 'iu').test(rest)) return;
  issuer.org = issuer.name;
  issuer.name = alias;
}

/** Small words a body's initials leave out ("Reduction and Management", "Office of"). */
const NAME_PARTICLES = new Set(['and', 'of', 'for', 'the', 'de', 'del', 'la', 'y', 'e', 'et', 'des', 'du']);
/** Whether a body's name spells out the initials that open an outlet's name ("Provincial Disaster Risk Reduction and
 * Management Office" for "PDRRMO Ifugao"): the first letters of its capitalised words. */
function spellsOutOutlet(name: string, outlet: string): boolean {
  const acronym = /^\s*(\p{Lu}{3,})\b/u.exec(outlet)?.[1];
  if (!acronym) return false;
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w) && !NAME_PARTICLES.has(w.toLowerCase()));
  // (the outlet may add a place after its initials the letterhead gives after a dash: "... OFFICE - IFUGAO")
  for (let n = words.length; n >= 2; n--) if (words.slice(0, n).map((w) => w[0]).join('') === acronym) return true;
  return false;
}

/** Attribution for every unit of a document. */
export function attribute(doc: Document, meta: ReportMeta | undefined): Attribution {
  // the document's own voice: the issuer its heading names, else the outlet
  const fallbackVoice = meta?.outlet?.trim() ? outletSource(meta) : datelineOutlet(doc) ?? outletSource(meta);
  const kindOnly = (tokens: Token[], s: number, e: number): SourceKind | undefined => kindOf(tokens, s, e).kind;
  // a release read without metadata: the issuer its heading names, else the office that signs it
  // (an outlet in the metadata that is itself a party or a public body published the release: its name stands,
  // "Naryn District Police" over the heading's "Office of the Superintendent of Police")
  const issuerOutlet = meta?.outlet?.trim() && fallbackVoice.kind !== 'media' ? fallbackVoice : undefined;
  // ("GHANA POLICE SERVICE / Western Regional Police Command / PRESS RELEASE" published by the service: the command
  // the text names issues, as when the release is read alone; round 14's letterhead rule)
  const lower = issuerOutlet ? headingIssuer(doc, kindOnly, measureIn) : undefined;
  // the first line of a text of several, which may name the outlet as its letterhead
  const firstLine = doc.sentences.length > 1 ?
    doc.text.slice(doc.sentences[0].start, doc.sentences[0].end).trim().toLowerCase() : undefined;
  const underOutlet = lower && issuerOutlet && lower.name.toLowerCase() !== issuerOutlet.name.toLowerCase() &&
    firstLine === issuerOutlet.name.trim().toLowerCase() ? lower : undefined;
  const heading = underOutlet ?? issuerOutlet ?? headingIssuer(doc, kindOnly, measureIn) ??
    (meta?.outlet?.trim() ? undefined : officeHeading(doc, kindOnly) ?? weParty(doc, kindOnly) ?? statementOpening(doc, kindOnly));
  const signed = heading || meta?.outlet?.trim() ? undefined :
    referenceIssuer(doc, kindOnly) ?? issuedByLine(doc, kindOnly) ?? signatureIssuer(doc, kindOnly);
  // ("PDRRMO Ifugao" publishing under the letterhead "Provincial Disaster Risk Reduction and Management Office": the
  // letterhead spells out the outlet's initials, so the outlet's own name stands, with the letterhead's kind)
  if (heading && heading !== issuerOutlet && meta?.outlet?.trim() && spellsOutOutlet(heading.name, meta.outlet)) {
    heading.name = meta.outlet.trim();
    heading.org = undefined;
  }
  const outlet = heading ?? signed ?? fallbackVoice;
  // a heading or signature set in capitals names its body as a name is written ("Nigerian Correctional Service")
  if (outlet !== fallbackVoice && outlet !== issuerOutlet) {
    outlet.name = displayName(outlet.name, doc);
    if (outlet.org) outlet.org = displayName(outlet.org, doc);
    shortNamed(outlet, doc);
  }
  // "SITUATION UPDATE No. 4" with no issuer named anywhere: an official document all the same
  if (outlet === fallbackVoice && outlet.kind === 'media' && outlet.name === 'outlet' && !meta?.outlet?.trim() &&
    officialDocumentHeading(doc)) outlet.kind = 'official';
  // ("CITIZENS' ELECTION MONITORING PLATFORM (CEMP) / Incident log ... - Entry No. 214" published by the platform: a
  // body that heads its own record with its name issues it, whatever its name says it is)
  else if (outlet === fallbackVoice && outlet.kind === 'media' && meta?.outlet?.trim() &&
    firstLine?.startsWith(meta.outlet.trim().toLowerCase()) && officialDocumentHeading(doc)) outlet.kind = 'official';
  // (most documents leave them empty: clearing an empty set still builds it anew)
  if (anonymous.size) anonymous.clear();
  if (described.size) described.clear();
  if (renamed.size) renamed.clear();
  if (givesName.size) givesName.clear();
  // (only in the two shapes the check reads, "X-run" and "run by X": common words like "led" stay cheap; the
  // shapes are tested first, as few words are in one and the role lookup is the dear part)
  appointees = doc.tokens.some((t, k) => t.kind === 'word' &&
    (doc.tokens[k - 1]?.low === '-' || doc.tokens[k + 1]?.low === 'by') &&
    (wordRole(t.low) === 'appointee' || (doc.tokens[k - 1]?.low === '-' && labelWords('affiliate').has(t.low))));
  const raw = buildUnits(doc);
  const n = raw.length;
  const own: (SourceRef | undefined)[] = new Array(n);
  const named: SourceRef[] = [];
  /** The words that first introduced a named speaker ("the Dosso regional governor, Colonel Ibrahim Moussa"). */
  const introduced = new WeakMap<SourceRef, string>();
  const closing: boolean[] = new Array(n).fill(false);
  const kindFn = (tokens: Token[], s: number, e: number): SourceKind | undefined => kindOf(tokens, s, e).kind;
  const local: LocalSource[] = bracketSources(doc, kindFn);
  const bracketed = new Set(local.map((l) => l.sent));
  local.push(...citedClaims(doc, kindFn));
  // ("We are hearing from the Red Cross that ... , it added": a source heard from is a speaker "it" takes up)
  const heard = heardFrom(doc, kindFn).sort((a, b) => a.start - b.start);
  local.push(...heard);
  let hi = 0;
  const oursLater: number[] = [];
  for (let ui = 0; ui < n; ui++) {
    const u = raw[ui];
    const uEnd = doc.tokens[u.t1 - 1]?.end ?? 0;
    while (hi < heard.length && heard[hi].start < uEnd) named.push(heard[hi++].source);
    // ("The owner will say they were never here": someone who will say a thing has said nothing yet)
    const found = findSpeaker(doc, u.t0, u.t1);
    const sp = found && !sayingToCome(doc.tokens, found, u.t1) ? found : undefined;
    // "Coding: deaths 11-14", "Fatalities coded: 7 (conservative estimate)": the writer's own figure; a
    // "speaker" inside a bracket after it is a note, but "Note: posts claim ..." still names one
    if (ownVoiceLabel(doc.tokens, u.t0, u.t1) && (!sp || inBracket(doc.tokens, u.t0, sp.s0))) {
      own[ui] = outlet;
      continue;
    }
    // "No fatalities reported.", "No crew fatalities.": a coder's own line, whoever spoke before it
    if (!sp && u.t0 === doc.sentences[u.sent].t0 && coderLine(doc.tokens, u.t0, u.t1)) {
      own[ui] = outlet;
      continue;
    }
    if (!sp) {
      // ("Moinul Haque, 38, a rickshaw puller, has been living in a classroom since Monday. "...," he said": a person
      // the sentence opens on, with an apposition, is whom the next "he" or "she" takes up, though he says nothing yet)
      const subject = u.t0 === doc.sentences[u.sent].t0 ? openingPerson(doc, u.t0, u.t1) : undefined;
      if (subject) named.push(subject);
      // "2 aid workers were reportedly killed": the writer passes on reports it does not name
      const r = reportedlyAt(doc.tokens, u.t0, u.t1);
      // ("It is alleged that at about 01:30 three armed men entered ...": a police release's formula for its own
      // account of the events; the issuer tells it)
      // ("It is reported that at about 06:15 the taxi ...": a police release's same formula in the present)
      const formula = r >= 0 && outlet.kind === 'official' && (/^(alleged|allegedly)$/.test(doc.tokens[r].low) ||
        (doc.tokens[r].low === 'reported' && doc.tokens[r - 1]?.low === 'is' && doc.tokens[r - 2]?.low === 'it'));
      if (r >= 0 && !formula) own[ui] = { name: 'reports', kind: 'unnamed', span: { start: doc.tokens[r].start, end: doc.tokens[r].end } };
      continue;
    }
    closing[ui] = closesUnit(doc.tokens, Math.max(sp.s1, sp.d1 ?? 0), u.t1);
    const span = { start: doc.tokens[sp.s0].start, end: doc.tokens[sp.s1 - 1].end };
    // "An earlier version of our report said ...", "this newspaper reported": the outlet itself
    if (selfReference(doc.tokens, sp.s0, sp.s1)) {
      own[ui] = outlet;
      continue;
    }
    // "Our teams on the ground report ...", "our staff in the camp said": in an issuer's document its own people
    // speak for it (a newspaper's "our sources" stay whoever they are)
    // (also where the phrase starts after the possessive: "according to our ground intelligence")
    const ours = doc.tokens[sp.s0].low === 'our' || (sp.s0 > u.t0 && doc.tokens[sp.s0 - 1].low === 'our');
    if (ours && outlet.kind !== 'media' && !unnamedIn(doc.tokens, sp.s0, sp.s1)) {
      own[ui] = outlet;
      continue;
    }
    // (a party's statement carried by a channel speaks as the party only once statementVoice has read it, below)
    if (ours && meta?.outlet?.trim() && !unnamedIn(doc.tokens, sp.s0, sp.s1)) oursLater.push(ui);
    const d = describe(doc, sp);
    if (d.coref) {
      const want = d.coref;
      let hit: SourceRef | undefined;
      // "The Agency can confirm ..." in the X County Emergency Management Agency's own release: the head of the
      // issuer's name, written as a name, is the issuer before any other body quoted in between
      const hw = doc.tokens[sp.s1 - 1];
      if (outlet.kind === 'official' && sp.s1 - sp.s0 === 2 && doc.tokens[sp.s0].low === 'the' &&
        hw.text[0] !== hw.low[0] && issuerHead(hw.low, outlet)) hit = outlet;
      // "the ministry": first a source whose own head is that word ("the civil emergencies ministry"), not a
      // person it merely describes ("ministry spokeswoman Elira Hoxha")
      // "the official" after "Jean Mubake, the head of the port authority, said": one person, the latest
      // official named as a person (before any "officials" that share the word)
      // ("the general officer", "the senior officer" in translated copy: the same, by rank class)
      if (want === 'official' && !hit && /^(official|officer)$/.test(doc.tokens[d.head ?? sp.s1 - 1].low)) hit = latestOfficialPerson(named);
      if (want === 'official' && !hit) {
        const w = oneSpelling(doc.tokens[d.head ?? sp.s1 - 1].low).replace(/s$/, '');
        for (let k = named.length - 1; k >= 0 && k >= named.length - 20; k--) {
          const cand = named[k];
          if (cand.kind === 'official' && w.length > 2 && oneSpelling(cand.name.toLowerCase()).replace(/s$/, '').endsWith(w)) {
            hit = cand;
            break;
          }
        }
      }
      // "the same sources": the latest speaker, anonymous ones included
      if (want === 'same' && named.length) hit = named[named.length - 1];
      // ("vehicles of the NGO Tondi Health Alliance ... The NGO said": a body the text named by that trade noun)
      if (want === 'body' && /^(ngo|charity)$/.test(doc.tokens[sp.s1 - 1].low)) hit = bodyNamedBefore(doc, sp.s0);
      // "Amnesty International said ... The rights group said": the latest body (not a person) that is no party
      if (want === 'body' && !hit) {
        for (let k = named.length - 1; k >= 0 && k >= named.length - 8 && !hit; k--) {
          if (named[k].kind !== 'official') continue;
          // (a body the lexicon knows by name, or one whose name ends in a body's word)
          const nt = tokenize(named[k].name);
          if (!isOnePerson(named[k].name) || kindOf(nt, 0, nt.length).kind === 'official') hit = named[k];
        }
      }
      // "..., the spokesperson added": the latest speaker named as a spokesperson, not a body quoted in between
      if (want === 'any' && /^spokes(man|person|woman)$/.test(doc.tokens[d.head ?? sp.s1 - 1].low)) {
        for (let k = named.length - 1; k >= 0 && k >= named.length - 8 && !hit; k--) {
          if (/\bspokes(man|person|woman)\b/i.test(named[k].name)) hit = named[k];
        }
      }
      // ("the Norway-based group Khuzestan Rights Monitor said ... The group said": a civic body named as a group is
      // "the group", unless an armed party spoke since)
      if (want === 'militant' && /^(group|organisation|organization)$/.test(doc.tokens[d.head ?? sp.s1 - 1].low)) {
        const head = new RegExp(`\\b${doc.tokens[d.head ?? sp.s1 - 1].low}\\b`, 'i');
        for (let k = named.length - 1; k >= 0 && k >= named.length - 8 && !hit; k--) {
          if (named[k].kind === 'militant') break;
          if (named[k].kind === 'official' && head.test(named[k].name)) hit = named[k];
        }
      }
      // "the governor added": the latest speaker with that title in its name, whatever its kind
      if (want === 'title') {
        const w = doc.tokens[d.head ?? sp.s1 - 1].low;
        // ("one of the relatives told the paper ... said the relative": one of a plural is that one person)
        const title = new RegExp(`\\b${w}\\b`, 'i');
        const oneOf = new RegExp(`^(one|another) of (the|his|her|their) ${w}s$`, 'i');
        // (not for an office of the title: "the governor's office said" speaks as the office)
        const office = doc.tokens.slice(sp.s0, sp.s1).some((t) => t.low === "'s" || t.low === '\u2019s');
        for (let k = named.length - 1; k >= 0 && k >= named.length - 20; k--) {
          // ("the Dosso regional governor, Colonel Ibrahim Moussa, said ... the governor added": or in the words that
          // introduced the person)
          if (title.test(named[k].name) || oneOf.test(named[k].name) || (!office && title.test(introduced.get(named[k]) ?? ''))) {
            hit = named[k];
            break;
          }
        }
      }
      // ("According to the commander ..., Rear Admiral X, ... "...," indicated the officer": with no officer named as
      // one, the officer is the latest official named as a person)
      if (want === 'title' && !hit && doc.tokens[d.head ?? sp.s1 - 1].low === 'officer') hit = latestOfficialPerson(named);
      const person = (sp.s1 - sp.s0 === 1 && /^(he|she|him|her)$/.test(doc.tokens[sp.s0].low)) ||
        (sp.s1 - sp.s0 === 2 && /^(man|woman)$/.test(doc.tokens[sp.s0 + 1].low));
      const thing = sp.s1 - sp.s0 === 1 && doc.tokens[sp.s0].low === 'it';
      for (let k = named.length - 1; !hit && k >= 0 && k >= named.length - 20; k--) {
        const cand = named[k];
        // ("he"/"she" may be an anonymous person: "a doctor, who asked not to be named, said ... he said")
        // ("Security sources said ... Two more died, they said": "they" takes up the anonymous voices just named)
        const plural = k === named.length - 1 && /^(they|them)$/.test(doc.tokens[sp.s0].low) && sp.s1 - sp.s0 === 1 &&
          // ("Two security officials in Quetta, speaking on condition of anonymity, gave lower figures. They said":
          // the plural head before a place)
          /s$/.test(cand.name.replace(/ (in|at|from|near|on) .*$/, '')) && cand.name !== 'reports';
        if (cand.kind === 'media' || (cand.kind === 'unnamed' && !person && !plural)) continue;
        // "he"/"she" is one person: not "residents" or "the ministry" named in between
        if (person && !isOnePerson(cand.name)) continue;
        // ("The Red Cross said ... 'I saw five,' he said. ... , it added": "it" is a body, never a person quoted since)
        if (thing && cand.kind === 'witness') continue;
        if (want === 'any' || (want === 'militant' && cand.kind === want)) {
          hit = cand;
          break;
        }
        // "the army", "the ministry": only a speaker with that word in its name
        if (want === 'official' && cand.kind === 'official' && sharesHead(doc.tokens, d.head ?? sp.s1 - 1, cand.name)) {
          hit = cand;
          break;
        }
      }
      // "The Red Cross said ... The organisation added": with no armed group named, "the organisation" is
      // the latest body that spoke
      if (!hit && want === 'militant' && /^(organisation|organization)$/.test(doc.tokens[d.head ?? sp.s1 - 1].low)) {
        for (let k = named.length - 1; k >= 0 && k >= named.length - 6 && !hit; k--) {
          if (named[k].kind !== 'unnamed' && named[k].kind !== 'witness') hit = named[k];
        }
      }
      // ("a convoy of the charity Relief Bridge International ..., the organisation said": no body spoke before, the
      // charity or NGO the text named by its trade does)
      if (!hit && want === 'militant' && /^(organisation|organization)$/.test(doc.tokens[d.head ?? sp.s1 - 1].low) && sp.s1 - sp.s0 <= 2) {
        const body = bodyNamedBefore(doc, sp.s0);
        if (body) {
          hit = body;
          named.push(body);
        }
      }
      if (!hit && want === 'any' && outlet.kind !== 'media') hit = outlet; // "we"/"it" in a group's own statement
      // ("Al-Shabaab militants attacked ... The group said": no party spoke before, the party the text named does)
      // (only "the group": "the separatists", "the militants" say who they are as they stand)
      if (!hit && want === 'militant' && doc.tokens[d.head ?? sp.s1 - 1].low === 'group') {
        const party = partyNamedBefore(doc, kindOnly, sp.s0);
        if (party) {
          hit = party;
          named.push(party);
        }
      }
      // ("The plane, operated by the private carrier Fezzan Air, ... the airline said": no firm spoke before, the firm
      // the text named by its trade does)
      if (!hit && want === 'official' && FIRM_WORDS.has(doc.tokens[d.head ?? sp.s1 - 1].low) && sp.s1 - sp.s0 <= 2) {
        const firm = firmNamedBefore(doc, sp.s0);
        if (firm) {
          hit = firm;
          named.push(firm);
        }
      }
      // "The Ministry confirms ..." in the Ministry of Health's own release: the issuer, by the head of its name
      if (!hit && want === 'official' && outlet !== fallbackVoice && outlet.kind === 'official' && sp.s1 - sp.s0 <= 2 &&
        issuerHead(doc.tokens[sp.s1 - 1].low, outlet)) hit = outlet;
      // '"...," said the man, who asked not to be named': the person named before withholds the name, here and
      // in what he said before (one person, one kind)
      if (hit && anonymous.has(span.start) && hit.kind !== 'unnamed' && hit.kind !== 'media' && isOnePerson(hit.name)) {
        const was = hit;
        hit = { ...was, kind: 'unnamed' };
        for (let k = 0; k < named.length; k++) if (named[k] === was) named[k] = hit;
        for (let uj = 0; uj < ui; uj++) {
          if (own[uj] && own[uj]!.name === was.name && own[uj]!.kind === was.kind) own[uj] = { ...own[uj]!, kind: 'unnamed' };
        }
      }
      if (hit) {
        own[ui] = { ...hit, span };
        if (sp.via) own[ui]!.via = sp.via;
      } else if ((want !== 'any' && want !== 'same') || namesItself(doc.tokens, sp)) {
        // "According to the army, ..." with no army named before: the phrase is the source
        // (so is "the agency" or "the spokesman" that opens a text: no pronoun, a role or body by its noun)
        let e = sp.s1;
        for (let j = sp.s0; j < e; j++) if (doc.tokens[j].low === "'s" || doc.tokens[j].low === '\u2019') e = j; // "the military's wing"
        const name = doc.text.slice(span.start, doc.tokens[e - 1].end).replace(/^the /i, '');
        const k = kindOf(doc.tokens, sp.s0, e).kind;
        const ref: SourceRef = { name, kind: want === 'militant' ? 'militant' : anonymous.has(span.start) ? 'unnamed' : k ?? 'official', span };
        if (sp.via) ref.via = sp.via;
        own[ui] = ref;
        named.push(ref); // "The ministry said ... It added": the ministry is now a named speaker
      }
      continue;
    }
    if (!d.name) continue;
    // "Mwangi denied the claim": a surname alone is the person named in full before
    // ("Mr Traore said" after "Moussa Traore, the village chief, said": an honorific before the surname)
    // (or a rank: "Col. Sidibé says" after "governor Col. Abdoulaye Sidibé says", "Maj. Oware", "Supt. Akpan")
    const surname = stripTitles(d.name);
    let same = surname.includes(' ') || !/^\p{Lu}/u.test(surname) ? undefined :
      named.slice(-20).reverse().find((r) => r.name.endsWith(' ' + surname) && r.kind !== 'unnamed');
    // "one official said", "another resident said": one of a group named just before, with its kind
    const one = /^(one|another|one of the|a second|a third) (\p{L}+?)s?$/u.exec(d.name.toLowerCase());
    if (one && !same) {
      const stem = one[2];
      const grp = named.slice(-6).reverse().find((r) => r.name.toLowerCase().includes(stem));
      if (grp) same = { name: d.name, kind: grp.kind };
    }
    // "The INGD has recorded ..." under the heading "NATIONAL INSTITUTE FOR ... (INGD)": the issuer, by either name
    const low = d.name.toLowerCase().replace(/^the /, '');
    // ("The Ministry confirms" under "MINISTRY OF HEALTH", "the Service" under "... CORRECTIONAL SERVICE": the head
    // word of the issuer's name, written as a name, is the issuer too)
    const head = /^\p{Lu}/u.test(d.name.replace(/^the /i, '')) && issuerHead(low, outlet);
    if (!same && outlet !== fallbackVoice && outlet.kind !== 'media' && (low === outlet.name.toLowerCase() || head ||
      (outlet.org !== undefined && low === outlet.org.toLowerCase()))) same = { name: outlet.name, kind: outlet.kind, ...(outlet.org ? { org: outlet.org } : {}) };
    // ("the Ledger can confirm" in The Rift Valley Ledger, "the desk could confirm", "Sahara Wire's verification desk
    // has found": a news outlet naming itself, by its name, its title word or its desk, speaks in its own voice)
    // (a speaker whose words make it a body is one, whatever outlet carries its name: "SNAI" publishing as "SNAI")
    if (!same && outlet.kind === 'media' && (d.kind === undefined || d.kind === 'media') && selfNamed(d.name, outlet.name)) same = { name: outlet.name, kind: outlet.kind };
    const ref: SourceRef = same ? { ...same, span } : { name: d.name, kind: d.kind ?? 'official', span };
    if (sp.via) ref.via = sp.via;
    else delete ref.via;
    if (d.org && !same) ref.org = d.org;
    own[ui] = ref;
    named.push(ref);
    if (!same && sp.d0 !== undefined && sp.d1 !== undefined) {
      const a = Math.min(sp.s0, sp.d0);
      const b = Math.max(sp.s1, sp.d1);
      introduced.set(ref, doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end));
    }
    if (sp.channel) {
      const ch = describe(doc, sp.channel);
      if (ch.name) named.push({ name: ch.name, kind: ch.kind ?? 'official', span });
    }
    // "The Revolutionary Armed Forces of the South (FARS) inform that ...": a party named with the
    // abbreviation the document is issued under speaks in the document's own voice too
    if (outlet.kind === 'media' && !meta?.outlet?.includes(' ')) {
      const abbr = abbreviationAfter(doc.tokens, sp.s0, sp.s1);
      if (abbr && meta?.outlet && abbr.toLowerCase() === meta.outlet.trim().toLowerCase() && ref.kind !== 'witness') {
        outlet.kind = ref.kind;
      }
    }
  }
  // "The NDMA said in its daily situation report ..." as the first line: the report speaks as the NDMA
  // (also over the office that signs it: "The National Army informs public opinion ..." signed "Army Press Office")
  // (not a news story under its dateline: "PORT MATHURIN (Indian Ocean Times) - ... The Regional Assembly said in a
  // communique ..." is the paper quoting the assembly)
  if ((outlet === fallbackVoice || outlet === signed) && !(outlet.kind === 'media' && datelineOutlet(doc))) {
    let first = -1;
    for (let ui = 0; ui < n && raw[ui].sent <= 2 && first < 0; ui++) if (own[ui]) first = ui;
    if (first >= 0 && (issuesDocument(doc.tokens, raw[first].t0, raw[first].t1) || opensRelease(doc.tokens, raw[first].t0, raw[first].t1))) {
      const src = own[first]!;
      outlet.name = src.name;
      outlet.kind = src.kind;
      if (src.org) outlet.org = src.org;
      else delete outlet.org;
      if (outlet === signed && src.span) outlet.span = src.span;
    }
  }
  // a coder's note that names its sources at the end ("Source: X", "(X; Y)") is a list of facts from them: a
  // party quoted in one sentence ("the separatists claimed 11 ...") does not speak for the sentences after it,
  // unless it is one of those sources ("Police reported ... One suspect was arrested." with "(Source: X; Police)")
  const noted = ownVoiceFromText(doc, outlet, fallbackVoice, meta, kindOnly) ?
    doc.text.slice(doc.sentences[doc.sentences.length - 1].start).toLowerCase() : undefined;
  // a militant statement carried by a channel (the metadata's outlet) speaks as the group it names
  statementVoice(doc, kindOnly, outlet, meta?.outlet);
  // ("According to our ground intelligence, 27 soldiers were killed" in a party's statement: its own people)
  if (outlet.kind !== 'media') for (const ui of oursLater) own[ui] = outlet;
  const carries = (src: SourceRef): boolean => {
    if (noted === undefined) return true;
    const head = /([\p{L}-]+)\W*$/u.exec(src.name.toLowerCase());
    return !!head && noted.includes(head[1]);
  };
  withheldBefore(doc, own);
  sameNameSameKind(doc, own, local);
  acronymSameKind(doc, own, local, outlet);
  armedByMembers(doc, own, local);
  spreadOverQuotes(doc, raw, own);
  const quotedAtStart = quoteStates(doc, raw);
  // A note with a coder's label line ("Fatalities: 4", "Deaths: 23") lists facts: a party quoted in one sentence
  // speaks for that sentence only ("The county commissioner said two women were returned. Two raiders were killed
  // by camp guards." - the raiders are the note's), unless the note opens on it ("According to X, on 6 May ...")
  const coderNote = raw.some((u) => ownVoiceLabel(doc.tokens, u.t0, u.t1));
  // (a weather service's storm log, "EVENT NARRATIVE: ... The medical examiner confirmed 7 deaths. Crews transported
  // 161 patients.", is the service's record: a body it cites speaks for that sentence only)
  const stormLog = /^(?:EVENT|EPISODE) NARRATIVE:/m.test(doc.text);
  const firstEnd = doc.sentences.length ? doc.sentences[0].end : 0;
  const leads = (src: SourceRef): boolean => src.span !== undefined && src.span.start < firstEnd;
  const pubMonth = meta?.published ? Number(meta.published.slice(5, 7)) : NaN;
  const units: AttributionUnit[] = new Array(n);
  // the next unit with a speaker of its own, from each unit on: a long sentence of units without one is read once
  const nextOwn = new Int32Array(n + 1).fill(n);
  for (let k = n - 1; k >= 0; k--) nextOwn[k] = own[k] ? k : nextOwn[k + 1];
  // the source a list heading names ("Casualty figures (zonal administration):") for the lines under it, up to a
  // blank line or a line that names its own
  let listSource: SourceRef | undefined;
  for (let ui = 0; ui < n; ui++) {
    const u = raw[ui];
    let source = own[ui];
    if (listSource && ui > 0 && doc.text.slice(raw[ui - 1].end, u.start).includes("\n\n")) listSource = undefined;
    // (a list's own label lines, "Deaths: 187", speak in the document's voice: the heading's source still holds)
    if (own[ui] && own[ui] !== outlet) listSource = listHeading(doc, u.t0, u.t1) ? own[ui] : undefined;
    else if (listSource) source = listSource;
    // a speaker that closes the sentence is the sentence's own ("In 2022, 20 fell ill ..., they said")
    let closed = false;
    if (!source) {
      // "5 died, but the toll may rise, officials said": a speaker later in the same sentence, when its
      // reporting clause closes that sentence (not "...; a spokesman said passengers may have been aboard")
      const uj = nextOwn[ui + 1];
      // ("Nine dead in police raid; residents report abuses": past a semicolon, a verb with an object of its
      // own reports something else)
      // (nor back over a clause of place: "... taken to the hospital, where a spokeswoman said ...")
      if (uj < n && raw[uj].sent === u.sent && closing[uj] && doc.tokens[raw[uj].t0].low !== 'where' &&
        !(coordinated(doc.tokens, raw[uj].t0, raw[uj - 1].t1) && verbTakesObject(doc.tokens, raw[uj].t0, raw[uj].t1))) {
        source = own[uj];
        closed = true;
      }
    }
    if (!source && ui > 0) {
      const prev = raw[ui - 1];
      const sameSentence = prev.sent === u.sent;
      const samePara = doc.sentences[prev.sent].paragraph === doc.sentences[u.sent].paragraph;
      // A sentence without a speaker of its own continues the paragraph's current account. Measured on the
      // dev and held-out sets: annotators carry a speaker through the paragraph far more often than they
      // switch back to the outlet's voice.
      // a paragraph that opens with a quotation and names nobody goes on quoting the last speaker
      const quoteOpens = !samePara && QUOTES_OPEN.has(doc.tokens[u.t0]?.text) && units[ui - 1].source !== outlet;
      // (but a background clause, "the region has seen 300 killings this year", is the outlet's context, and
      // "our crew rescued 52" outside quotes is the document's own voice, whoever spoke before)
      // ("Of these, 6 are in critical condition" points back to the speaker's own figure: it goes on with it)
      const listed = (coderNote || stormLog) && !quoteOpens && !quotedAtStart[ui] && !leads(units[ui - 1].source) &&
        !pointsBack(doc.tokens, u.t0, u.t1);
      // (", according to X, and thousands were pushed out": the clause after the citation's ", and" is the writer's)
      const cited = sameSentence && afterCitation(doc.tokens, u.t0 - 1, prev.t0, u.t1);
      // ("According to Amnesty International, 14 students were injured. ... On 29 March, 70 of the remaining students
      // were released": a sentence that opens on a date tells the next step of the story in the writer's voice)
      const dated = !sameSentence && !quotedAtStart[ui] && datedOpening(doc.tokens, u.t0, u.t1);
      if (!cited && !dated && (sameSentence || ((samePara || quoteOpens) && carries(units[ui - 1].source) && !listed)) && !isBackground(doc.tokens, u.t0, u.t1, pubMonth) &&
        !(quotedAtStart[ui] === false && firstPersonOutsideQuotes(doc.tokens, u.t0, u.t1))) source = units[ui - 1].source;
    }
    // "..., he said. The army deployed 400 soldiers to the area.": another body's act is the writer's report
    // (in a public body's own release the release goes on in its voice after a body it quoted: "Vila Central Hospital
    // reports ... Search and rescue teams have pulled two people alive")
    const release = outlet.kind === 'official' && source !== outlet;
    if (source && !own[ui] && ui > 0 && raw[ui - 1].sent !== u.sent && newActor(doc.tokens, u.t0, u.t1, source, release)) source = undefined;
    // "According to the fishermen, one man fell through the ice. The search continues for another.": a witness's
    // account covers the sentence that cites it; the narration after it is the writer's again ("..., relatives
    // said. Twenty-six survivors were treated at the regional hospital"), unless the witness goes on in quotes.
    // (Measured round 13: the rule held only for public bodies' releases before; in news reports it changes 3 dev
    // figures, all to the gold's source.)
    if (source && !own[ui] && !closed && source.kind === 'witness' && ui > 0 && raw[ui - 1].sent !== u.sent &&
      !quotedAtStart[ui] && !QUOTES_OPEN.has(doc.tokens[u.t0]?.text) && !pointsBack(doc.tokens, u.t0, u.t1)) source = undefined;
    // a sentence whose figures carry their sources in brackets hands no speaker on to the next
    if (!own[ui] && bracketed.has(u.sent)) source = outlet;
    // a quotation that goes on in the speaker's words is the speaker's own, an earlier tally in it too ("Since
    // September we have lost more than 100 drivers on this road.")
    const quoting = !own[ui] && !closed && source !== undefined && source !== outlet &&
      (quotedAtStart[ui] || QUOTES_OPEN.has(doc.tokens[u.t0]?.text));
    // built field by field: an object spread here was the single most expensive line of the stage
    units[ui] = { sent: u.sent, t0: u.t0, t1: u.t1, start: u.start, end: u.end, source: source ?? outlet, own: own[ui] !== undefined || closed || quoting };
  }
  // spans must not overlap for the lookup below: a later span that starts inside an earlier one is dropped
  local.sort((a, b) => a.start - b.start);
  let kept = 0;
  for (const l of local) if (kept === 0 || l.start >= local[kept - 1].end) local[kept++] = l;
  local.length = kept;
  // "In 2017 a mudslide there killed 330 people (El Tiempo).": a bracket that sources the whole unit names its own
  // speaker, background figures included
  for (let ui = 0, li = 0; ui < n && li < local.length; ui++) {
    const u = units[ui];
    while (li < local.length && local[li].end < u.end - 2) li++;
    if (li < local.length && local[li].start <= u.start && local[li].end >= u.end - 2) u.own = true;
  }
  const starts = units.map((u) => u.start);
  const unitAt = (offset: number): AttributionUnit | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at < 0 ? undefined : units[at];
  };
  const localAt = (offset: number): SourceRef | undefined => {
    // spans do not nest; the last one starting at or before the offset is the only candidate
    let lo = 0;
    let hi = local.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (local[mid].start <= offset) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && offset < local[at].end ? local[at].source : undefined;
  };
  const sourceAt = (offset: number): SourceRef => localAt(offset) ?? unitAt(offset)?.source ?? outlet;
  return { units, sourceAt, unitAt, voice: outlet };
}

function selfReference(tokens: Token[], s: number, e: number): boolean {
  // the noun may fall just past the speaker span: "an earlier version of our | report gave ..."
  for (let k = s; k < e && k + 1 < tokens.length; k++) {
    const w = tokens[k].low;
    const nx = tokens[k + 1].low;
    if ((w === 'our' || w === 'this') && /^(report|reports|story|article|newspaper|paper|reporter|reporters|correspondent|correspondents|tally|count|channel|website|publication)$/.test(nx)) return true;
    // ("the information collected by the correspondent of the agency", "the agency's correspondent": translated agency
    // copy names its own reporter so)
    if (/^(correspondent|correspondents|reporter|reporters)$/.test(w) && nx === 'of' && k + 3 < tokens.length &&
      /^(the|this|our)$/.test(tokens[k + 2].low) && tokens[k + 3].low === 'agency') return true;
    if (w === 'agency' && /^['’]s$/.test(nx) && k + 2 < tokens.length && /^(correspondent|reporter)s?$/.test(tokens[k + 2].low) &&
      k > 0 && tokens[k - 1].low === 'the') return true;
  }
  return false;
}

const BODIES = new Set(['ministry', 'police', 'army', 'authority', 'authorities', 'department', 'agency', 'government',
  'group', 'council', 'committee', 'service', 'services', 'office', 'military', 'directorate', 'administration', 'company',
  'board', 'commission', 'brigade', 'front', 'force', 'forces', 'media', 'guard', 'centre', 'center',
  // (round 29: "The Institute said ...; 'We were eight,' he said": a body is never "he")
  'institute', 'institution', 'organisation', 'organization', 'association', 'society', 'union', 'federation',
  'foundation', 'bureau', 'command', 'headquarters', 'corps', 'secretariat', 'inspectorate', 'prefecture',
  'municipality', 'coalition', 'movement', 'network']);

/** A name that can stand for one person: not a plural ("officials", "residents") or a body ("the ministry"). */
function isOnePerson(name: string): boolean {
  // ("relative of one of the abducted", "cousin of one of the traders", "doctor at Jimma University Medical Center":
  // the head before "of" or a place says who)
  const words = name.replace(/^(\p{Ll}+) (of|at|in|from) .*$/u, '$1').split(/\s+/);
  const last = words[words.length - 1];
  // ("Karim B.": an initial with its dot closes a person's name, it is no acronym)
  if (last !== last.toLowerCase()) return !BODIES.has(last.toLowerCase()) && !(last === last.toUpperCase() && last.length > 1 && !/^\p{Lu}\.$/u.test(last));
  return !BODIES.has(last) && !(last.endsWith('s') && !last.endsWith('ss'));
}

/** A killed/injured/... cue anywhere in [s, e): the words of a figure. */
function measureIn(tokens: Token[], s: number, e: number): boolean {
  const lex = lexicons();
  for (let k = s; k < e; k++) if (lex.measureSlots.pre.at(tokens, k, e) || lex.measureSlots.post.at(tokens, k, e) || lex.measureSlots.nom.at(tokens, k, e)) return true;
  return false;
}

/** With no outlet in the metadata: the agency of a dateline, "ISLAMABAD, March 3 (Reuters) - ...". */
function datelineOutlet(doc: Document): SourceRef | undefined {
  // (the dateline opens the text, or the story under a headline of a line of its own)
  for (let i = 0; i < Math.min(doc.sentences.length, 2); i++) {
    const sent = doc.sentences[i];
    if (i > 0 && sent.paragraph === doc.sentences[0].paragraph) break;
    const found = datelineIn(doc, sent.t0, Math.min(sent.t1, sent.t0 + 16));
    if (found) return found;
  }
  return undefined;
}

/** "ISLAMABAD, March 3 (Reuters) - " between tokens t0 and end: the agency in brackets before a dash. */
function datelineIn(doc: Document, t0: number, end: number): SourceRef | undefined {
  const { tokens } = doc;
  for (let k = t0 + 1; k < end - 2; k++) {
    if (tokens[k].low !== '(') continue;
    let close = k + 1;
    while (close < end && tokens[close].low !== ')') close++;
    if (close >= end - 1 || close === k + 1 || close - k > 6) return undefined;
    const dash = tokens[close + 1].low;
    if (dash !== '-' && dash !== '\u2014' && dash !== '\u2013') return undefined;
    for (let j = k + 1; j < close; j++) if (tokens[j].kind === 'num') return undefined;
    return { name: doc.text.slice(tokens[k + 1].start, tokens[close - 1].end), kind: 'media' };
  }
  return undefined;
}

/** "Baloch Liberation Army (BLA)": the abbreviation in brackets that closes a speaker phrase. */
function abbreviationAfter(tokens: Token[], s: number, e: number): string | undefined {
  if (e - s < 4 || tokens[e - 1].low !== ')' || tokens[e - 3].low !== '(') return undefined;
  const t = tokens[e - 2];
  return t.kind === 'word' && t.text === t.text.toUpperCase() ? t.text : undefined;
}

/** "... said in its daily situation report", "In a press release, X said": a unit that cites a whole document. */
function issuesDocument(tokens: Token[], t0: number, t1: number): boolean {
  for (let k = t0; k < Math.min(t1 - 2, t0 + 30); k++) {
    if (tokens[k].low !== 'in') continue;
    const det = tokens[k + 1].low;
    if (det !== 'its' && det !== 'their' && det !== 'a' && det !== 'the') continue;
    for (let j = k + 2; j < Math.min(t1, k + 6); j++) {
      const w = tokens[j].low;
      if (w === 'report' || w === 'sitrep' || w === 'bulletin' || w === 'update' || w === 'release' || w === 'communique') return true;
    }
  }
  return false;
}

/**
 * What the text itself says about its own voice, after the heading and the first line have been read:
 * a coder's note closing on "(Source: X)" speaks as X where it names no one; a document whose "we/our" is a
 * non-state armed party's ("our mujahideen", "the junta") is that party's, militant even when its heading reads
 * like an office ("Statement of the Military Commission").
 */
function ownVoiceFromText(doc: Document, outlet: SourceRef, fallbackVoice: SourceRef, meta: ReportMeta | undefined,
  kindOnly: (tokens: Token[], s: number, e: number) => SourceKind | undefined): boolean {
  // (a heading or signature that names the issuer keeps it: "Source: COEN / INDECI" closing INDECI's own report is
  // its credit for its data, not another voice)
  if (outlet.kind === 'media' && outlet === fallbackVoice) {
    const note = sourceNote(doc, kindOnly);
    if (note) {
      outlet.name = note.name;
      outlet.kind = note.kind;
      return true;
    }
  }
  // (a watching service whose name reads as a party's, "Mesopotamia Jihadist Media Review", is still a monitor)
  const monitor = outlet === fallbackVoice && !!meta?.outlet?.trim() && tokenize(outlet.name).some((t) => labelWords('monitorname').has(t.low));
  // (an outlet from the metadata that is a newspaper stays the voice: nothing below applies, so no scan)
  if (outlet.kind === 'militant' && !monitor) return false;
  // ("Horn Monitoring Desk" translating "Harakat al-Shabaab al-Mujahideen - Military Communique", "Crisis Monitoring
  // Bureau" summarising an item of a party's newsletter: a service that watches the parties renders their statements;
  // the party the text names first speaks, in its own voice (quoted whole, as a monitor quotes a text it renders) or in
  // a statement the opening lines say it is: "[Statement of the BLA spokesman ... Rendered into English by the
  // monitor]")
  // (or a line above the statement that names the party alone: "Islamic State - Mozambique Province")
  const headed = monitor ? partyHeadingLine(doc, kindOnly) : undefined;
  if (monitor && ((ownFighters(doc, true) && partisanVoice(doc, true)) || rendersStatement(doc) || headed)) {
    outlet.kind = 'militant';
    const party = headed ?? firstParty(doc, kindOnly, 'militant');
    if (party) {
      outlet.name = party.name;
      if (party.org) outlet.org = party.org;
    }
    return false;
  }
  if (outlet.kind === 'media' && meta?.outlet?.trim()) {
    // "al-Zallaqa" publishing "our mujahideen ... the junta": an outlet that is a party's own media wing
    if (outlet === fallbackVoice && ownFighters(doc) && partisanVoice(doc)) outlet.kind = 'militant';
    return false;
  }
  if (!partisanVoice(doc)) {
    // "RAWALPINDI, 12 June: ... own troops engaged the khwarij location": a force's release read alone speaks as
    // the state body it names first, else as the "security forces" it reports on
    const men = outlet === fallbackVoice && outlet.kind === 'media' && !meta?.outlet?.trim() && outlet.name === 'outlet' ?
      ownForceVoice(doc) : undefined;
    // "Our fighters targeted a convoy ... The BLA takes full responsibility": a party's word for its own fighters
    if (men && fighterWord(men)) {
      // (with no party named, the statement is still a party's: "@outlet (militant)", round 7)
      const party = firstParty(doc, kindOnly, 'militant');
      if (party) outlet.name = party.name;
      outlet.kind = 'militant';
    } else if (men && wordRole(men) === 'owncrew') {
      // "our crews rescued 23": a fire or rescue service's own release; the text names it only if a party is named
      outlet.name = firstParty(doc, kindOnly, 'official')?.name ?? 'outlet';
      outlet.kind = 'official';
    } else if (men) {
      const party = firstParty(doc, kindOnly, 'official');
      // "our officers" are a police force's; "security forces" is how an army release names itself
      outlet.name = party?.name ?? (men === 'officers' ? 'police' : /\bsecurity forces\b/i.test(doc.text) ? 'security forces' : 'armed forces');
      outlet.kind = 'official';
    } else if (outlet === fallbackVoice && outlet.kind === 'media' && !meta?.outlet?.trim() && outlet.name === 'outlet' &&
      stateVoice(doc)) {
      // "The gallant troops neutralised 11 terrorists ... 2 soldiers paid the supreme price": a force's narrative
      const party = firstParty(doc, kindOnly, 'official');
      outlet.name = party?.name ?? (/\bsecurity forces\b/i.test(doc.text) ? 'security forces' : 'armed forces');
      outlet.kind = 'official';
    } else if (outlet === fallbackVoice && outlet.kind === 'media' && !meta?.outlet?.trim() && outlet.name === 'outlet' &&
      (addressesPublic(doc) || echoedNumbers(doc, (w) => lexicons().numberWords.has(w)))) {
      // "We wish to remind members of the public ...": an unsigned release; "officers on patrol" make it the police's
      const party = firstParty(doc, kindOnly, 'official');
      outlet.name = party?.name ?? (/\b(officers|police|constables?|operatives)\b/i.test(doc.text) ? 'police' : 'outlet');
      outlet.kind = 'official';
    }
    return false;
  }
  if (outlet.kind === 'official') outlet.kind = 'militant';
  else if (outlet === fallbackVoice && !meta?.outlet?.trim()) {
    const party = firstParty(doc, kindOnly, 'militant');
    if (party) {
      outlet.name = party.name;
      outlet.kind = 'militant';
    } else if (ownFighters(doc)) {
      // "a detachment of our mujahideen ... two of our brothers": a party's statement that never names the
      // party is still in a militant voice (a newspaper's "our correspondent" does not count)
      outlet.kind = 'militant';
    }
  }
  return false;
}


/** Verbs of an opening formula addressed to the public. */
const OPENING_VERBS = new Set(['informs', 'inform', 'announces', 'announce', 'notifies', 'brings', 'bring']);
/** Whom an opening formula addresses ("informs public opinion", "brings to the attention of the public"). */
const OPENING_OBJECTS = new Set(['public', 'opinion', 'attention', 'population', 'citizens', 'nation', 'populace']);

/** "The National Army informs public opinion of the following:": a release opening in its issuer's voice. */
function opensRelease(tokens: Token[], t0: number, t1: number): boolean {
  for (let k = t0; k < Math.min(t1, t0 + 25); k++) {
    // "Police can confirm that a man has been charged": a force's statement in its own voice
    if (tokens[k].low === 'confirm' && k > t0 && tokens[k - 1].low === 'can' && tokens[k + 1]?.low === 'that') return true;
    if (!OPENING_VERBS.has(tokens[k].low)) continue;
    // "The Revolutionary Armed Forces of the South (FARS) inform that ...": the present-tense formula;
    // "Informs the Press Office of X that ...": the same with the verb first
    if (k + 1 < t1 && tokens[k + 1].low === 'that') return true;
    if (k === t0) return true;
    for (let j = k + 1; j < Math.min(t1, k + 8); j++) if (OPENING_OBJECTS.has(tokens[j].low)) return true;
  }
  return false;
}

/** Words after a reporting verb that carry no object: times, places, manner ("said on Tuesday", "said late"). */
const NOT_OBJECTS = new Set(['on', 'in', 'at', 'to', 'from', 'after', 'late', 'earlier', 'later', 'last', 'this',
  'yesterday', 'today', 'tonight', 'via', 'by', 'when', 'as', 'during', 'overnight', 'separately', 'also', 'however']);

/** The unit's reporting verb is followed by a noun of its own ("residents report abuses"). */
/** A clause set off from the one before by a semicolon or ", and" ("14 were treated at the hospital, and emergency
 * rooms reported dozens of injuries"): its speaker's verb may report a thing of its own. */
function coordinated(tokens: Token[], t0: number, prevEnd: number): boolean {
  if (tokens[prevEnd - 1]?.low === ';') return true;
  const k = tokens[t0].low === 'and' ? t0 : tokens[t0 - 1]?.low === 'and' ? t0 - 1 : -1;
  return k > 0 && tokens[k - 1].low === ',';
}

function verbTakesObject(tokens: Token[], t0: number, t1: number): boolean {
  for (let k = t0; k < t1 - 1; k++) {
    if (!lexicons().reporting.has(tokens[k].low)) continue;
    const nx = tokens[k + 1];
    return nx.kind === 'word' && nx.text === nx.low && !NOT_OBJECTS.has(nx.low) && !TIME_WORDS.has(nx.low) && !HEARERS.has(nx.low);
  }
  return false;
}

/** Words of a speaker's name that say nothing about who it is. */
const NAME_FILLERS = new Set(['the', 'a', 'an', 'of', 'its', 'their', 'later', 'also', 'then', 'meanwhile']);

/**
 * The sentence opens on a body (the sources lexicon knows its kind) other than the speaker in force, acting with
 * a verb of deployment ("The Spanish army deployed 1,000 soldiers", "The Civil Police sent 30 experts"): the
 * writer reports that act; it does not continue the speaker's account. The same body is no new actor ("Police
 * said ... Police sent 40 more officers"): the subject's words all in the speaker's name, or the other way round.
 */
/** Words of a phrase of time between a relative "which" and its verb ("which earlier in the day put ..."). */
const RELATIVE_TIME = new Set(['earlier', 'later', 'in', 'on', 'the', 'day', 'morning', 'afternoon', 'evening', 'night',
  'week', 'this', 'that', 'had', 'has', 'have', 'also', 'first', 'initially', 'previously', 'overnight', 'yesterday', 'today']);

/** Auxiliaries before a verb that mark reported speech (past perfect, modal) rather than the writer's narration. */
const BACKSHIFT = new Set(['had', 'would', 'could', 'might', 'may', 'has', 'have', 'will']);

function newActor(tokens: Token[], t0: number, t1: number, speaker: SourceRef, release = false): boolean {
  // ("As of 08.00 on Friday, the joint team has recovered 9 bodies": the subject comes after an opening phrase of
  // time or place)
  if (OPENING_PREPS.has(tokens[t0].low)) {
    for (let k = t0 + 1; k < Math.min(t1 - 1, t0 + 10); k++) {
      if (tokens[k].low !== ',') continue;
      t0 = k + 1;
      break;
    }
  }
  let v = -1;
  let aside = false;
  for (let k = t0 + 1; k < Math.min(t1, t0 + (release ? 20 : 8)); k++) {
    const t = tokens[k];
    // (in a release, an aside between commas may part subject and verb: "Rescue teams, assisted by volunteers, have
    // pulled ...")
    if (release && t.low === ',') {
      aside = !aside;
      continue;
    }
    if (t.kind !== 'word') return false;
    if (aside) continue;
    // "rescuers had pulled ...", "soldiers would have taken ...": a backshifted verb is the speaker's account
    // (in a body's own release the present perfect is the issuer's narration: "teams have pulled two people out")
    if (BACKSHIFT.has(t.low) && !(release && (t.low === 'has' || t.low === 'have'))) return false;
    if (wordRole(t.low) === 'act' && t.text === t.low) {
      v = k;
      break;
    }
  }
  if (v < 0) return false;
  let e = v;
  while (e > t0 && NAME_FILLERS.has(tokens[e - 1].low)) e--;
  if (e <= t0 || PRONOUNS.has(tokens[t0].low)) return false;
  const kind = kindOf(tokens, t0, e).kind;
  // (a force's men are actors too: "Soldiers rescued 14 hostages"; in a release any team or crew named as subject)
  if (kind !== 'official' && kind !== 'militant' && kind !== 'media' && wordRole(tokens[e - 1].low) !== 'forcemember' && !release) return false;
  const subject: string[] = [];
  for (let k = t0; k < e; k++) if (!NAME_FILLERS.has(tokens[k].low)) subject.push(tokens[k].low);
  const name = new Set(speaker.name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !NAME_FILLERS.has(w)));
  const inName = subject.every((w) => name.has(w));
  const inSubject = [...name].every((w) => subject.includes(w));
  // ("The fire and rescue service said ... Rescuers pulled 6 people out": the service's own people, one stem)
  // ("The federal police deployed ..." after "the state police said" is another body: every word must match)
  const kin = subject.every((w) => name.has(w) || (w.length >= 4 && [...name].some((n) => n.length >= 4 && n.slice(0, 4) === w.slice(0, 4))));
  // ("The army said ... Soldiers also rescued 14 hostages": a force's own men act for it)
  // ("The Fire Service said ... Police officers rescued 30": men another body's name qualifies are that body's)
  const member = subject.some((w) => wordRole(w) === 'forcemember') && [...name].some((w) => wordRole(w) === 'forcebody') &&
    subject.every((w) => wordRole(w) === 'forcemember' || name.has(w) || kindOf(tokenize(w), 0, 1).kind === undefined);
  return !inName && !inSubject && !kin && !member && !ownStaff(tokens, t0, e, speaker, name);
}

/** The subject opens on the speaker's own name, two capitalised words of it or its acronym, before the people who
 * act ("Red Cross volunteers and residents pulled 8 people alive" after "According to the Uganda Red Cross
 * Society"): its staff act for it. (One capitalised word could be the sentence's first: "Health workers ...") */
function ownStaff(tokens: Token[], t0: number, e: number, speaker: SourceRef, name: Set<string>): boolean {
  const org = speaker.org?.toLowerCase();
  let k = t0;
  while (k < e && NAME_FILLERS.has(tokens[k].low)) k++;
  const from = k;
  while (k < e && isCap(tokens[k]) && (name.has(tokens[k].low) || tokens[k].low === org)) k++;
  if (k === from || k === e) return false;
  return k - from >= 2 || (tokens[from].text.length >= 2 && tokens[from].text === tokens[from].text.toUpperCase());
}

/** Prepositions that open a phrase of time or place before a sentence's subject. */
const OPENING_PREPS = new Set(['as', 'on', 'at', 'by', 'since', 'until', 'in', 'during', 'after']);

/** Token k lies inside a bracket opened after t0. */
function inBracket(tokens: Token[], t0: number, k: number): boolean {
  let depth = 0;
  for (let j = t0; j < k; j++) {
    if (tokens[j].low === '(') depth++;
    else if (tokens[j].low === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** The token of "reportedly" (or "allegedly") in a clause that names no speaker, else -1. */
function reportedlyAt(tokens: Token[], t0: number, t1: number): number {
  for (let k = t0; k < t1; k++) {
    // ("a drone (reportedly a Chinese-made model) dropped two bombs ... killing 9": a bracket's hearsay is about its aside)
    if (HEARSAY.hasToken(tokens[k]) && !sideFact(tokens, k, t1) && !inBracket(tokens, t0, k)) return k;
    // ("It was reported that 100 ...", "it is alleged that": the impersonal passive says "reportedly" in a clause)
    if (tokens[k].low === 'it' && /^(is|was|has|had)$/.test(tokens[k + 1]?.low ?? '') && k + 3 < t1) {
      const v = tokens[k + 2].low === 'been' ? k + 3 : k + 2;
      if (/^(reported|alleged|rumoured|rumored)$/.test(tokens[v]?.low ?? '') && tokens[v + 1]?.low === 'that') return v;
    }
  }
  return -1;
}

/**
 * "an armed cell reportedly belonging to X", "fighters reportedly linked to X": the hearsay adverb hedges who
 * someone is (a word of relation after it, lexicon role "relation"; not "reportedly killing 12"), not what happened, and must
 * not make "reports" the speaker of the figures around it. "The militants reportedly opened fire" stays hearsay.
 */
function sideFact(tokens: Token[], k: number, t1: number): boolean {
  const nx = tokens[k + 1];
  if (!nx || k + 1 >= t1) return false;
  // ("around 15 armed men, reportedly 3R elements, stopped a convoy": an apposition set off by commas says who they are)
  if (k > 0 && tokens[k - 1].low === ',') {
    for (let j = k + 1; j < Math.min(t1, k + 7); j++) {
      const w = tokens[j].low;
      if (w === ',') return j > k + 1;
      if (w === '-' && !tokens[j].space) continue;
      if (tokens[j].kind === 'punct' || /(?:ed|ing)$/.test(w) || lexicons().reporting.has(w)) return false;
    }
    return false;
  }
  if (nx.kind !== 'word') return false;
  return wordRole(nx.low) === 'relation';
}

/** Words that may close a coder's verbless zero line ("No fatalities reported so far."). */
const CODER_LINE_TAIL = new Set(['reported', 'recorded', 'confirmed', 'known', 'so', 'far', 'yet', '.']);

/** A verbless zero line of a note: "No fatalities reported.", "No crew fatalities.", "Nil casualties." */
function coderLine(tokens: Token[], t0: number, t1: number): boolean {
  if (t1 - t0 > 7 || !/^(no|nil)$/.test(tokens[t0].low)) return false;
  let k = t0 + 1;
  let label = false;
  while (k < t1 && !CODER_LINE_TAIL.has(tokens[k].low)) {
    if (tokens[k].kind !== 'word' || BE_WORDS.has(tokens[k].low) || k > t0 + 3) return false;
    if (wordRole(tokens[k].low) === 'ownvoice') label = true;
    k++;
  }
  if (!label) return false;
  for (; k < t1; k++) if (!CODER_LINE_TAIL.has(tokens[k].low)) return false;
  return true;
}

/** A coder's label for their own figure: "Coding: ...", "Fatalities coded: 7", "Note: ...". */
function ownVoiceLabel(tokens: Token[], t0: number, t1: number): boolean {
  for (let k = t0; k < Math.min(t1, t0 + 4); k++) {
    if (!OWN_VOICE.hasToken(tokens[k])) continue;
    if (tokens[k].low === 'coded') return true;
    if (k + 1 < t1 && tokens[k + 1].low === ':') return true;
    // "Fatalities (best estimate): 40": a short bracket between the label and its colon
    if (k + 1 < t1 && tokens[k + 1].low === '(') {
      let j = k + 2;
      while (j < Math.min(t1, k + 6) && tokens[j].low !== ')') j++;
      if (j + 1 < t1 && tokens[j].low === ')' && tokens[j + 1].low === ':') return true;
    }
  }
  return false;
}

/** Verbs of putting a document out ("issued a statement saying"). */
const ISSUING = new Set(['issued', 'released', 'published', 'posted', 'put', 'sent', 'circulated', 'shared', 'distributed',
  'issues', 'releases', 'publishes', 'posts']);
const ISSUER_AUX = new Set(['has', 'have', 'had', 'just', 'also', 'later', 'earlier', 'then']);

/**
 * The subject of "X issued a statement (on Monday) saying ...": the document noun stands at most six words before
 * the participle at `v`, its issuing verb before it; the subject runs from the clause's start to that verb.
 */
function documentIssuer(tokens: Token[], v: number, t0: number): Speaker | undefined {
  let j = v - 1;
  while (j > t0 && j > v - 7 && !DOC_NOUNS.has(tokens[j].low)) j--;
  if (j <= t0 || !DOC_NOUNS.has(tokens[j].low)) return undefined;
  // ("a purported statement by the terrorists claiming that over 30 troops were killed": the maker after "by")
  if (tokens[j + 1]?.low === 'by' && j + 2 < v) {
    const by = cleanSpeaker(tokens, j + 2, v);
    if (by && (namesSpeaker(tokens, by[0], by[1]) || anySource(tokens, by[0], by[1]))) return { s0: by[0], s1: by[1] };
  }
  let k = j - 1;
  while (k > t0 && (DOC_MODIFIERS.has(tokens[k].low) || DETERMINERS.has(tokens[k].low) || tokens[k].low === 'a' ||
    tokens[k].low === 'an')) k--;
  if (k <= t0 || !ISSUING.has(tokens[k].low)) return undefined;
  let e = k;
  while (e > t0 && ISSUER_AUX.has(tokens[e - 1].low)) e--;
  if (e <= t0) return undefined; // (the issuing verb opens the sentence: no maker before it)
  let s = e - 1;
  while (s > t0 && tokens[s - 1].low !== ',' && tokens[s - 1].low !== ';' && tokens[s - 1].low !== 'that' && s > e - 10) s--;
  const c = cleanSpeaker(tokens, s, e);
  return c && (namesSpeaker(tokens, c[0], c[1]) || anySource(tokens, c[0], c[1])) ? { s0: c[0], s1: c[1] } : undefined;
}

/**
 * The maker a claim at `v` names before what it says (within `span` words, before "that", "according to" or "which"):
 * after "attributed/credited to" ("claims ..., attributed to X, that ..."), and with `by` also after "by" ("made by
 * X", not "relayed by": a relay is a channel).
 */
function makerAfter(tokens: Token[], v: number, t1: number, span: number, by: boolean): Speaker | undefined {
  for (let j = v + 1; j < Math.min(t1, v + span); j++) {
    const low = tokens[j].low;
    if (low === 'that' || low === ';' || low === 'according' || low === 'which') return undefined;
    const after = by && low === 'by' && !RELAY_VERBS.has(tokens[j - 1].low) ? j + 1 :
      CREDITED.has(low) && tokens[j + 1]?.low === 'to' ? j + 2 : -1;
    if (after > 0) return makerFrom(tokens, after, t1);
  }
  return undefined;
}

/** The opening lines (the first three sentences) say the text is a party's statement as rendered by someone else
 * ("[Statement of the ... spokesman, released ...]", "Summary and translation ... of an item in ...": attribution-words.txt
 * role rendering). */
function rendersStatement(doc: Document): boolean {
  const words = labelWords('rendering');
  const end = doc.sentences[Math.min(2, doc.sentences.length - 1)]?.t1 ?? 0;
  for (let k = 0; k < end; k++) if (words.has(doc.tokens[k].low)) return true;
  return false;
}

/** A line that is a party's name and nothing else ("Islamic State - West Africa Province" over the statement a monitor
 * renders): the party the statement is from, before any party a note above it names. */
function partyHeadingLine(doc: Document, kindOf: (tokens: Token[], s: number, e: number) => SourceKind | undefined): SourceRef | undefined {
  const { tokens, text } = doc;
  for (const s of doc.sentences.slice(0, 6)) {
    if (s.t1 - s.t0 < 2 || s.t1 - s.t0 > 10) continue;
    const lineStart = s.start === 0 || text[s.start - 1] === '\n';
    const lineEnd = s.end >= text.length || text[s.end] === '\n' || text.slice(s.end, s.end + 2).trim() === '';
    if (!lineStart || !lineEnd || !tokens.slice(s.t0, s.t1).every((t) => t.kind === 'word' ? t.text[0] !== t.low[0] || t.low === 'al' || t.low === 'of' : t.low === '-')) continue;
    // (not the document's kind after it: "Harakat al-Shabaab al-Mujahideen - Military Communique")
    const e = beforeDocTitle(tokens, s.t0, s.t1);
    if (kindOf(tokens, s.t0, e) === 'militant') return { name: text.slice(tokens[s.t0].start, tokens[e - 1].end), kind: 'militant' };
  }
  return undefined;
}

/** Nouns of a tally a speaker puts somewhere ("put the figure much higher", "put the number of dead at 31"). */
const TALLY_WORDS = new Set(['figure', 'figures', 'toll', 'number', 'count', 'tally', 'total', 'estimate']);
/** Words of a speaker's wish not to be named ("speaking on condition of anonymity", "not authorised to speak"). */
const ANONYMITY = new Set(['anonymity', 'anonymous', 'anonymously', 'authorised', 'authorized', 'named', 'identified']);

/** "On 29 March, ...", "By 14 July, ...", "On Tuesday, ...": a sentence that opens on a date set off by a comma. */
function datedOpening(tokens: Token[], t0: number, t1: number): boolean {
  if (t0 + 2 >= t1 || !/^(on|by|in)$/.test(tokens[t0].low)) return false;
  const months = lexicons().months;
  let dated = false;
  for (let k = t0 + 1; k < Math.min(t1, t0 + 5); k++) {
    const t = tokens[k];
    if (t.low === ',') return dated;
    if (months.has(t.low) || lexicons().weekdays.has(t.low)) dated = true;
    else if (t.kind !== 'num' && t.low !== 'the' && t.low !== 'early' && t.low !== 'late' && t.low !== 'mid') return false;
  }
  return false;
}

/** Nouns of what a party put out, which a denier rejects. */
/** (asked of every token of a unit that may have a speaker: word-sets.ts) */
const CLAIM_NOUNS = new WordSet(new Set(['claim', 'claims', 'version', 'allegation', 'allegations', 'reports', 'rumours', 'rumors']));
/** Verbs that deny what another put out. */
const DENYING = new Set(['rejects', 'rejected', 'reject', 'denies', 'denied', 'deny', 'dismisses', 'dismissed', 'dismiss',
  'refutes', 'refuted', 'refute', 'debunk', 'debunks', 'debunked']);
/** Words that hand a claim to its maker: "credited to", "attributed to". */
const CREDITED = new Set(['attributed', 'credited', 'ascribed']);

/**
 * The maker of a claim that the sentence denies: "rejects the false claim made by the Khawarij on their outlets that
 * ...", "denied the group's claim that ...", "denies the claims circulating on social networks, attributed to a
 * terrorist group, according to which ...", "Claims made on accounts run by the terrorists' propaganda wing that ...
 * are baseless". The claim noun is at `v`; a denying verb stands at most five words before it, or the noun opens the
 * sentence.
 */
function deniedClaimMaker(tokens: Token[], v: number, t0: number, t1: number): Speaker | undefined {
  // (the noun may open the sentence that calls it false: "Claims made on ... that 20 soldiers were killed are baseless";
  // not "CONAF reports 38 brigades", a verb after its subject)
  let denied = v === t0 || (v === t0 + 1 && /^(the|these|such)$/.test(tokens[t0].low));
  for (let k = Math.max(t0, v - 5); k < v && !denied; k++) denied = DENYING.has(tokens[k].low);
  // ("He said the Eastern Brigade's claim of 40 dead was a lie": an owner's claim of a count is the owner's, denied or
  // not, whoever speaks of it)
  const owned = v - 2 >= t0 && (tokens[v - 1].low === "'s" || tokens[v - 1].low === '\u2019s');
  // (a maker named outright needs no denial: "has noted claims circulating on social media, attributed to the terrorist
  // group, that 20 soldiers were killed")
  const credited = !denied && !owned && makerAfter(tokens, v, t1, 12, false);
  if (credited) return credited;
  // (undenied, only a claim "of" a count: "the army's claim of victory" holds no figure; "the Southern Front's claim of
  // more than 50 dead" does)
  const ofCount = tokens[v + 1]?.low === 'of' && (lexicons().hedgesBefore.at(tokens, v + 2, t1) !== undefined ||
    tokens[v + 2]?.kind === 'num' || lexicons().numberWords.has(tokens[v + 2]?.low ?? '') ||
    QUOTES_OPEN.has(tokens[v + 2]?.text ?? ''));
  if (!denied && !(owned && ofCount)) return undefined;
  // "the group's claim", "the ELN's version"
  if (owned) {
    let a = v - 1;
    while (a > t0 && tokens[a - 1].kind === 'word' && !DENYING.has(tokens[a - 1].low) && a > v - 6 &&
      !lexicons().reporting.has(tokens[a - 1].low) && tokens[a - 1].low !== 'that') a--;
    const c = cleanSpeaker(tokens, a, v - 1);
    return c && namesSpeaker(tokens, c[0], c[1]) ? { s0: c[0], s1: c[1] } : undefined;
  }
  // ("denies the claims of the terrorist group JNIM, relayed by some media, that ...": the maker after "of"; those
  // who relayed it are its channel)
  if (tokens[v + 1]?.low === 'of') {
    const of = makerFrom(tokens, v + 2, t1);
    if (of) return of;
  }
  // the maker after "by" (made, published or run by) or "attributed to", before what the claim says
  return makerAfter(tokens, v, t1, 16, true);
}

/** Words that end the name of a claim's maker ("attributed to the group, that", "made by X on its channels"). */
const MAKER_ENDS = new Set([',', 'that', 'on', 'in', 'via', 'according']);
/** The maker named from `from` on (at most eight words, to a word of MAKER_ENDS), when it names a speaker. */
function makerFrom(tokens: Token[], from: number, t1: number): Speaker | undefined {
  let e = from;
  while (e < t1 && e < from + 8 && !MAKER_ENDS.has(tokens[e].low)) e++;
  const c = cleanSpeaker(tokens, from, e);
  return c && (namesSpeaker(tokens, c[0], c[1]) || anySource(tokens, c[0], c[1])) ? { s0: c[0], s1: c[1] } : undefined;
}

/** Only a short tail without figures follows the speaker ("..., officials said on Tuesday."). */
function closesUnit(tokens: Token[], from: number, t1: number): boolean {
  let words = 0;
  for (let k = from; k < t1; k++) {
    // ("..., the centre said in its 6 pm update, which also listed 37 injured": the relative clause is about
    // what was said; the speaker's own clause ends before it, and a clock time is no count)
    if (tokens[k].low === ',' && (tokens[k + 1]?.low === 'which' || tokens[k + 1]?.low === 'who')) return true;
    if (tokens[k].kind === 'num' && CLOCK.has(tokens[k + 1]?.low ?? '')) continue;
    if (tokens[k].kind === 'num' || tokens[k].low === 'that') return false;
    if (tokens[k].kind === 'word' && ++words > 6) return false;
  }
  return true;
}

/** A capitalised reporting word right after a capitalised name word, another reporting verb in lower case after it. */
function surnameVerb(tokens: Token[], v: number, t1: number): boolean {
  const t = tokens[v];
  const prev = tokens[v - 1];
  if (t.text[0] === t.low[0] || prev.kind !== 'word' || prev.text[0] === prev.low[0]) return false;
  const rep = lexicons().reporting;
  for (let k = v + 1; k < t1; k++) if (tokens[k].kind === 'word' && tokens[k].text === tokens[k].low && rep.has(tokens[k].low)) return true;
  return false;
}

/** Participles that put a count "at" a number ("estimated at 20-25 by X"). */
const ESTIMATING = new Set(['estimated', 'put', 'placed', 'counted']);

/** Words after a clock time ("6 pm"). */
const CLOCK = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', 'hours', 'hrs', 'gmt', 'utc']);

/** Per unit: whether it starts inside an open quotation (straight quotes read as in spreadOverQuotes). */
function quoteStates(doc: Document, units: { t0: number; t1: number }[]): boolean[] {
  const { tokens } = doc;
  const out: boolean[] = new Array(units.length);
  let open = false;
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui];
    out[ui] = open;
    for (let k = u.t0; k < u.t1; k++) {
      const t = tokens[k].text;
      if (!open && (t === '\u201c' || t === '\u00ab' || (t === '"' && (tokens[k].space || k === u.t0)))) open = true;
      else if (open && (t === '\u201d' || t === '\u00bb' || t === '"')) open = false;
    }
  }
  return out;
}

/** "Our crew rescued 52 people", "We evacuated 30": first-person plural words outside any quotation in the unit. */
function firstPersonOutsideQuotes(tokens: Token[], t0: number, t1: number): boolean {
  let open = false;
  for (let k = t0; k < t1; k++) {
    const t = tokens[k];
    if (QUOTES_OPEN.has(t.text) && !open && (t.text !== '"' || t.space || k === t0)) open = true;
    else if (open && QUOTES_CLOSE.has(t.text)) open = false;
    else if (!open && (t.low === 'our' || t.low === 'we' || t.low === 'us' || t.low === 'ours')) return true;
  }
  return false;
}

function spreadOverQuotes(doc: Document, units: { sent: number; t0: number; t1: number }[], own: (SourceRef | undefined)[]): void {
  const { tokens, sentences } = doc;
  let openUnit = -1;
  let para = -1;
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui];
    const p = sentences[u.sent].paragraph;
    let from = u.t0;
    if (p !== para) {
      // a quote running over paragraphs leaves the first one open and reopens the next: the same speaker
      const reopens = openUnit >= 0 && u.t0 < u.t1 && QUOTES_OPEN.has(tokens[u.t0].text);
      if (reopens) from = u.t0 + 1;
      else openUnit = -1;
      para = p;
    }
    for (let k = from; k < u.t1; k++) {
      const t = tokens[k].text;
      const straight = t === '"';
      if (openUnit < 0 && (t === '\u201c' || t === '\u00ab' || (straight && (tokens[k].space || k === u.t0)))) {
        openUnit = ui;
      } else if (openUnit >= 0 && (t === '\u201d' || t === '\u00bb' || straight)) {
        if (ui > openUnit) {
          const src = own[ui] ?? own[openUnit];
          if (src) for (let q = openUnit; q <= ui; q++) own[q] ??= src;
        }
        openUnit = -1;
      }
    }
  }
}
