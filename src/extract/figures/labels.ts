// Headline, coder and sitrep label formats ("Fatalities coded as 15", "Deaths: 9", "Injured / Killed",
// "In total, ..."): a label before the number gives its measure or group instead of a verb.
import type { Measure } from '../types.js';
import type { Document, Token } from '../document.js';
import { parseNumber, type NumberMention } from '../numbers.js';
import { lexicons } from '../lexicon/index.js';
import { lexiconRole } from '../lexicon/load.js';
import { closingBracket } from './asides.js';
import { figureWords, FUNCTION, plural, isCap, LIST_OPEN } from './words.js';
import type { FigureCandidate } from './candidate.js';

/** Just past the ":" of a toll label opening the sentence ("Reported fatalities vary:", "Deaths:"), or -1. */
export function tollLabel(tokens: Token[], t0: number, t1: number): number {
  for (let k = t0; k < Math.min(t1, t0 + 5); k++) {
    if (tokens[k].low !== ':') continue;
    for (let j = t0; j < k; j++) if (TOTAL_NOUNS.has(tokens[j].low)) return k + 1;
    return -1;
  }
  return -1;
}

/** Coder-note totals: "Fatalities coded as 15", "Reported fatalities: 4", "Total deaths - 9" at a sentence start. */
const TOTAL_NOUNS = new Set(['fatalities', 'deaths', 'dead', 'killed']);
const TOTAL_WORDS = new Set(['coded', 'recorded', 'reported', 'confirmed', 'total', 'overall']);
const TOTAL_SIGNS = new Set([':', 'as', '-', '\u2013', '=', 'at']);
/** Other measures a coder totals the same way ("Arrests: 150+", "Detained: 63", "Abducted: 12"): measure by label. */
const CODED_LABELS = new Map<string, Measure>([['arrests', 'arrested'], ['arrested', 'arrested'], ['detained', 'arrested'],
  ['detentions', 'arrested'], ['abducted', 'held'], ['kidnapped', 'held'], ['abductions', 'held'], ['missing', 'missing'],
  ['injured', 'injured'], ['wounded', 'injured'], ['injuries', 'injured']]);
export function codedTotal(tokens: Token[], m: NumberMention, t0: number): Measure | undefined {
  let k = m.t0 - 1;
  // ("Fatalities coded 7 (police)", "Abducted coded 31": "coded" right before the count is the sign itself)
  const codedSign = k >= t0 && tokens[k].low === 'coded';
  if (k < t0 || !(TOTAL_SIGNS.has(tokens[k].low) || codedSign)) return undefined;
  const colon = tokens[k].low === ':' || codedSign;
  k--;
  // ("Deaths (best estimate): 80": the coder's note on which figure was taken)
  if (colon && k - 1 >= t0 && tokens[k].low === ')') {
    let open = k - 1;
    while (open > t0 && open > k - 5 && tokens[open].low !== '(') open--;
    if (tokens[open].low === '(' && open > k - 5) k = open - 1;
  }
  while (k >= t0 && TOTAL_WORDS.has(tokens[k].low)) k--;
  const noun = k >= t0 ? tokens[k].low : '';
  // (other labels only with a colon right after them: "Arrests: 12", not "injured at 12")
  const measure: Measure | undefined = TOTAL_NOUNS.has(noun) ? 'killed' :
    colon && k === m.t0 - 2 ? CODED_LABELS.get(noun) : undefined;
  if (!measure) return undefined;
  k--;
  while (k >= t0 && TOTAL_WORDS.has(tokens[k].low)) k--;
  return k < t0 ? measure : undefined;
}

/** The measure of a table's cell label written before its count with no colon ("Manavgat: Deaths 3, Injured 41,
 * Evacuated 5,900"). */
const ROW_CELLS = new Map<string, Measure>([['deaths', 'killed'], ['dead', 'killed'], ['fatalities', 'killed'],
  ['injured', 'injured'], ['wounded', 'injured'], ['missing', 'missing'], ['evacuated', 'displaced'],
  ['displaced', 'displaced'], ['rescued', 'freed'], ['affected', 'affected'], ['evacuations', 'displaced'], ['cases', 'affected']]);
/** The measure a label's word names ("Deaths", "Arrests", "Evacuated"), if any. */
function labelMeasure(w: string): Measure | undefined {
  return TOTAL_NOUNS.has(w) ? 'killed' : CODED_LABELS.get(w) ?? ROW_CELLS.get(w);
}
/** A word that labels a table's cell ("Deaths", "Evacuated"). */
export function cellLabel(w: string): boolean {
  return ROW_CELLS.has(w);
}
/** The labels of a safety bulletin's header lines and what befell the people each counts ("injuries" → injured). */
const BULLETIN_LINES = new Map<string, Measure>([['injuries', 'injured'], ['persons on board', 'present'],
  ['fatalities', 'killed'], ['people on board', 'present'], ['occupants', 'present']]);
