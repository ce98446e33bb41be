// Claims coded elsewhere (by hand or by another tool), one report per JSON line (format in PRODUCT.md).
// A line's identity is the hash of its canonical form (incident + report + claims, keys sorted), so
// importing the same file again changes nothing. Claims are kept as given, unknown fields included.
// `report.copy_of` (written by `sitrep export --format jsonl`) names the original of a syndicated copy by
// its id in the file; it becomes the store's copy link, so a re-imported copy is not counted twice.
import type { Claim } from '../extract/types.js';
import { groupOfNoun, hedgeOfWord, kindOfName, measureOfWord } from '../extract/coded-vocabulary.js';
import { HEDGES, MEASURES, SOURCE_KINDS } from '../extract/types.js';
import { contentHash } from '../store/hash.js';
import type { NewReport, Store } from '../store/types.js';
import { CopyFinder, fingerprint } from './copies.js';
import { encodeSignature, signature } from './web/near-duplicate.js';
import { checkIncidentSlug, checkPublished, checkStorableText } from './validate.js';

/** What the claims of an imported report record as their extractor version. */
export const IMPORT_EXTRACTOR_VERSION = 'import';

export interface ImportItem {
  report: NewReport;
  claims: Claim[];
  /** `report.copy_of` as given: the original's id in the import file (or a stored report id). */
  copyOfRef?: string;
}

export type LineResult = { ok: true; item: ImportItem } | { ok: false; reason: string };

export type ImportOutcome =
  | { status: 'stored' | 'unchanged'; line: number; id: string; incident: string; claims: number }
  | { status: 'refused'; line: number; reason: string };

const REPORT_FIELDS = ['id', 'outlet', 'published', 'url', 'title', 'text'] as const;

/** JSON with object keys sorted at every level: the same content always gives the same string. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Invalid extends Error {}

function fail(message: string): never {
  throw new Invalid(message);
}

function optString(o: Obj, key: string, where: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') fail(`${where}${key} must be a string`);
  return v;
}

function reqString(o: Obj, key: string, where: string): string {
  const v = optString(o, key, where);
  if (v === undefined || v.trim() === '') fail(`${where}${key} is required (a non-empty string)`);
  return v;
}

function oneOf(o: Obj, key: string, allowed: readonly string[], where: string): void {
  const v = reqString(o, key, where);
  if (!allowed.includes(v)) fail(`${where}${key} ${JSON.stringify(v)} is not one of ${allowed.join(', ')}`);
}

function checkSpan(o: Obj, key: string, where: string, textLength: number | null): void {
  const s = o[key];
  if (s === undefined) return;
  if (!isObj(s)) fail(`${where}${key} must be an object {start, end}`);
  const { start, end } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
    fail(`${where}${key} must have integer start <= end, both >= 0`);
  }
  if (textLength !== null && (end as number) > textLength) {
    fail(`${where}${key}.end ${end} is past the end of report.text (${textLength} characters)`);
  }
}

function checkSource(c: Obj, where: string): void {
  const s = c.source;
  if (!isObj(s)) fail(`${where}source is required (an object {name, kind})`);
  reqString(s, 'name', `${where}source.`);
  oneOf(s, 'kind', SOURCE_KINDS, `${where}source.`);
  optString(s, 'via', `${where}source.`);
}

function checkValue(c: Obj, where: string): void {
  const v = c.value;
  if (!isObj(v)) fail(`${where}value is required (an object {low, high, hedge})`);
  oneOf(v, 'hedge', HEDGES, `${where}value.`);
  for (const k of ['low', 'high'] as const) {
    const n = v[k];
    if (n === undefined) fail(`${where}value.${k} is required (a number, or null when unknown)`);
    if (n !== null && (typeof n !== 'number' || !Number.isFinite(n) || n < 0)) {
      fail(`${where}value.${k} must be a number >= 0 or null`);
    }
  }
  // "all the hostages" has no number of its own (ANNOTATION.md): a vague value with quantifier "all".
  const countless = v.hedge === 'vague' && c.quantifier === 'all';
  if (v.low === null && v.high === null && !countless) {
    fail(`${where}value needs low or high (both null only with hedge "vague" and quantifier "all")`);
  }
  if (typeof v.low === 'number' && typeof v.high === 'number' && v.low > v.high) {
    fail(`${where}value.low ${v.low} is greater than value.high ${v.high}`);
  }
}

/**
 * The groups PRODUCT.md names; "security forces" or "Security-Forces" in a coded file means security_forces,
 * and a noun the extractor's lexicon knows takes its group ("soldiers" → security_forces), as if extracted.
 */
