// Parses the hand-coded gold files of the development set (format in test/fixtures/devset/README.md).
// Pure: takes the gold text and the report text, returns coded claims with their spans located in the
// report. Strict on purpose: a gold file that does not parse is a broken test, so every problem is
// reported with file and line.
import {
  MEASURES, HEDGES, SOURCE_KINDS,
  type Measure, type FigureValue, type SourceKind, type Span, type ReportMeta,
} from '../extract/types.js';

export interface GoldSource {
  /** Alternative names; any of them counts as right. */
  names: string[];
  kind: SourceKind;
  via?: string;
}

export interface GoldFigure {
  kind: 'figure';
  line: number;
  label?: string;
  measure: Measure;
  group: string;
  value: FigureValue;
  quantifier?: 'all';
  source: GoldSource;
  evidence: string;
  span: Span;
  partOf?: string;
  increment: boolean;
  scopeOther: boolean;
  /** True when this is a repeat of an earlier figure; `repeatOf` names it when a label is given. */
  repeat: boolean;
  repeatOf?: string;
}

export interface GoldEvent {
  kind: 'event';
  line: number;
  event: string;
  source: GoldSource;
  evidence: string;
  span: Span;
  negated: boolean;
}

export interface GoldMeta extends ReportMeta {
  /** Writing style of the report (wire, live-blog, press-release, ...). */
  style?: string;
  /** Incident type (hijacking, flood, ...). */
  incident?: string;
}

export interface GoldReport {
  file: string;
  meta: GoldMeta;
  figures: GoldFigure[];
  events: GoldEvent[];
}