/** Words of degree after a bulletin's count: "(Fatal)" is a death, the others harm. */
const BULLETIN_DEGREES = new Set(['fatal', 'serious', 'minor', 'none', 'slight']);
const DASHES = new Set(['-', '\u2013', '\u2014']);
/**
 * A count on a safety bulletin's header line: "Injuries: Crew - None Passengers - 2 (Serious)", "Persons on board: Crew
 * - 2 Passengers - 4", "Injuries: Crew - none; Passengers - 3 serious, 5 minor". The line's label says what befell them
 * ("(Fatal)" after the count makes an injury a death), the group label and dash before the count (or before the
 * count of the same group just before it) who they are.
 */
export function bulletinCell(tokens: Token[], m: NumberMention, t0: number, t1: number): { measure: Measure; group: string } | undefined {
  let c = t0;
  while (c < Math.min(t1, t0 + 4) && tokens[c].low !== ':') c++;
  if (c >= t1 || tokens[c].low !== ':' || c === t0) return undefined;
  const measure = BULLETIN_LINES.get(tokens.slice(t0, c).map((t) => t.low).join(' '));
  if (!measure) return undefined;
  // back from the count to "<Group> -", past an earlier count of the same group and its degree ("3 serious, 5 minor")
  let k = m.t0 - 1;
  while (k > c + 1 && (tokens[k].low === ',' || tokens[k].low === '(' || tokens[k].low === ')' || tokens[k].kind === 'num' ||
    BULLETIN_DEGREES.has(tokens[k].low))) k--;
  if (k <= c + 1 || !DASHES.has(tokens[k].low)) return undefined;
  const group = listLabel(tokens, k - 1);
  if (!group) return undefined;
  const after = tokens[m.t1]?.low === '(' ? tokens[m.t1 + 1]?.low : undefined;
  return { measure: measure === 'injured' && after === 'fatal' ? 'killed' : measure, group };
}

/** A cell of a table row: its label right before the count, after the row's colon or the comma of the cell before,
 * the count ending the cell ("Manavgat: Deaths 3, Injured 41, Evacuated 5,900"). */
export function rowCell(tokens: Token[], m: NumberMention, t0: number, t1: number, text: string): Measure | undefined {
  const k = m.t0 - 1;
  if (k - 1 < t0 || m.t0 !== m.n0) return undefined;
  const measure = ROW_CELLS.get(tokens[k].low);
  if (!measure || !isCap(tokens[k]) || (tokens[k - 1].low !== ':' && tokens[k - 1].low !== ',')) return undefined;
  const after = m.t1 < t1 ? tokens[m.t1].low : '';
  // (the row may end the line: "Akseki: Deaths 0, Injured 2, Evacuated 180" / "Totals")
  const lineEnd = m.t1 < t1 && text.slice(tokens[m.t1 - 1].end, tokens[m.t1].start).includes('\n');
  return after === '' || after === ',' || after === ';' || after === '.' || after === '(' || lineEnd ? measure : undefined;
}

const PRESENT_LABELS = figureWords('present-label');
/** True when the sentence opens on a short label of who was sent or involved, closed by a colon before `at`
 * ("Resources:", "Persons involved:", "Deployed:"). */