const NAMED_GROUPS = new Set(['people', 'passengers', 'crew', 'civilians', 'security_forces', 'attackers', 'hostages', 'women', 'children', 'men']);

function lowerIfKnown(o: Obj, key: string, allowed: readonly string[]): void {
  const v = o[key];
  if (typeof v !== 'string') return;
  const low = v.trim().toLowerCase();
  if (low !== v && allowed.includes(low)) o[key] = low;
}

/** A whole number written as text ("30", " 1,200 ", "1 200"); undefined for anything else ("30+", "about 30"). */
function numberText(s: string): number | undefined {
  const t = s.trim();
  return /^(?:\d{1,3}(?:([, ])\d{3})?(?:\1\d{3})*|\d+)$/.test(t) ? Number(t.replace(/[, ]/g, '')) : undefined;
}

/**
 * Spelling a coder may vary without changing the meaning, made canonical before validation: the case of
 * measure, hedge and source kind; a source kind written as a word the extractor reads a kind from ("government",
 * "armed group", "eyewitness"); a measure written as the extractor's cue word ("fatalities", "wounded",
 * "rescued"); a hedge written as its words ("approx", "more than"); a missing source kind that the name says
 * ("BLA", "railway officials"); a named group written with spaces or hyphens; a bare number as the value
 * (exact); a number written as text ("1,200"); a missing or blank low or high (null); and a missing hedge
 * that low/high already say (equal: exact; only low: at_least; only high: at_most; both: range); a missing type
 * that the fields say (a measure: figure; an event: event); a missing id (the claim's place, "#1"). Returns a copy.
 */
export function normalizeCodedClaim(c: unknown, index = 0): unknown {
  if (!isObj(c)) return c;
  const out: Obj = { ...c };
  // (no type: a claim with a measure and no event is a figure, one with an event and no measure an event)
  if (out.type === undefined || out.type === null || out.type === '') {
    if (out.measure !== undefined && out.event === undefined) out.type = 'figure';
    else if (out.event !== undefined && out.measure === undefined) out.type = 'event';
  }
  // (no id: its place in the report, "#1" for the first, which a coder's own ids do not use)
  if (out.id === undefined || out.id === null || out.id === '') out.id = `#${index + 1}`;
  lowerIfKnown(out, 'measure', MEASURES);
  if (typeof out.measure === 'string' && !(MEASURES as readonly string[]).includes(out.measure)) out.measure = measureOfWord(out.measure) ?? out.measure;
  if (typeof out.value === 'string' && numberText(out.value) !== undefined) out.value = numberText(out.value);
  if (typeof out.value === 'number') out.value = { low: out.value, high: out.value, hedge: 'exact' };
  if (typeof out.group === 'string') {
    const g = out.group.trim().toLowerCase().replace(/[\s-]+/g, '_');
    out.group = NAMED_GROUPS.has(g) ? g : groupOfNoun(out.group) ?? out.group.trim().toLowerCase();
  }
  if (isObj(out.source)) {
    out.source = { ...out.source };
    const src = out.source as Obj;
    lowerIfKnown(src, 'kind', SOURCE_KINDS);
    // ("government", "armed group", "eyewitness": a kind written as a word the extractor reads a kind from)
    if (typeof src.kind === 'string' && src.kind.trim() !== '' && !(SOURCE_KINDS as readonly string[]).includes(src.kind)) {
      src.kind = kindOfName(src.kind.replace(/_/g, ' ')) ?? src.kind;
    }
    // (no kind: the one its name says, as the extractor reads names — "BLA" militant, "police" official)
    if ((src.kind === undefined || src.kind === null || src.kind === '') && typeof src.name === 'string') {
      const kind = kindOfName(src.name);
      if (kind) src.kind = kind;
    }
  }
  if (isObj(out.value)) {
    const v: Obj = { ...out.value };
    lowerIfKnown(v, 'hedge', HEDGES);
    // ("approx", "more than", "up_to": a hedge written as the words the extractor reads it from)
    if (typeof v.hedge === 'string' && !(HEDGES as readonly string[]).includes(v.hedge)) v.hedge = hedgeOfWord(v.hedge) ?? v.hedge;
    // ("30", "1,200": a number written as text, as spreadsheets export it; a blank cell is no number)
    for (const k of ['low', 'high'] as const) {
      if (typeof v[k] === 'string') v[k] = (v[k] as string).trim() === '' ? null : numberText(v[k] as string) ?? v[k];
    }
    const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
    if (num(v.low) || num(v.high)) {
      if (v.low === undefined) v.low = null;
      if (v.high === undefined) v.high = null;
    }
    if ((v.hedge === undefined || v.hedge === null) && (num(v.low) || num(v.high))) {
      v.hedge = !num(v.high) ? 'at_least' : !num(v.low) ? 'at_most' : v.low === v.high ? 'exact' : 'range';
    }
    out.value = v;
  }
  return out;
}