export class GoldError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: ${problems.length} problem(s) in gold file\n  ${problems.join('\n  ')}`);
    this.name = 'GoldError';
  }
}

// The vague-quantity table of docs/ANNOTATION.md; gold files may write `vague dozens` instead of numbers.
export const VAGUE_WORDS: Readonly<Record<string, [number, number | null]>> = {
  'a couple': [2, 3],
  'a few': [2, 5],
  'a handful': [2, 5],
  several: [3, 9],
  multiple: [2, null],
  some: [2, null],
  many: [10, null],
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  'tens of thousands': [20000, 99999],
  'hundreds of thousands': [200000, 999999],
};

// Mirrors the EventType union of src/extract/types.ts (a type only, so it is listed here), plus
// 'refusal' (a party refusing to negotiate), a statement type the seed report needs.
export const EVENT_TYPES: readonly string[] = [
  'attack', 'hijacking', 'hostage_taking', 'explosion', 'derailment', 'gunfight', 'release', 'rescue',
  'operation', 'threat', 'demand', 'denial', 'responsibility', 'crash', 'collapse', 'fire', 'flood',
  'earthquake', 'stampede', 'sinking', 'shooting', 'siege', 'arrest', 'evacuation', 'refusal', 'other',
];

const HEADER_KEYS = new Set(['outlet', 'published', 'title', 'url', 'style', 'incident']);
// Fields are separated by a pipe with spaces around it; a bare `|` separates alternative source names.
const FIELD_SEP = /\s+\|\s+/;
const SOURCE_RE = new RegExp(`^(.+?)\\s*\\((${SOURCE_KINDS.join('|')})\\)(?:\\s+via\\s+(.+))?$`);
const LABEL_RE = /^[A-Za-z0-9_-]+$/;

function parseCount(s: string): number | null {
  const t = s.replace(/,/g, '');
  if (!/^\d+$/.test(t)) return null;
  return Number(t);
}

/** `80`, `exact 80`, `about 500`, `at_least 30`, `at_most 50`, `range 70-80`, `vague dozens`, `vague 2-?`, `all`, `none`. */
export function parseValue(field: string): { value: FigureValue; quantifier?: 'all' } | string {
  const f = field.trim().replace(/\s+/g, ' ');
  if (f === 'all') return { value: { low: null, high: null, hedge: 'vague' }, quantifier: 'all' };
  if (f === 'none' || f === '0') return { value: { low: 0, high: 0, hedge: 'exact' } };
  const bare = parseCount(f);
  if (bare !== null) return { value: { low: bare, high: bare, hedge: 'exact' } };
  const sp = f.indexOf(' ');
  if (sp < 0) return `value "${field}" needs a hedge and a number (e.g. "at_least 30")`;
  const hedge = f.slice(0, sp);
  const rest = f.slice(sp + 1);
  if (!(HEDGES as readonly string[]).includes(hedge)) {
    return `unknown hedge "${hedge}" (one of ${HEDGES.join(', ')})`;
  }
  if (hedge === 'range' || hedge === 'vague') {
    if (hedge === 'vague' && VAGUE_WORDS[rest]) {
      const [low, high] = VAGUE_WORDS[rest];
      return { value: { low, high, hedge: 'vague' } };
    }
    const m = /^([\d,]+|\?)-([\d,]+|\?)$/.exec(rest);
    if (!m) return `${hedge} value "${rest}" must be "<low>-<high>"${hedge === 'vague' ? ' or a vague word' : ''}`;
    const low = m[1] === '?' ? null : parseCount(m[1]);
    const high = m[2] === '?' ? null : parseCount(m[2]);
    if (hedge === 'range' && (low === null || high === null || low > high)) {
      return `range "${rest}" needs two numbers, low <= high`;
    }
    return { value: { low, high, hedge: hedge as FigureValue['hedge'] } };
  }
  const n = parseCount(rest);
  if (n === null) return `"${rest}" is not a whole number`;
  if (hedge === 'at_least') return { value: { low: n, high: null, hedge } };
  if (hedge === 'at_most') return { value: { low: null, high: n, hedge } };
  return { value: { low: n, high: n, hedge: hedge as FigureValue['hedge'] } };
}

/** `BLA|Baloch Liberation Army (militant)`, `sources in Islamabad (unnamed) via News Arena India`, `@outlet (media)`. */
export function parseSource(field: string, outlet: string | undefined): GoldSource | string {
  const m = SOURCE_RE.exec(field.trim());
  if (!m) return `source "${field}" must be "<name>[|<name>...] (<kind>)[ via <channel>]", kind one of ${SOURCE_KINDS.join(', ')}`;
  const names: string[] = [];
  for (const raw of m[1].split('|')) {
    const n = raw.trim();
    if (n === '') return `empty source name in "${field}"`;
    if (n === '@outlet') {
      if (outlet) names.push(outlet);
      names.push('outlet');
    } else names.push(n);
  }
  const src: GoldSource = { names, kind: m[2] as SourceKind };
  if (m[3]) src.via = m[3].trim();
  return src;
}

/** Start of the n-th (1-based) occurrence of needle in text, or -1. */
function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Evidence may end with ` @N` to pick the N-th occurrence. */
function locate(text: string, evidenceField: string, occurrenceFlag: number | undefined): { evidence: string; span: Span } | string {
  let evidence = evidenceField.trim();
  let occurrence = occurrenceFlag ?? 1;
  const at = /\s@(\d+)$/.exec(evidence);
  if (at) {
    occurrence = Number(at[1]);
    evidence = evidence.slice(0, at.index).trim();
  }
  if (evidence === '') return 'empty evidence';
  const start = nthIndexOf(text, evidence, occurrence);
  if (start < 0) {
    return occurrence === 1
      ? `evidence "${evidence}" does not occur in the report`
      : `evidence "${evidence}" does not occur ${occurrence} times in the report`;
  }
  return { evidence, span: { start, end: start + evidence.length } };
}

interface Flags {
  label?: string;
  partOf?: string;
  increment: boolean;
  scopeOther: boolean;
  repeat: boolean;
  repeatOf?: string;
  negated: boolean;
  occurrence?: number;
  quantifierAll: boolean;
}

function parseFlags(fields: string[], problems: string[], where: string): Flags {
  const flags: Flags = { increment: false, scopeOther: false, repeat: false, negated: false, quantifierAll: false };
  for (const tok of fields.join(' ').split(/\s+/).filter(Boolean)) {
    const eq = tok.indexOf('=');
    const key = eq < 0 ? tok : tok.slice(0, eq);
    const val = eq < 0 ? '' : tok.slice(eq + 1);
    if (/^@\d+$/.test(tok)) flags.occurrence = Number(tok.slice(1));
    else if (key === 'id' && LABEL_RE.test(val)) flags.label = val;
    else if ((key === 'part_of' || key === 'parts_of') && LABEL_RE.test(val)) flags.partOf = val;
    else if (tok === 'increment') flags.increment = true;
    else if (tok === 'scope=other') flags.scopeOther = true;
    else if (tok === 'repeat') flags.repeat = true;
    else if (key === 'repeat' && LABEL_RE.test(val)) { flags.repeat = true; flags.repeatOf = val; }
    else if (tok === 'negated') flags.negated = true;
    else if (tok === 'quantifier=all') flags.quantifierAll = true;
    else problems.push(`${where}: unknown flag "${tok}" (id=, part_of=, increment, scope=other, repeat[=label], negated, quantifier=all, @N)`);
  }
  return flags;
}

export function parseGold(goldText: string, reportText: string, file: string): GoldReport {
  const problems: string[] = [];
  const meta: GoldMeta = {};
  const figures: GoldFigure[] = [];
  const events: GoldEvent[] = [];
  const lines = goldText.split(/\r?\n/);

  // Headers first, wherever they are, so @outlet resolves on every line.
  lines.forEach((raw, i) => {
    const h = /^#\s*([a-z]+)\s*:\s*(.*)$/.exec(raw.trim());
    if (!h || !HEADER_KEYS.has(h[1])) return;
    const value = h[2].trim();
    if (h[1] === 'published' && Number.isNaN(Date.parse(value))) {
      problems.push(`line ${i + 1}: published "${value}" is not an ISO-8601 time`);
    }
    // (the first wins: a later "# outlet: ..." is a coder's comment that happens to open on the word)
    (meta as Record<string, string>)[h[1]] ??= value;
  });

  lines.forEach((raw, i) => {
    const where = `line ${i + 1}`;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const fields = line.split(FIELD_SEP);
    if (fields[0] === 'event') {
      if (fields.length < 4) {
        problems.push(`${where}: an event line is "event | <type> | <source> | <evidence> [| flags]"`);
        return;
      }
      const [, type, srcField, evField, ...rest] = fields;
      if (!EVENT_TYPES.includes(type)) problems.push(`${where}: unknown event type "${type}"`);
      const source = parseSource(srcField, meta.outlet);
      const flags = parseFlags(rest, problems, where);
      const loc = locate(reportText, evField, flags.occurrence);
      if (typeof source === 'string') problems.push(`${where}: ${source}`);
      if (typeof loc === 'string') problems.push(`${where}: ${loc}`);
      if (typeof source === 'string' || typeof loc === 'string') return;
      events.push({ kind: 'event', line: i + 1, event: type, source, ...loc, negated: flags.negated });
      return;
    }
    if (fields.length < 5) {
      problems.push(`${where}: a figure line is "<measure> | <group> | <value> | <source> | <evidence> [| flags]" (got ${fields.length} fields)`);
      return;
    }
    const [measure, groupField, valueField, srcField, evField, ...rest] = fields;
    const group = groupField.trim();
    let bad = false;
    if (!(MEASURES as readonly string[]).includes(measure)) {
      problems.push(`${where}: unknown measure "${measure}" (one of ${MEASURES.join(', ')})`);
      bad = true;
    }
    if (!/^[a-z][a-z_ -]*$/.test(group)) {
      problems.push(`${where}: group "${group}" must be a lower-case noun`);
      bad = true;
    }
    const value = parseValue(valueField);
    const source = parseSource(srcField, meta.outlet);
    const flags = parseFlags(rest, problems, where);
    const loc = locate(reportText, evField, flags.occurrence);
    for (const r of [value, source, loc]) if (typeof r === 'string') { problems.push(`${where}: ${r}`); bad = true; }
    if (bad || typeof value === 'string' || typeof source === 'string' || typeof loc === 'string') return;
    if (flags.label && figures.some((f) => f.label === flags.label)) {
      problems.push(`${where}: id "${flags.label}" is used twice`);
    }
    const fig: GoldFigure = {
      kind: 'figure', line: i + 1, measure: measure as Measure, group, value: value.value, source, ...loc,
      increment: flags.increment, scopeOther: flags.scopeOther, repeat: flags.repeat,
    };
    if (value.quantifier || flags.quantifierAll) fig.quantifier = 'all';
    if (flags.label) fig.label = flags.label;
    if (flags.partOf) fig.partOf = flags.partOf;
    if (flags.repeatOf) fig.repeatOf = flags.repeatOf;
    figures.push(fig);
  });

  const labels = new Map(figures.filter((f) => f.label).map((f) => [f.label!, f]));
  for (const f of figures) {
    if (f.partOf) {
      const total = labels.get(f.partOf);
      if (!total) problems.push(`line ${f.line}: part_of=${f.partOf} names no figure (add id=${f.partOf} to the total)`);
      else if (total.measure !== f.measure) problems.push(`line ${f.line}: a part takes the measure of its total (${total.measure})`);
    }
    if (f.repeatOf && !labels.has(f.repeatOf)) problems.push(`line ${f.line}: repeat=${f.repeatOf} names no figure`);
  }
  if (problems.length) throw new GoldError(file, problems);
  return { file, meta, figures, events };
}