export function presentLabel(tokens: Token[], t0: number, at: number): boolean {
  for (let k = t0; k < Math.min(at, t0 + 4); k++) {
    if (tokens[k].low === ':') return tokens.slice(t0, k).some((t) => PRESENT_LABELS.has(t.low));
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}
/** "In all, …", "In total, …", "Altogether …", "Overall, …" opening the sentence, the number within a few words. */
export function sumsUp(tokens: Token[], t0: number, at: number): boolean {
  const w = tokens[t0]?.low;
  const open = w === 'altogether' || w === 'overall' ? 1 :
    w === 'in' && (tokens[t0 + 1]?.low === 'all' || tokens[t0 + 1]?.low === 'total') ? 2 : 0;
  return open > 0 && at - t0 <= open + 4;
}
/** Labels of list items that are not group nouns themselves. */
const LABEL_GROUPS = new Map([['male', 'men'], ['males', 'men'], ['female', 'women'], ['females', 'women'],
  ['unidentified', 'people'], ['adults', 'people'], ['others', 'people'], ['foreigners', 'foreigners'],
  // (a school sitrep's "(learners 8, teacher 1)": as a label only, see groups.txt)
  ['learners', 'learners']]);

/** The group a one-word list label names ("male" → men, "soldiers" → security_forces), if any. */
export function listLabel(tokens: Token[], k: number): string | undefined {
  const t = tokens[k];
  if (t.kind !== 'word') return undefined;
  const mapped = LABEL_GROUPS.get(t.low);
  if (mapped) return mapped;
  const gm = lexicons().groups.at(tokens, k, k + 1);
  return gm ? gm.data || plural(t.low) : undefined;
}

/** "Deaths: 9 (Male 5, Female 2, Children 2)": a sitrep's breakdown writes its labels capitalised; a label that
 * names people, opening a list item, is no name of the number as "Rescue 1122" or "Zone 7" is. */
export function capitalListLabel(tokens: Token[], at: number, t0: number): boolean {
  return at - 2 >= t0 && LIST_OPEN.has(tokens[at - 2].low) && listLabel(tokens, at - 1) !== undefined;
}

/** "(Female 1,720 / Male 1,430)": a slash set off by spaces, then a label that names people and its number, goes on a
 * list of counts; "24/7", "3/4" and "12 / 5 / 2026" are no such list. */
const LABEL_JOINS = new Set(['and', 'on', 'at', 'in']);
export function slashList(tokens: Token[], k: number, t1: number): boolean {
  if (!tokens[k].space) return false;
  if (k + 2 < t1 && tokens[k + 2].kind === 'num' && listLabel(tokens, k + 1) !== undefined) return true;
  // ("Fatalities: 3 / Occupants: 11": a database's label lines run on one line, a slash between them)
  if (k + 3 < t1 && tokens[k + 1].kind === 'word' && isCap(tokens[k + 1]) && tokens[k + 2].low === ':' &&
    tokens[k + 3].kind === 'num' && k - 2 >= 0 && tokens[k - 1].kind === 'num' && tokens[k - 2].low === ':') return true;
  // ("(health facility 8 / community 4)", "(suspected 471 / confirmed 67)": a label of one or two words before each
  // count on both sides of the slash is a breakdown too)
  // ("(hospitalised 4 / treated on site 5)": up to three words, a preposition or "and" inside)
  const labelled = (a: number, b: number) => a >= 0 && b > a && b - a <= 3 &&
    tokens.slice(a, b).every((t, i) => t.kind === 'word' && (!FUNCTION.has(t.low) || (i > 0 && LABEL_JOINS.has(t.low))));
  let e = k + 1;
  while (e < Math.min(t1, k + 4) && tokens[e].kind === 'word') e++;
  if (e >= t1 || tokens[e].kind !== 'num' || !labelled(k + 1, e)) return false;
  return k - 2 >= 0 && tokens[k - 1].kind === 'num' && labelled(k - 2, k - 1);
}

/** The end of a lower-case label of one to three words before a count ("community", "treated and discharged"), or k. */
function lowerLabel(tokens: Token[], k: number, t1: number): number {
  let j = k;
  while (j < t1 && j - k < 3 && tokens[j].kind === 'word' && !isCap(tokens[j]) &&
    (!FUNCTION.has(tokens[j].low) || (LABEL_JOINS.has(tokens[j].low) && j > k))) j++;
  return j < t1 && tokens[j].kind === 'num' && tokens[j - 1].low !== 'and' ? j : k;
}

const NAME_PARTICLES = figureWords('name-particle');
/** Units of territory after a place's name (attribution-words.txt role placeunit). */
const PLACE_UNITS = lexiconRole('attribution-words.txt', 'placeunit');
/** "14 deaths (Angoche 9, Moma 3, Mogovolas 2)": a bracket of place names, each with its count, right after a
 * total splits it by place. The items must add up to the total, so a list of codes or dates is never read as one. */
export function placeLabels(doc: Document, found: FigureCandidate[]): void {
  const { tokens } = doc;
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    const m = c.mention;
    if (!c.measure || c.drop || c.parts_of || c.modal || m.low === null || m.low !== m.high || m.low < 2) continue;
    let k = Math.max(c.g1, m.t1);
    // ("Dead: 14 persons, of whom Ha Tinh 7 (Huong Khe 3, ...), Nghe An 4 and Thanh Hoa 3.": the same list after "of
    // whom", to the sentence's end)
    const whom = k + 2 < tokens.length && tokens[k].low === ',' && tokens[k + 1].low === 'of' && tokens[k + 2].low === 'whom';
    if (whom) k += 2;
    // ("Deaths: 9 (+2) (Kulaura 5, Juri 3, Barlekha 1)": past the change in brackets after the total)
    if (!whom && tokens[k]?.low === '(' && /^[+\-\u2212]$/.test(tokens[k + 1]?.low ?? '') && tokens[k + 2]?.kind === 'num' &&
      tokens[k + 3]?.low === ')' && tokens[k + 4]?.low === '(') k += 4;
    // ("9 people have died (Mangochi 6, Balaka 3)": or right after the verb that gave the total its measure)
    if (!whom && tokens[k]?.low !== '(' && c.reach > k && c.reach - k <= 4 && tokens[c.reach]?.low === '(') k = c.reach;
    if (k >= tokens.length || (tokens[k].low !== '(' && !whom)) continue;
    const t1 = doc.sentences[c.sent].t1;
    const listEnd = (j: number): boolean => whom ? j >= t1 || tokens[j].low === '.' || tokens[j].low === ';' : tokens[j]?.low === ')';
    const read = placeItems(tokens, k + 1, t1, whom, listEnd);
    const { items, sum } = read;
    k = read.end;
    if (items.length < 2 || (!whom && k >= t1) || !listEnd(k) || sum !== m.low) continue;
    // (an item some rule already counted is made a part of the total, not counted twice)
    // (the figures found in the bracket follow the total; looking only that far keeps a long sentence linear)
    const near = found.slice(i + 1, i + 1 + 2 * items.length);
    const fresh = items.filter((it) => {
      const had = near.find((f) => f.mention.t0 === it.mention.t0 && f.sent === c.sent);
      if (!had) return true;
      // (a label's own verb gives way: "treated and released 25" inside the injured's bracket were injured)
      if (!had.parts_of || had.parts_of === c) {
        had.measure = c.measure;
        had.how = 'part';
        had.parts_of = c;
        had.drop = undefined;
        had.group = c.group;
        had.lead = it.lead;
      }
      return false;
    });
    const parts = fresh.map((it): FigureCandidate => ({
      sent: c.sent, mention: it.mention, g0: it.mention.t1, g1: it.mention.t1, group: c.group, knownGroup: c.knownGroup,
      measure: c.measure, how: 'part', reach: it.mention.t1, lead: it.lead, parts_of: c,
    }));
    found.splice(i + 1, 0, ...parts);
    i += parts.length;
  }
}