function checkClaim(c: unknown, i: number, textLength: number | null): void {
  const where = `claims[${i}].`;
  if (!isObj(c)) fail(`claims[${i}] must be an object`);
  reqString(c, 'id', where);
  const type = c.type;
  if (type === 'figure') {
    oneOf(c, 'measure', MEASURES, where);
    reqString(c, 'group', where);
    checkValue(c, where);
    if (c.increment !== undefined && typeof c.increment !== 'boolean') fail(`${where}increment must be true or false`);
    if (c.scope !== undefined && c.scope !== null && c.scope !== 'other') fail(`${where}scope must be "other" when given`);
  } else if (type === 'event') {
    reqString(c, 'event', where);
    if (c.negated !== undefined && typeof c.negated !== 'boolean') fail(`${where}negated must be true or false`);
  } else {
    fail(`${where}type must be "figure" or "event"`);
  }
  checkSource(c, where);
  checkSpan(c, 'span', where, textLength);
  checkSpan(c, 'sentence', where, textLength);
}

/** Parses and validates one JSONL line; reasons name the offending field. */
export function parseImportLine(line: string): LineResult {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (err) {
    return { ok: false, reason: `not valid JSON (${(err as Error).message})` };
  }
  try {
    if (!isObj(data)) fail('expected a JSON object {incident, report, claims}');
    const incident = reqString(data, 'incident', '');
    const badSlug = checkIncidentSlug(incident);
    if (badSlug) fail(`incident ${badSlug}`);
    const r = data.report;
    if (!isObj(r)) fail('report is required (an object)');
    for (const k of [...REPORT_FIELDS, 'copy_of']) {
      const v = optString(r, k, 'report.');
      const bad = v === undefined ? null : checkStorableText(v);
      if (bad) fail(`report.${k} ${bad}`);
    }
    if (typeof r.published === 'string') {
      const bad = checkPublished(r.published);
      if (bad) fail(`report.published ${bad}`);
    }
    if (!Array.isArray(data.claims)) fail('claims is required (an array)');
    const claims = data.claims.map((c, i) => normalizeCodedClaim(c, i));
    const text = typeof r.text === 'string' ? r.text : null;
    const ids = new Set<string>();
    claims.forEach((c, i) => {
      checkClaim(c, i, text === null ? null : text.length);
      const id = (c as Obj).id as string;
      if (ids.has(id)) fail(`claims[${i}].id ${JSON.stringify(id)} is used twice in this report`);
      ids.add(id);
    });
    claims.forEach((c, i) => {
      const parent = (c as Obj).parts_of;
      if (parent === undefined || parent === null) return;
      if (typeof parent !== 'string' || !ids.has(parent)) fail(`claims[${i}].parts_of ${JSON.stringify(parent)} names no claim of this report`);
    });

    // The identity of the line as given: a file imported before spelling variants were read the same way
    // is still "unchanged" when imported again.
    const id = contentHash(canonicalJson({ incident, report: r, claims: data.claims }));
    const extra: Obj = {};
    for (const [k, v] of Object.entries(r)) if (!(REPORT_FIELDS as readonly string[]).includes(k)) extra[k] = v;
    for (const [k, v] of Object.entries(data)) if (!['incident', 'report', 'claims'].includes(k)) extra[`line.${k}`] = v;
    const report: NewReport = {
      id,
      incident,
      text: text ?? '',
      origin: 'imported',
      ...(typeof r.id === 'string' ? { externalId: r.id } : {}),
      ...(typeof r.outlet === 'string' ? { outlet: r.outlet } : {}),
      ...(typeof r.published === 'string' ? { published: r.published } : {}),
      ...(typeof r.url === 'string' ? { url: r.url } : {}),
      ...(typeof r.title === 'string' ? { title: r.title } : {}),
      ...(Object.keys(extra).length ? { extra } : {}),
    };
    // Hand-coded claims may have no evidence span; downstream code expects one, and {0,0} is the
    // format's own way of saying "no span".
    const kept = (claims as Obj[]).map((c) => (c.span === undefined ? { ...c, span: { start: 0, end: 0 } } : c)) as Claim[];
    const copyOfRef = typeof r.copy_of === 'string' && r.copy_of.trim() !== '' ? r.copy_of : undefined;
    return { ok: true, item: { report, claims: kept, ...(copyOfRef ? { copyOfRef } : {}) } };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, reason: err.message };
    throw err;
  }
}