/** "Dead: 14 (+2)" over a line "Lianga 8, San Agustin 4, Barobo 2": a line that is only places with their counts,
 * right under a total they add up to, splits that total by place. */
export function placeLineUnder(doc: Document, si: number, found: FigureCandidate[], recent: FigureCandidate[]): void {
  const { tokens } = doc;
  if (si === 0 || found.some((c) => c.measure || c.knownGroup)) return;
  // (the line's own total, past the change in brackets after it: "Dead: 14 (+2)")
  let r = recent.length - 1;
  while (r >= 0 && recent[r].sent === si - 1 && recent[r].mention.increment) r--;
  const total = r >= 0 ? recent[r] : undefined;
  const m = total?.mention;
  if (!total || total.sent !== si - 1 || !total.measure || total.parts_of || total.modal || !m || m.low === null ||
    m.low !== m.high) return;
  const { t0, t1 } = doc.sentences[si];
  // (a new line: the total's line ends where this one starts)
  if (t0 === 0 || !doc.text.slice(tokens[t0 - 1].end, tokens[t0].start).includes('\n')) return;
  const read = placeItems(tokens, t0, t1, false, (j) => j >= t1 || tokens[j].low === '.');
  if (read.items.length < 2 || read.sum !== m.low || !(read.end >= t1 || tokens[read.end].low === '.')) return;
  // (the bare counts of the line were no candidates of their own: the items replace whatever was found)
  found.length = 0;
  for (const it of read.items) {
    found.push({ sent: si, mention: it.mention, g0: it.mention.t1, g1: it.mention.t1, group: total.group, knownGroup: total.knownGroup,
      measure: total.measure, how: 'part', reach: it.mention.t1, lead: it.lead, parts_of: total });
  }
}

/** The "Place N" items of a list from `k` (its opening mark passed), up to where `listEnd` says it closes or a token
 * that is no item; `whom` lets an item carry its own bracket. */
function placeItems(tokens: Token[], k: number, t1: number, whom: boolean,
  listEnd: (j: number) => boolean): { items: Array<{ lead: number; mention: NumberMention }>; sum: number; end: number } {
  const items: Array<{ lead: number; mention: NumberMention }> = [];
  let sum = 0;
  while (k < t1) {
    const lead = k;
    // one to three capitalised words name the place ("Alto Molocue 4"); a hyphen may join two of them
    // ("Atsimo-Atsinanana 3")
    let words = 0;
    // ("Injured: 61 (admitted 23 / treated and discharged 38)", "(health facility 8 / community 4)": a sitrep's
    // lower-case labels of where or how, up to three words, "and" inside; the sum still has to be the total)
    const low = lowerLabel(tokens, k, t1);
    if (low > k) {
      k = low;
      words = 3;
    }
    while (k < t1 && words < 3 && isCap(tokens[k]) && !lexicons().months.has(tokens[k].low)) {
      k++;
      words++;
      if (k + 1 < t1 && tokens[k].low === '-' && !tokens[k].space && !tokens[k + 1].space && isCap(tokens[k + 1])) k++;
      // ("Sar-e-Pul 12", "Dera-i-Ismail 3": a short lower-case particle between two hyphens)
      else if (k + 3 < t1 && tokens[k].low === '-' && !tokens[k].space && tokens[k + 1].kind === 'word' &&
        tokens[k + 1].text.length <= 3 && !isCap(tokens[k + 1]) && tokens[k + 2].low === '-' && !tokens[k + 2].space &&
        isCap(tokens[k + 3])) k += 3;
      // ("Maganja da Costa 4", "Sidi Bel Abbes", "Ras al Ain 2": a lower-case particle inside a place's name)
      else if (k + 1 < t1 && NAME_PARTICLES.has(tokens[k].text) && isCap(tokens[k + 1])) k++;
      // ("Khulna and Pirojpur 23": two places that share one count)
      else if (k + 1 < t1 && tokens[k].low === 'and' && isCap(tokens[k + 1])) k++;
    }
    // ("Töv aimag 2", "Kulob district 6": a lower-case unit of territory after the name)
    if (k > lead && k + 1 < t1 && PLACE_UNITS.has(tokens[k].text) && tokens[k + 1].kind === 'num') k++;
    if (k === lead || k >= t1 || tokens[k].kind !== 'num') break;
    // ("Deaths: 9 (Male 5, Female 2, Children 2)": a label that names people is no place; the list reads those)
    if (k === lead + 1 && listLabel(tokens, lead)) break;
    const n = parseNumber(tokens, k, t1);
    if (!n || (n.end >= t1 && !listEnd(n.end))) break;
    items.push({ lead, mention: { t0: k, t1: n.end, n0: k, n1: n.end, low: n.value, high: n.value, hedge: 'exact', digits: n.digits } });
    sum += n.value;
    k = n.end;
    // (an item's own breakdown in brackets: "Ha Tinh 7 (Huong Khe 3, Huong Son 2, Ky Anh 2)")
    if (whom && k < t1 && tokens[k].low === '(') {
      const close = closingBracket(tokens, k, t1);
      if (close < 0) break;
      k = close + 1;
    }
    if (listEnd(k)) break;
    if (tokens[k].low !== ',' && tokens[k].low !== ';' && tokens[k].low !== 'and' && tokens[k].low !== '/') break;
    k++;
    if (tokens[k]?.low === 'and') k++;
  }
  return { items, sum, end: k };
}

/** The place label of a row "Mirpur Khas: 9" (sentence `si`): true when the sentence is one to four capitalised
 * words (a name particle may join them), a colon and one count. */
function placeRow(doc: Document, si: number): boolean {
  const { tokens } = doc;
  const { t0, t1 } = doc.sentences[si];
  // ("  - Eastern Samar: 8 (Borongan City 5, Llorente 3)": a bulleted row, its own places in brackets after the count)
  const first = afterBullet(tokens, t0);
  let k = first;
  while (k < t1 && k < first + 5 && (isCap(tokens[k]) || (k > first && NAME_PARTICLES.has(tokens[k].text)) ||
    (k > first && tokens[k].low === '-' && !tokens[k].space))) k++;
  // ("Slavonski Brod city: 1,480": a lower-case unit of territory after the name)
  if (k > first && k < t1 && PLACE_UNITS.has(tokens[k].text)) k++;
  // ("Bamyan - 16": a dash as the row's mark too)
  if (k === first || k >= t1 || !ROW_MARKS.has(tokens[k].low) || tokens[k + 1]?.kind !== 'num') return false;
  const lex = lexicons();
  for (let j = first; j < k; j++) if (lex.measures.at(tokens, j, j + 1) || lex.groups.at(tokens, j, k)) return false;
  const n = parseNumber(tokens, k + 1, t1);
  if (!n) return false;
  let end = n.end < t1 && tokens[n.end].low === '(' && tokens[t1 - 1].low === ')' ? t1 : n.end;
  // ("Jocotan: 5 / 29" under "By municipality (deaths / injured)", "Ratnapura: 7 / 12 / 3" under "(dead / injured /
  // missing)": a row of columns)
  for (let col = 1; col < MAX_COLUMNS && end + 1 < t1 && tokens[end].low === '/' && tokens[end + 1].kind === 'num'; col++) {
    end = parseNumber(tokens, end + 1, t1)?.end ?? end;
  }
  return end === t1 || (end + 1 === t1 && tokens[end].low === '.');
}

/** Labels of a table's row of totals ("Total: 18 / 34 / 6"). */
const TOTAL_ROWS = new Set(['total', 'totals']);
/** "Total: 18 / 34 / 6" under rows of places: each column's cells above it, when they add up to its total, are its
 * parts (the rows stand in the sentences after the heading at `heading`; the latest 200 figures are read). */
function columnTotals(totals: FigureCandidate[], all: FigureCandidate[], heading: number): void {
  for (const total of totals) {
    const cells: FigureCandidate[] = [];
    let sum = 0;
    for (let i = all.length - 1; i >= Math.max(0, all.length - 200) && all[i].sent > heading; i--) {
      const x = all[i];
      if (x.measure !== total.measure || x.parts_of || x.how !== 'nom') continue;
      cells.push(x);
      sum += x.mention.low ?? 0;
    }
    if (cells.length < 2 || sum !== total.mention.low) continue;
    for (const x of cells) x.parts_of = total;
  }
}

/** The most columns a table row of counts is read for. */
const MAX_COLUMNS = 6;

/** "Jocotan: 5 / 29", "Ratnapura: 7 / 12 / 3": a table row of a place and two columns of counts or more, the whole
 * line. */
export function rowColumns(tokens: Token[], t0: number, t1: number): boolean {
  let k = afterBullet(tokens, t0);
  const first = k;
  while (k < t1 && k < first + 5 && isCap(tokens[k])) k++;
  if (k === first || k + 4 > t1 || tokens[k].low !== ':' || tokens[k + 1].kind !== 'num' || tokens[k + 2].low !== '/' ||
    tokens[k + 3].kind !== 'num') return false;
  let end = k + 4;
  for (let n = 2; n < MAX_COLUMNS && end + 1 < t1 && tokens[end].low === '/' && tokens[end + 1].kind === 'num'; n++) end += 2;
  return end === t1 || (end + 1 === t1 && tokens[end].low === '.');
}