const STORED_ID = /^[0-9a-f]{64}$/;

/**
 * The stored id of the original a `copy_of` names: a report of the same file with that `report.id` (same
 * incident first), else a stored report of the incident imported with that id, else a stored report id
 * as is. null when nothing matches: the reference then stays an unknown field, as before.
 */
async function resolveCopyOf(store: Store, item: ImportItem, inFile: ReadonlyMap<string, ImportItem[]>, storedByIncident: Map<string, Map<string, string>>): Promise<string | null> {
  const ref = item.copyOfRef!;
  const own = item.report;
  const candidates = (inFile.get(ref) ?? []).filter((c) => c.report.id !== own.id);
  const pick = candidates.find((c) => c.report.incident === own.incident) ?? candidates[0];
  if (pick) return pick.report.id;
  let stored = storedByIncident.get(own.incident);
  if (!stored) {
    stored = new Map();
    for (const r of await store.listReports(own.incident)) if (r.externalId) stored.set(r.externalId, r.id);
    storedByIncident.set(own.incident, stored);
  }
  const byExternal = stored.get(ref);
  if (byExternal && byExternal !== own.id) return byExternal;
  if (STORED_ID.test(ref) && ref !== own.id && (await store.hasReport(ref))) return ref;
  return null;
}

/**
 * Imports every non-blank line of a JSONL text; each valid line is stored in its own transaction.
 * Lines are all parsed first so that a copy may name an original further down the file.
 */
export async function importLines(
  store: Store,
  text: string,
  onOutcome: (o: ImportOutcome) => void = () => {},
): Promise<{ stored: number; unchanged: number; refused: number }> {
  const summary = { stored: 0, unchanged: 0, refused: 0 };
  const lines = text.split(/\r?\n/);
  const parsed: Array<{ line: number; result: LineResult }> = [];
  const byExternalId = new Map<string, ImportItem[]>();
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const result = parseImportLine(lines[i]);
    parsed.push({ line: i + 1, result });
    const ext = result.ok ? result.item.report.externalId : undefined;
    if (result.ok && ext !== undefined) byExternalId.set(ext, [...(byExternalId.get(ext) ?? []), result.item]);
  }
  const storedByIncident = new Map<string, Map<string, string>>();
  let copies: CopyFinder | null = null;
  for (const { line, result } of parsed) {
    let outcome: ImportOutcome;
    if (!result.ok) {
      outcome = { status: 'refused', line, reason: result.reason };
    } else {
      const { claims } = result.item;
      let { report } = result.item;
      if (result.item.copyOfRef !== undefined) {
        const original = await resolveCopyOf(store, result.item, byExternalId, storedByIncident);
        if (original) {
          // mapped, so no longer an unknown field
          const { copy_of: _ref, ...rest } = report.extra ?? {};
          report = { ...report, copyOf: original };
          if (Object.keys(rest).length) report.extra = rest;
          else delete report.extra;
        }
      } else if (report.text) {
        // No copy_of given: a text that is mostly an earlier report's is a syndicated copy, as at ingest.
        copies ??= await CopyFinder.forStore(store);
        const fp = fingerprint(report.id, encodeSignature(signature(report.text)), report);
        const link = copies.find(fp);
        copies.add(fp);
        report = { ...report, signature: fp.signature, ...(link.copyOf ? { copyOf: link.copyOf } : {}) };
      }
      const put = await store.putReport(report, claims, IMPORT_EXTRACTOR_VERSION);
      outcome = { status: put.created ? 'stored' : 'unchanged', line, id: put.id, incident: put.incident, claims: claims.length };
      if (put.created && report.externalId) storedByIncident.get(report.incident)?.set(report.externalId, put.id);
    }
    summary[outcome.status]++;
    onOutcome(outcome);
  }
  return summary;
}