/** "By municipality (deaths / injured)", "(dead / injured / missing)": the measures a heading's bracket names for its
 * rows' columns, two or more, one word each. */
function columnHeading(doc: Document, si: number): Measure[] | undefined {
  const { tokens } = doc;
  const { t0, t1 } = doc.sentences[si];
  for (let k = t0; k + 4 < t1; k++) {
    if (tokens[k].low !== '(' || tokens[k + 2].low !== '/') continue;
    // (every word between the slashes names a measure, up to the closing bracket: "(dead / injured / houses)" is no
    // heading of three columns of people)
    const measures: Measure[] = [];
    let closed = false;
    for (let j = k + 1; j + 1 < t1 && measures.length < MAX_COLUMNS; j += 2) {
      const m = labelMeasure(tokens[j].low);
      if (!m) break;
      measures.push(m);
      if (tokens[j + 1].low === ')') closed = true;
      if (tokens[j + 1].low !== '/') break;
    }
    if (closed && measures.length >= 2) return measures;
  }
  return undefined;
}

const LIST_BULLETS = new Set(['-', '\u2022', '*', '\u2013']);
/** The first token of a line after its bullet, if it has one. */
function afterBullet(tokens: Token[], t0: number): number {
  return LIST_BULLETS.has(tokens[t0]?.low ?? '') ? t0 + 1 : t0;
}
const ROW_MARKS = new Set([':', '-', '\u2013']);

/** "3. District-wise deaths:" over rows of places: the measure a short heading ending on a colon names. */
function rowHeading(doc: Document, si: number): Measure | undefined {
  const { tokens } = doc;
  const { t1 } = doc.sentences[si];
  // (a bulleted line too: "- Dead: 11 (+2 since ...), including 4 children:")
  const t0 = afterBullet(tokens, doc.sentences[si].t0);
  // ("Dead: 12 (validated: 7; for validation: 5)" over its rows by province: a total's own label line)
  // ("Deaths (cumulative since 5 January): 19": a bracket between the label and its colon)
  // (a short bracket: its ")" within eight tokens)
  const bracket = t0 + 1 < t1 && tokens[t0 + 1].low === '(';
  const close = bracket ? closingBracket(tokens, t0 + 1, t1) : -1;
  const colonAt = !bracket ? t0 + 1 : close > 0 && close - (t0 + 1) <= 8 ? close + 1 : -1;
  if (colonAt > t0 && colonAt + 1 < t1 && tokens[colonAt].low === ':' && tokens[colonAt + 1].kind === 'num') {
    const low = tokens[t0].low;
    return TOTAL_NOUNS.has(low) ? 'killed' : CODED_LABELS.get(low);
  }
  // ("By municipality (evacuated)": a heading line of its own with no count names the measure in its words too)
  // (an aside in brackets after its words is no part of it: "3. Evacuations (112 alerts issued for 14 settlements):")
  const words: number[] = [];
  for (let k = t0; k < t1 && words.length <= 8; k++) {
    const close = tokens[k].low === '(' && k > t0 && !ROW_CELLS.has(tokens[k + 1]?.low ?? '') ? closingBracket(tokens, k, t1) : -1;
    if (close > k) k = close;
    else words.push(k);
  }
  if (words.length > 8) return undefined;
  const colon = tokens[t1 - 1].low === ':';
  for (const k of words) {
    if (tokens[k].kind === 'num') return undefined;
    const measure = labelMeasure(tokens[k].low);
    if (measure) return measure;
  }
  return undefined;
}

/** The colon of a label line that names a measure ("Sub-division-wise suspected deaths:"), within its first words. */
function measuredColon(tokens: Token[], t0: number, t1: number): { col: number; measure: Measure } | undefined {
  let col = -1;
  let from = t0;
  for (let k = t0; k < Math.min(t1, t0 + 12); k++) if (tokens[k].low === ':') { col = k; break; }
  // (or a label line of its own over the list: "3. Taluka-wise suspected deaths:" / "Chandrapur city 3, Ballarpur 2")
  if (col < 0 && t0 > 0 && tokens[t0 - 1].low === ':') {
    col = t0 - 1;
    from = col;
    while (from > 0 && col - from < 12 && tokens[from - 1].low !== '.' && tokens[from - 1].low !== ';') from--;
  }
  if (col < 0) return undefined;
  for (let k = from; k < col; k++) {
    const measure = labelMeasure(tokens[k].low);
    if (measure) return { col, measure };
  }
  return undefined;
}

/** A place's name before a count in such a list ("deaths: Titlagarh 5, Dharamgarh 4"): no name that labels the number. */
export function colonListPlace(tokens: Token[], at: number, t0: number, t1: number): boolean {
  const label = measuredColon(tokens, t0, t1);
  if (!label || at <= label.col + 1) return false;
  let k = at - 1;
  if (tokens[k].kind === 'word' && tokens[k].text === tokens[k].low && k - 1 > label.col && isCap(tokens[k - 1])) k--;
  while (k > label.col + 1 && at - k < 4 && isCap(tokens[k - 1])) k--;
  return isCap(tokens[k]) && (tokens[k - 1].low === ':' || tokens[k - 1].low === ',');
}

/**
 * "3. Sub-division-wise suspected deaths: Titlagarh 5, Dharamgarh 4, Padampur 2.": a label line with a measure word,
 * then a run of places each with its count, comma-separated: each count takes the label's measure.
 */
export function colonPlaceList(doc: Document, si: number, found: FigureCandidate[]): void {
  const { tokens } = doc;
  const { t0, t1 } = doc.sentences[si];
  const label = measuredColon(tokens, t0, t1);
  if (!label) return;
  const { col, measure } = label;
  const items = found.filter((c) => c.mention.t0 > col);
  if (items.length < 2) return;
  let from = col + 1;
  for (const c of items) {
    if (c.measure || c.drop || c.knownGroup || c.group !== 'people') return;
    // one to four capitalised words (a lower-case unit of territory may close them: "Chandrapur city 3")
    let k = from;
    while (k < c.mention.t0 && k - from < 4 && isCap(tokens[k])) k++;
    if (k > from && k < c.mention.t0 && k + 1 === c.mention.t0 && tokens[k].kind === 'word' && tokens[k].text === tokens[k].low) k++;
    if (k === from || k !== c.mention.t0) return;
    from = c.mention.t1;
    if (from < t1 && tokens[from].low === ',') from++;
  }
  for (const c of items) {
    c.measure = measure;
    c.how = 'nom';
  }
}

/**
 * "3. District-wise deaths: / Mirpur Khas: 9 / Umerkot: 6 / Tharparkar: 4": a row of a place and its count, one of
 * a run under a heading that names the measure, counts that measure (of people: the rows name places, not groups).
 */
export function headedRow(doc: Document, si: number, found: FigureCandidate[], all: FigureCandidate[] = []): void {
  // (the row's own count is the first; a bracket after it may hold more: "Kaohsiung City: 3 (including one man ...)")
  const c = found[0];
  if (!c) return;
  if (c.measure || c.drop || c.knownGroup || c.group !== 'people' || !placeRow(doc, si)) return;
  // (back over the rows before it, up to 30, to the heading)
  let j = si - 1;
  while (j >= 0 && j > si - 31 && placeRow(doc, j)) j--;
  const columns = j >= 0 ? columnHeading(doc, j) : undefined;
  if (columns) {
    // (each count after a slash right after the one before it is the next column's)
    let n = 1;
    while (n < columns.length && n < found.length && !found[n].measure && !found[n].drop &&
      found[n].mention.t0 === found[n - 1].mention.t1 + 1 && doc.tokens[found[n - 1].mention.t1].low === '/') n++;
    if (n >= 2) {
      for (let i = 0; i < n; i++) {
        found[i].measure = columns[i];
        found[i].how = 'nom';
      }
      if (TOTAL_ROWS.has(doc.tokens[afterBullet(doc.tokens, doc.sentences[si].t0)].low)) columnTotals(found.slice(0, n), all, j);
      return;
    }
  }
  const measure = j >= 0 ? rowHeading(doc, j) : undefined;
  if (!measure) return;
  c.measure = measure;
  c.how = 'nom';
}

/** Nouns of a harm that a list of places in brackets breaks down by place. */
const PLACE_LIST_HEADS = new Map<string, Measure>([['deaths', 'killed'], ['dead', 'killed'], ['fatalities', 'killed'],
  ['injuries', 'injured'], ['injured', 'injured'], ['wounded', 'injured'], ['casualties', 'killed'],
  // ("with cases in Moatize (1,688), Tete City (902) and Changara (364)")
  ['cases', 'affected']]);
/** "The other deaths were reported from Naogaon (two), Rajshahi (one) and Natore (one)": counts in brackets after
 * place names, two or more in one sentence, whose sentence names the harm before the first of them, count that harm
 * by place (people). */
export function bracketedPlaces(doc: Document, si: number, found: FigureCandidate[]): void {
  const { tokens } = doc;
  const { t0 } = doc.sentences[si];
  const placed = (c: FigureCandidate): boolean => !c.measure && !c.drop && !c.knownGroup && c.mention.t0 - 2 > t0 &&
    tokens[c.mention.t0 - 1].low === '(' && tokens[c.mention.t1]?.low === ')' && isCap(tokens[c.mention.t0 - 2]);
  const items = found.filter(placed);
  if (items.length < 2) return;
  let measure: Measure | undefined;
  for (let k = items[0].mention.t0 - 2; k >= t0 && !measure; k--) {
    if (tokens[k].kind === 'num') return;
    measure = PLACE_LIST_HEADS.get(tokens[k].low);
  }
  if (!measure) return;
  for (const c of items) {
    c.measure = measure;
    c.how = 'nom';
  }
}

/** A place's name in a gapped list: one to three capitalised words (no month), then maybe a unit of territory;
 * the token just past it, or `k` itself when there is no name there. */
function placeName(tokens: Token[], k: number, t1: number): number {
  const lead = k;
  while (k < t1 && k - lead < 3 && isCap(tokens[k]) && !lexicons().months.has(tokens[k].low)) k++;
  if (k > lead && k < t1 && PLACE_UNITS.has(tokens[k].text)) k++;
  return k;
}

/** Prepositions a gapped place keeps before its count ("Bargarh for seven", "Ha Tinh with six"). */
const GAP_PREPS = new Set(['for', 'with']);
/** A clause of saying from `k` to the end of the sentence: a reporting verb within it and no count ("the commissioner
 * told a news conference", "it said"). */
function sayingAfter(tokens: Token[], k: number, t1: number): boolean {
  if (t1 - k > 24) return false;
  let saying = false;
  for (let j = k; j < t1; j++) {
    if (tokens[j].kind === 'num') return false;
    if (lexicons().reporting.has(tokens[j].low)) saying = true;
  }
  return saying;
}

/**
 * "Aswan had recorded 16 of the deaths, Luxor 11, Qena eight and Sohag four", "Balangir accounted for nine of the
 * deaths, Bargarh for seven and Sonepur for three": after a count with a measure, two or more places, each with its
 * count and the verb left out (its preposition kept), to the end of the sentence count the same harm of the same
 * group by place.
 */
export function gappedPlaces(doc: Document, si: number, found: FigureCandidate[]): void {
  const { tokens } = doc;
  const t1 = doc.sentences[si].t1;
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    const m = c.mention;
    if (!c.measure || c.drop || c.modal || m.low === null) continue;
    let k = Math.max(c.g1, m.t1);
    if (tokens[k]?.low !== ',') continue;
    // ("Quang Binh was the worst hit with eight deaths, followed by Ha Tinh with six and Nghe An with three")
    const prep = GAP_PREPS.has(tokens[m.t0 - 1]?.low ?? '') ? tokens[m.t0 - 1].low : undefined;
    const items: Array<{ lead: number; mention: NumberMention }> = [];
    let joined = false;
    // (at most 40 places: a list, not a whole pathological sentence)
    while (k < t1 && items.length < 40 && (tokens[k].low === ',' || tokens[k].low === 'and')) {
      // (where the list stands before this item, for a list that ends here: "..., Blantyre for five, the commissioner said")
      const at = k;
      const wasJoined = joined;
      joined = tokens[k].low === 'and' || tokens[k + 1]?.low === 'and';
      k += tokens[k].low === ',' && tokens[k + 1]?.low === 'and' ? 2 : 1;
      if (items.length === 0 && tokens[k]?.low === 'followed' && tokens[k + 1]?.low === 'by') k += 2;
      const lead = k;
      k = placeName(tokens, k, t1);
      if (prep && k > lead && tokens[k]?.low === prep) k++;
      const n = k > lead && k < t1 ? parseNumber(tokens, k, t1) : undefined;
      // (a year after a place is a date: "Ankara 2023")
      if (!n || (n.digits && n.value >= 1900 && n.value < 2100)) {
        k = at;
        joined = wasJoined;
        break;
      }
      items.push({ lead, mention: { t0: k, t1: n.end, n0: k, n1: n.end, low: n.value, high: n.value, hedge: 'exact', digits: n.digits } });
      k = n.end;
    }
    // ("..., Chikwawa for 11 and Blantyre city for five, the commissioner told a news conference": a clause of saying
    // after the list closes it too)
    const closed = k >= t1 || tokens[k].low === '.' || tokens[k].low === ';' || (tokens[k].low === ',' && sayingAfter(tokens, k + 1, t1));
    if (items.length < 2 || !joined || !closed) continue;
    // (the counts found so far follow the total in text order: one pointer walks them, once)
    let ptr = i + 1;
    const parts = items.flatMap((it): FigureCandidate[] => {
      while (ptr < found.length && found[ptr].mention.t0 < it.mention.t0) ptr++;
      const had = ptr < found.length && found[ptr].mention.t0 === it.mention.t0 ? found[ptr] : undefined;
      if (had) {
        if (had.measure || had.knownGroup) return [];
        had.measure = c.measure;
        had.how = 'nom';
        had.group = c.group;
        had.drop = undefined;
        had.lead = it.lead;
        return [];
      }
      return [{ sent: c.sent, mention: it.mention, g0: it.mention.t1, g1: it.mention.t1, group: c.group,
        knownGroup: c.knownGroup, measure: c.measure, how: 'nom', reach: it.mention.t1, lead: it.lead }];
    });
    // (each new count goes in text order among the figures after the total)
    let at = i + 1;
    for (const p of parts) {
      while (at < found.length && found[at].mention.t0 < p.mention.t0) at++;
      found.splice(at, 0, p);
    }
    // (the places of the list start no list of their own)
    while (i + 1 < found.length && found[i + 1].mention.t0 <= items[items.length - 1].mention.t0) i++;
  }
}
