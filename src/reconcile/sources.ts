// Source identity: the same speaker under different names is one source.
// "Baloch Liberation Army (BLA)", "BLA", "BLA spokesman Jeeyand Baloch" and, in the same report,
// "the group" are one militant source; "Interior Minister Mohsin Naqvi" and "Mohsin Naqvi" are one
// official. An outlet relaying a source (`via`) never makes a new source.
import type { SourceKind } from '../extract/types.js';
import { lexiconRows } from './lexicon/load.js';

/** One place a source is named: a claim in a report. */
export interface SourceMention {
  uid: string;
  reportIndex: number;
  /** Position of the claim in its report (span start); orders coreference. */
  order: number;
  /**
   * The claim's place among its report's claims. With `reportIndex` it is the order names are first seen
   * in, whatever order the mentions come in (a late report's mentions come after later reports' ones);
   * without it, mentions of one report are read in the order given.
   */
  at?: number;
  name: string;
  kind: SourceKind;
  org?: string;
  /** The report's outlet: the name of its own voice. */
  outlet?: string;
  /** The name as resolved (outlet for the outlet's own voice), filled in on first use: callers may keep mentions. */
  raw?: string;
}

/**
 * A reviewer's say on who is who, applied in order after the automatic joins (see `applyDecisions`).
 * Sources are named by their key (the slug of a name), so a decision keeps its meaning while reports
 * arrive: a key that no longer leads a source still names the source that has that name among its own.
 * - merge: the sources `from` are the same speaker as `into`; the merged source keeps `into`'s name.
 * - split: the name `name` (as shown in `source`'s aliases) is not `source`: it becomes a source of
 *   its own, with the names that were tied to the source only through it.
 */
export type SourceDecision =
  | { id: string; kind: 'merge'; into: string; from: string[] }
  | { id: string; kind: 'split'; source: string; name: string };

/** The source decision of a review action, or null for other verbs and malformed payloads. */
export function sourceDecision(r: { id: string; action: string; payload?: Record<string, unknown> }): SourceDecision | null {
  const p = r.payload ?? {};
  if (r.action === 'merge-sources') {
    const from = Array.isArray(p.from) ? p.from.filter((f): f is string => typeof f === 'string' && f !== p.into) : [];
    return typeof p.into === 'string' && from.length ? { id: r.id, kind: 'merge', into: p.into, from } : null;
  }
  if (r.action === 'split-source') {
    return typeof p.source === 'string' && typeof p.name === 'string' && p.name.trim()
      ? { id: r.id, kind: 'split', source: p.source, name: p.name } : null;
  }
  return null;
}

export interface SourceIdentity {
  key: string;
  name: string;
  kind: SourceKind;
  org?: string;
  aliases: string[];
  tags: string[];
}

interface LexEntry {
  canonical: string;
  kind: SourceKind;
  tags: string[];
}

interface Lexicon {
  aliases: Map<string, LexEntry>;
  generic: Map<string, string>;
  /** Acronym aliases (normal form -> as written): "WHO" inside a longer name counts only in capitals. */
  acronyms: Map<string, RegExp>;
}

let lexicon: Lexicon | null = null;
/** Per distinct name, across calls: the lexicon is fixed once loaded. */
const insideMemo = new Map<string, LexEntry | undefined>();
const genericMemo = new Map<string, string | undefined>();

function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const aliases = new Map<string, LexEntry>();
  const generic = new Map<string, string>();
  const acronyms = new Map<string, RegExp>();
  for (const row of lexiconRows('sources.txt')) {
    if (row[0] === '@generic') {
      for (const phrase of row.slice(2)) if (phrase) generic.set(normName(phrase), row[1]);
      continue;
    }
    const [canonical, kind, tags, ...rest] = row;
    const entry: LexEntry = {
      canonical,
      kind: kind as SourceKind,
      tags: (tags ?? '').split(',').map((t) => t.trim()).filter(Boolean),
    };
    for (const name of [canonical, ...rest]) {
      if (!name) continue;
      aliases.set(normName(name), entry);
      if (/^[A-Z][A-Z0-9-]{1,7}$/.test(name)) acronyms.set(normName(name), new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u'));
    }
  }
  lexicon = { aliases, generic, acronyms };
  return lexicon;
}

/** Case, a leading article, possessive 's and punctuation do not change who is speaking. */
const normCache = new Map<string, string>();

export function normName(raw: string): string {
  const hit = normCache.get(raw);
  if (hit !== undefined) return hit;
  const n = normalise(raw);
  // Names repeat across thousands of claims; the cache stays small (distinct names only).
  if (normCache.size < 50000) normCache.set(raw, n);
  return n;
}

function normalise(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim()
    .replace(/^(the|a|an) /, '')
    .replace(/\s+/g, ' ');
}

const displayCache = new Map<string, string>();

/** The display form: as written, without a leading article. */
function displayForm(raw: string): string {
  let d = displayCache.get(raw);
  if (d === undefined) {
    d = raw.trim().replace(/^(the|The|a|A|an|An)\s+/, '');
    if (displayCache.size > 50000) displayCache.clear();
    displayCache.set(raw, d);
  }
  return d;
}

function slug(s: string): string {
  return normName(s).replace(/&/g, 'and').replace(/ /g, '-') || 'unknown';
}

const APPOSITION = /^(.*?\S)\s*\(([^()]+)\)\s*$/;
const SPOKES = /\bspokes(?:man|woman|person)\b|\bmedia wing\b/i;
/** Words around an organisation's name that still mean the organisation speaking. */
const ROLE_WORDS = new Set(['', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'officers',
  'authorities', 'media', 'wing', 'of', 'for', 'the', 'a', 'an', 'its', 'statement', 'director', 'general', 'dg', 'chief', 'head']);
/** Titles between an organisation's name and a person's ("Police Chief", "Ministry spokesman"). */
const TITLE_WORDS = new Set(['chief', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'general', 'head', 'commissioner',
  'superintendent', 'inspector', 'commander', 'secretary', 'minister', 'deputy', 'assistant', 'officer', 'official', 'president',
  'chairman', 'chairwoman', 'governor', 'mayor', 'captain', 'colonel', 'major', 'general', 'lt', 'gen', 'col', 'capt', 'dr']);
const STOP_INITIAL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de']);
const MILITARY = /\b(army|military|ispr|armed forces|security forces|frontier corps|soldiers|troops|navy|air force)\b/;

/** "ISPR" from "Inter-Services Public Relations". */
function initials(raw: string): string {
  return raw
    .split(/[\s-]+/)
    .filter((w) => w && !STOP_INITIAL.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');
}

function isProperName(raw: string): boolean {
  const words = displayForm(raw).split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

class UnionFind {
  private parent = new Map<string, string>();
  add(x: string): void {
    if (!this.parent.has(x)) this.parent.set(x, x);
  }
  has(x: string): boolean {
    return this.parent.has(x);
  }
  find(x: string): string {
    let r = x;
    while (this.parent.get(r) !== r) r = this.parent.get(r)!;
    let c = x;
    while (c !== r) {
      const next = this.parent.get(c)!;
      this.parent.set(c, r);
      c = next;
    }
    return r;
  }
  /** The earlier-added root wins, so results do not depend on the order of unions. */
  union(a: string, b: string, order: Map<string, number>): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if ((order.get(ra) ?? 0) <= (order.get(rb) ?? 0)) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/**
 * What resolution remembers of the mentions it has seen, so that a caller who only appends mentions
 * (an incident taking one more report) pays for the new ones, not for all of them again.
 */
export interface SourceTally {
  count: number;
  rawIndex: Map<string, number>;
  raws: RawName[];
  rawIdx: number[];
  mentionsOfRaw: number[][];
  /** The first mention (index) of each name with each organisation it speaks for ('' for none). */
  distinct: number[];
  distinctSpokes: Map<string, number>;
  generic: number[];
  byReport: Map<number, number[]>;
  keys: string[];
}

interface RawName {
  raw: string;
  generic: boolean;
  node: string | null;
  count: number;
  /** Its first mention (index), by position: names are taken in that order. */
  first: number;
  /** Kind votes: the first kind tallied, its count and first mention; other kinds (rare) in maps. */
  kind0: SourceKind;
  n0: number;
  first0: number;
  kinds: Map<SourceKind, number> | null;
  kindFirst: Map<SourceKind, number> | null;
  orgs: Map<string, number> | null;
  orgFirst: Map<string, number> | null;
  key?: string;
}

/**
 * Resolves every mention to a source; returns each mention's source key (`keys`, aligned with the
 * mentions; `byMention` by uid) and the sources by key. With `tally` from an earlier call on a
 * prefix of the same mentions, only the new mentions are tallied; `changed` then lists the mentions
 * whose key is new or different (null: all of them).
 */
export function resolveSources(mentions: SourceMention[], tally?: SourceTally, decisions: SourceDecision[] = []): {
  keys: string[];
  byMention: Map<string, string>;
  sources: Map<string, SourceIdentity>;
  tally: SourceTally;
  changed: number[] | null;
} {
  const lex = loadLexicon();
  let uf = new UnionFind();
  /** Every automatic join, so that a reviewer's split can take some back. */
  const edges: Array<[string, string]> = [];
  const firstSeen = new Map<string, number>();
  const rawForms = new Map<string, string[]>();
  const node = (raw: string): string => {
    const n = normName(raw) || 'unknown';
    if (!uf.has(n)) {
      uf.add(n);
      firstSeen.set(n, firstSeen.size);
    }
    const forms = rawForms.get(n) ?? [];
    const d = displayForm(raw);
    if (d && !forms.includes(d)) forms.push(d);
    rawForms.set(n, forms);
    return n;
  };
  const join = (a: string, b: string) => {
    if (decisions.length) edges.push([a, b]);
    uf.union(a, b, firstSeen);
  };

  const rawOf = (m: SourceMention): string => {
    if (m.raw !== undefined) return m.raw;
    const name = m.name?.trim();
    m.raw = !name || name.toLowerCase() === 'outlet' ? m.outlet?.trim() || 'unknown outlet' : name;
    return m.raw;
  };
  // Known names inside a longer one: "spokesman for the group, Jeeyand Baloch" names Jeeyand Baloch.
  const knownInside = (raw: string): LexEntry | undefined => {
    if (insideMemo.has(raw)) return insideMemo.get(raw);
    if (insideMemo.size > 50000) insideMemo.clear();
    const found = knownInsideOnce(raw);
    insideMemo.set(raw, found);
    return found;
  };
  const knownInsideOnce = (raw: string): LexEntry | undefined => {
    const padded = ` ${normName(raw)} `;
    let found: LexEntry | undefined;
    let len = 0;
    for (const [alias, entry] of lex.aliases) {
      if (alias.length > len && padded.includes(` ${alias} `) && (lex.acronyms.get(alias)?.test(raw) ?? true)) {
        found = entry;
        len = alias.length;
      }
    }
    return found;
  };
  /** The category of a phrase that names no one by itself ("the group", "a spokesman for the group"). */
  const genericCategory = (raw: string): string | undefined => {
    if (genericMemo.has(raw)) return genericMemo.get(raw);
    if (genericMemo.size > 50000) genericMemo.clear();
    const c = genericCategoryOnce(raw);
    genericMemo.set(raw, c);
    return c;
  };
  const genericCategoryOnce = (raw: string): string | undefined => {
    const n = normName(raw);
    if (lex.aliases.has(n)) return undefined;
    if (lex.generic.has(n)) return lex.generic.get(n);
    if (!SPOKES.test(raw) || knownInside(raw)) return undefined;
    const rest = n.replace(/\b(spokes(?:man|woman|person)|media wing|for|of|a|an|the|its|their)\b/g, ' ').replace(/\s+/g, ' ').trim();
    if (!rest) return 'official';
    return lex.generic.get(rest);
  };
  const isGeneric = (raw: string) => genericCategory(raw) !== undefined;

  // 1. Named mentions become nodes; aliases found in the names themselves join them.
  // Names repeat across thousands of claims: everything below runs once per distinct name, and
  // each mention costs one lookup plus its vote.
  const appositionFull = new Set<string>();
  const prior = tally && tally.count <= mentions.length ? tally : undefined;
  const t: SourceTally = prior ?? {
    count: 0, rawIndex: new Map(), raws: [], rawIdx: [], mentionsOfRaw: [], distinct: [], distinctSpokes: new Map(),
    generic: [], byReport: new Map(), keys: [],
  };
  const from = t.count;
  const { rawIndex, raws, rawIdx, distinct, distinctSpokes } = t;
  const mentionNode = (i: number): string | null => raws[rawIdx[i]].node;
  // Where each mention sits: report, place in the report, then the order given.
  const before = (i: number, j: number): boolean => {
    const a = mentions[i];
    const b = mentions[j];
    if (a.reportIndex !== b.reportIndex) return a.reportIndex < b.reportIndex;
    const x = a.at ?? 0;
    const y = b.at ?? 0;
    return x !== y ? x < y : i < j;
  };
  const byPosition = (i: number, j: number) => (i === j ? 0 : before(i, j) ? -1 : 1);
  // One distinct (name, organisation) per first mention; '' is a name's first mention without one.
  const spoke = (k: string, i: number) => {
    const d = distinctSpokes.get(k);
    if (d === undefined) { distinctSpokes.set(k, distinct.length); distinct.push(i); } else if (before(i, distinct[d])) distinct[d] = i;
  };
  for (let i = from; i < mentions.length; i++) {
    const m = mentions[i];
    const raw = rawOf(m);    const list = t.byReport.get(m.reportIndex);
    if (list) list.push(i);
    else t.byReport.set(m.reportIndex, [i]);
    let r = rawIndex.get(raw);
    if (r !== undefined) {
      rawIdx[i] = r;
      const x = raws[r];
      x.count++;
      const earlier = before(i, x.first);
      if (earlier) x.first = i;
      if (x.generic) t.generic.push(i);
      else t.mentionsOfRaw[r].push(i);
      if (m.kind === x.kind0) { x.n0++; if (earlier) x.first0 = i; }
      else {
        (x.kinds ??= new Map()).set(m.kind, (x.kinds.get(m.kind) ?? 0) + 1);
        const f = (x.kindFirst ??= new Map()).get(m.kind);
        if (f === undefined || before(i, f)) x.kindFirst.set(m.kind, i);
      }
      if (m.org) {
        (x.orgs ??= new Map()).set(m.org, (x.orgs.get(m.org) ?? 0) + 1);
        const f = (x.orgFirst ??= new Map()).get(m.org);
        if (f === undefined || before(i, f)) x.orgFirst.set(m.org, i);
      }
      if (!x.generic && (m.org || earlier)) spoke(`${raw}\u0000${m.org ?? ''}`, i);
      continue;
    }
    r = raws.length;
    rawIndex.set(raw, r);
    rawIdx[i] = r;
    const generic = isGeneric(raw);
    raws.push({
      raw, generic, node: null, count: 1, first: i, kind0: m.kind, n0: 1, first0: i, kinds: null, kindFirst: null,
      orgs: m.org ? new Map([[m.org, 1]]) : null, orgFirst: m.org ? new Map([[m.org, i]]) : null,
    });
    t.mentionsOfRaw.push(generic ? [] : [i]);
    if (generic) { t.generic.push(i); continue; }
    spoke(`${raw}\u0000${m.org ?? ''}`, i);
  }
  t.count = mentions.length;
  // Names in the order they are first seen; kinds and organisations of each likewise.
  const byFirst = raws.slice().sort((a, b) => byPosition(a.first, b.first));
  for (const x of byFirst) {
    if (x.generic) continue;
    const n = node(x.raw);
    x.node = n;
    const app = APPOSITION.exec(x.raw);
    if (app) {
      const full = node(app[1]);
      const short = node(app[2]);
      appositionFull.add(full);
      join(full, short);
      join(n, full);
    }
  }
  for (const n of [...firstSeen.keys()]) {
    const entry = lex.aliases.get(n);
    if (entry) join(n, node(entry.canonical));
  }
  const nodeOf = (m: SourceMention) => raws[rawIndex.get(rawOf(m))!].node;
  // A name's first mention without an organisation counts only if it is the name's first mention.
  const spokes = distinct.filter((i) => mentions[i].org || raws[rawIdx[i]].first === i).sort(byPosition).map((i) => mentions[i]);
  // "officials of the Fire Service and Civil Defence", "Pakistan Railways officials": the organisation.
  for (const m of spokes) {
    const n = nodeOf(m);
    if (!n || lex.aliases.has(n)) continue;
    const inside = knownInside(rawOf(m));
    if (!inside) continue;
    let rest = ` ${n} `;
    for (const [alias, entry] of lex.aliases) if (entry === inside) rest = rest.replace(` ${alias} `, ' ');
    if (rest.trim().split(' ').every((w) => ROLE_WORDS.has(w))) join(n, node(inside.canonical));
  }
  // A spokesperson speaks for the organisation: "BLA spokesman Jeeyand Baloch", "spokesman for the FC".
  for (const m of spokes) {
    const raw = rawOf(m);
    const n = nodeOf(m);
    if (!n) continue;
    if (SPOKES.test(raw)) {
      const inside = knownInside(raw);
      if (inside) { join(n, node(inside.canonical)); continue; }
      const [before, after] = raw.split(SPOKES);
      const forOrg = /^\s*(?:for|of)\s+(.+)$/i.exec(after ?? '');
      const orgRaw = forOrg ? forOrg[1] : before.replace(/['’]s?\s*$/, '');
      const orgNorm = normName(orgRaw);
      if (orgNorm && (uf.has(orgNorm) || lex.aliases.has(orgNorm))) {
        join(n, uf.has(orgNorm) ? orgNorm : node(lex.aliases.get(orgNorm)!.canonical));
        if (!forOrg && after && isProperName(after)) join(n, node(after));
      } else if (m.org && uf.has(normName(m.org))) {
        join(n, normName(m.org));
      }
    }
  }
  // "<Organisation> <title> <Name>" speaks for an organisation named on its own elsewhere:
  // "Harrowgate Police Chief Dana Whitlock" is Harrowgate Police.
  for (const n of [...firstSeen.keys()]) {
    const words = n.split(' ');
    for (let i = words.length - 1; i >= 1; i--) {
      const org = words.slice(0, i).join(' ');
      if (!uf.has(org) || !firstSeen.has(org)) continue;
      const rest = words.slice(i);
      if (!TITLE_WORDS.has(rest[0])) break;
      const form = (rawForms.get(n) ?? []).find((f) => f.split(/\s+/).length === words.length);
      const tail = form ? form.split(/\s+/).slice(i).filter((w) => !TITLE_WORDS.has(w.toLowerCase())) : [];
      // The organisation names the source ("Harrowgate Police", not its chief's name).
      if (tail.every((w) => /^\p{Lu}/u.test(w))) { join(n, org); appositionFull.add(org); }
      break;
    }
  }
  // Acronyms: "ISPR" and "Inter-Services Public Relations" when exactly one name fits.
  const allNodes = [...firstSeen.keys()];
  const byInitials = new Map<string, string[]>();
  for (const other of allNodes) {
    const seen = new Set<string>();
    for (const f of rawForms.get(other) ?? []) {
      if (f.split(/\s+/).length < 2) continue;
      const ini = initials(f);
      if (seen.has(ini)) continue;
      seen.add(ini);
      listAt(byInitials, ini).push(other);
    }
  }
  for (const n of allNodes) {
    const acronym = (rawForms.get(n) ?? []).find((f) => /^[A-Z]{2,6}$/.test(f));
    if (!acronym) continue;
    const roots = new Set<string>();
    let full = '';
    for (const other of byInitials.get(acronym) ?? []) {
      if (other === n) continue;
      roots.add(uf.find(other));
      full = other;
    }
    if (roots.size === 1) {
      join(n, full);
      appositionFull.add(full);
    }
  }
  // "<title> <Full Name>" and "<Full Name>": the proper name at the end identifies the person.
  const bySuffix = new Map<string, string[]>();
  for (const long of allNodes) {
    for (let i = long.indexOf(' '); i >= 0; i = long.indexOf(' ', i + 1)) {
      const suffix = long.slice(i + 1);
      listAt(bySuffix, suffix).push(long);
    }
  }
  for (const short of allNodes) {
    const forms = rawForms.get(short) ?? [];
    if (!forms.some(isProperName)) continue;
    for (const long of bySuffix.get(short) ?? []) if (long !== short) join(short, long);
  }
  const minor = new Set<string>();
  joinPeople(allNodes, rawForms, join, (n) => uf.find(n), (n) => lex.aliases.has(n), minor);
  joinUnnamedVariants(allNodes, rawForms, join, minor);
  joinOfForms(allNodes, join);

  // Reviewers' decisions, over the automatic joins.
  const reviewed = decisions.length
    ? applyDecisions(decisions, edges, firstSeen, raws)
    : null;
  if (reviewed) uf = reviewed.uf;

  // 2. Cluster properties.
  const members = new Map<string, string[]>();
  for (const n of firstSeen.keys()) {
    const r = uf.find(n);
    const list = members.get(r) ?? [];
    list.push(n);
    members.set(r, list);
  }
  const kindVotes = new Map<string, Map<SourceKind, number>>();
  const orgVotes = new Map<string, Map<string, number>>();
  const formCount = new Map<string, number>();
  for (const x of byFirst) {
    if (!x.node) continue;
    const r = uf.find(x.node);
    const votes = kindVotes.get(r) ?? new Map<SourceKind, number>();
    for (const [k, c] of kindsInOrder(x, byPosition)) votes.set(k, (votes.get(k) ?? 0) + c);
    kindVotes.set(r, votes);
    if (x.orgs) {
      const ov = orgVotes.get(r) ?? new Map<string, number>();
      const orgs = x.orgs.size === 1 ? x.orgs.keys() : [...x.orgs.keys()].sort((a, b) => byPosition(x.orgFirst!.get(a)!, x.orgFirst!.get(b)!));
      for (const o of orgs) ov.set(o, (ov.get(o) ?? 0) + x.orgs.get(o)!);
      orgVotes.set(r, ov);
    }
    const d = displayForm(x.raw);
    formCount.set(d, (formCount.get(d) ?? 0) + x.count);
  }
  const identities = new Map<string, SourceIdentity>();
  const rootKey = new Map<string, string>();
  const usedKeys = new Set<string>();
  const topVote = <T>(votes: Map<T, number> | undefined): T | undefined => {
    if (!votes) return undefined;
    let best: T | undefined;
    let count = -1;
    for (const [k, c] of votes) if (c > count) { best = k; count = c; }
    return best;
  };
  for (const [root, nodes] of members) {
    // A reviewer's merge or split says which of the names leads the source.
    const lead = reviewed ? leadingNodes(nodes, reviewed.prefer) : nodes;
    // After a split, the lexicon names only the part that holds its canonical name.
    const canonicalHere = (e: LexEntry | undefined) => {
      if (!e || !reviewed) return Boolean(e);
      const c = normName(e.canonical);
      return lead === nodes ? !uf.has(c) || uf.find(c) === root : lead.includes(c);
    };
    const entry = (lead === nodes ? nodes : lead).map((n) => lex.aliases.get(n)).find(canonicalHere);
    const forms = nodes.flatMap((n) => rawForms.get(n) ?? []);
    const leadForms = lead === nodes ? forms : lead.flatMap((n) => rawForms.get(n) ?? []);
    const full = lead.find((n) => appositionFull.has(n));
    let name: string;
    if (entry) name = entry.canonical;
    else if (full) name = (rawForms.get(full) ?? [full])[0];
    // The most used form; on a tie the shorter one ("Amina Qureshi" over "Health Minister Amina Qureshi").
    // A surname or a bare title names the person only when nothing fuller does.
    else name = [...fuller(lead, leadForms, minor, rawForms)].sort((a, b) => (formCount.get(b) ?? 0) - (formCount.get(a) ?? 0) || a.length - b.length)[0] ?? root;
    const kind = entry?.kind ?? topVote(lead === nodes ? kindVotes.get(root) : votesOf(byFirst, new Set(lead), byPosition)) ?? 'unnamed';
    const tags = [...(entry?.tags ?? []), ...(entry ? ['lexicon'] : [])];
    // "Baloch Liberation Army" says army too: only the state's forces are "the military".
    if (!tags.includes('military') && kind === 'official' && nodes.some((n) => MILITARY.test(n))) tags.push('military');
    let key = slug(name);
    for (let i = 2; usedKeys.has(key); i++) key = `${slug(name)}-${i}`;
    usedKeys.add(key);
    rootKey.set(root, key);
    // One alias per spelling that differs from the name by more than case or spacing.
    const seenForms = new Set([normName(name) + '|' + name]);
    const aliases = forms.filter((f) => {
      const k = normName(f) + '|' + f.replace(/\s+/g, ' ');
      if (f === name || seenForms.has(k)) return false;
      seenForms.add(k);
      return true;
    });
    const identity: SourceIdentity = { key, name, kind, aliases, tags };
    const org = topVote(orgVotes.get(root));
    if (org) identity.org = org;
    identities.set(key, identity);
  }
  // Orgs named by another source's name resolve to that source's display name.
  for (const id of identities.values()) {
    if (!id.org) continue;
    const on = normName(id.org);
    if (reviewed) {
      // A name split off a source does not become the organisation it speaks for: "BLA" split off
      // the Baloch Liberation Army leaves the group speaking for itself.
      const e = lex.aliases.get(on);
      const c = e ? normName(e.canonical) : '';
      if (e && uf.has(c) && rootKey.get(uf.find(c)) === id.key) { delete id.org; continue; }
    }
    if (uf.has(on)) id.org = identities.get(rootKey.get(uf.find(on))!)!.name;
    if (reviewed && id.org === id.name) delete id.org;
  }

  // 3. Mentions of named sources, then generic ones ("the group") by coreference.
  const keys = t.keys;
  const changed: number[] | null = prior ? [] : null;
  for (let r = 0; r < raws.length; r++) {
    const x = raws[r];
    if (x.generic) continue;
    const key = rootKey.get(uf.find(x.node!))!;
    const moved = key !== x.key;
    x.key = key;
    const list = t.mentionsOfRaw[r];
    // Lists are in mention order: without a move only the new tail needs its key.
    for (let k = moved ? 0 : list.length - 1; k >= 0 && k < list.length; moved ? k++ : k--) {
      const i = list[k];
      if (!moved && i < from) break;
      keys[i] = key;
      changed?.push(i);
    }
  }
  const generic = t.generic.slice();
  const fits = (category: string, id: SourceIdentity) =>
    category === 'military' ? id.tags.includes('military') : id.kind === category;
  const byOrder = (i: number, j: number) => {
    const a = mentions[i].reportIndex;
    const b = mentions[j].reportIndex;
    return (a < b ? -1 : a > b ? 1 : 0) || mentions[i].order - mentions[j].order || i - j;
  };
  generic.sort(byOrder);
  // Only reports with a generic mention need their mentions in order.
  const byReport = new Map<number, number[]>();
  for (const gi of generic) {
    const ri = mentions[gi].reportIndex;
    if (!byReport.has(ri)) byReport.set(ri, (t.byReport.get(ri) ?? []).slice().sort(byOrder));
  }
  const genericKeys = new Map<string, string>();
  const fittingSources = new Map<string, SourceIdentity[]>();
  for (const gi of generic) {
    const m = mentions[gi];
    const raw = rawOf(m);
    const category = genericCategory(raw)!;
    let target: string | undefined;
    // The most recent fitting named source earlier in the same report.
    // (or, when none precedes it, the first one after it: "the army said ..., its chief said").
    for (const oi of byReport.get(m.reportIndex) ?? []) {
      const k = mentionNode(oi) !== null ? keys[oi] : undefined;
      if (!k || !fits(category, identities.get(k)!)) continue;
      if (mentions[oi].order <= m.order) target = k;
      else if (!target) { target = k; break; }
      else break;
    }
    // Else the only fitting source of the incident.
    if (!target) {
      let candidates = fittingSources.get(category);
      if (!candidates) {
        candidates = [...identities.values()].filter((id) => fits(category, id) && !id.tags.includes('generic'));
        fittingSources.set(category, candidates);
      }
      // Sources the lexicon knows come first: a stray "Pakistani troops" does not make "the army" ambiguous.
      const known = candidates.filter((id) => id.tags.includes('lexicon'));
      if (known.length === 1) target = known[0].key;
      else if (candidates.length === 1) target = candidates[0].key;
    }
    // A reviewer split this phrase off the source it was read as.
    if (target && reviewed?.splitPhrases.get(normName(raw))?.some((n) => uf.has(n) && rootKey.get(uf.find(n)) === target)) target = undefined;
    if (!target && reviewed) {
      // A reviewer merged the phrase's own source into a named one.
      const into = reviewed.phraseInto.get(slug(displayForm(raw)));
      if (into && uf.has(into)) target = rootKey.get(uf.find(into));
    }
    if (target) {
      const id = identities.get(target)!;
      const d = displayForm(raw);
      if (d !== id.name && !id.aliases.includes(d)) id.aliases.push(d);
      if (keys[gi] !== target) { keys[gi] = target; changed?.push(gi); }
      continue;
    }
    // Unresolved: a source of its own, shared by the same phrase elsewhere.
    const gn = normName(raw);
    let key = genericKeys.get(gn);
    if (!key) {
      const name = displayForm(raw);
      key = slug(name);
      for (let i = 2; identities.has(key); i++) key = `${slug(name)}-${i}`;
      identities.set(key, { key, name, kind: m.kind, aliases: [], tags: ['generic'] });
      genericKeys.set(gn, key);
    }
    if (keys[gi] !== key) { keys[gi] = key; changed?.push(gi); }
  }
  let byMention: Map<string, string> | null = null;
  return {
    keys,
    tally: t,
    changed,
    sources: identities,
    // Built on demand: the picture reads `keys`, aligned with the mentions.
    get byMention() {
      byMention ??= new Map(mentions.map((m, i) => [m.uid, keys[i]]));
      return byMention;
    },
  };
}

/** The list a map holds under a key, created empty on first use. */
function listAt<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** Honorifics and ranks before a surname ("Mr Sharif", "Gen. Chaudhry"). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'gen', 'general', 'col', 'colonel', 'capt', 'captain', 'maj',
  'major', 'lt', 'brig', 'sheikh', 'sen', 'rep', 'gov', 'governor', 'president', 'minister', 'chief', 'commander']);
/** Words that make a capitalised run an organisation or a place rather than a person's name. */
const ORG_WORDS = new Set(['police', 'ministry', 'army', 'corps', 'force', 'forces', 'department', 'agency', 'service',
  'services', 'government', 'office', 'council', 'authority', 'hospital', 'front', 'movement', 'brigade', 'party',
  'committee', 'commission', 'society', 'crescent', 'cross', 'wing', 'railways', 'railway', 'province', 'district',
  'city', 'county', 'state', 'university', 'news', 'agency', 'times', 'post', 'press', 'television', 'radio']);

const wordsOf = (form: string) => form.split(/\s+/).map((w) => w.replace(/[.,]+$/, '')).filter(Boolean);
const capitalised = (w: string) => /^\p{Lu}/u.test(w);

/**
 * The person a name form ends with, when a title marks it as one: "Interior Minister Mohsin Naqvi",
 * "railway official Muhammad Kashif", "DG ISPR Lt Gen Ahmed Sharif Chaudhry" give the last two or three
 * capitalised words after the title. A run of capitalised words with no title before it ("North Waziristan
 * Police") is not taken for a person.
 */
function personName(form: string): string[] | undefined {
  const words = wordsOf(form);
  let start = words.length;
  while (start > 0 && capitalised(words[start - 1])) start--;
  let titled = start > 0;
  for (let i = words.length - 1; i >= start; i--) {
    if (TITLE_WORDS.has(words[i].toLowerCase())) { start = i + 1; titled = true; break; }
  }
  const person = words.slice(start);
  if (!titled || person.length < 2 || person.length > 4) return undefined;
  if (person.some((w) => ORG_WORDS.has(w.toLowerCase()) || /^[A-Z]{2,}$/.test(w))) return undefined;
  return person;
}

/**
 * The same person under other names: one name after different titles ("railway official Muhammad Kashif",
 * "Quetta railway controller Muhammad Kashif"), the surname alone ("Sharif", "Mr Sharif") and the bare title
 * ("the interior minister") when exactly one titled person of the incident fits.
 */
function joinPeople(nodes: string[], rawForms: Map<string, string[]>, join: (a: string, b: string) => void,
  find: (n: string) => string, known: (n: string) => boolean, minor: Set<string>): void {
  const byPerson = new Map<string, string[]>();
  const bySurname = new Map<string, string[]>();
  const byTitle = new Map<string, string[]>();
  for (const n of nodes) {
    for (const f of rawForms.get(n) ?? []) {
      const person = personName(f);
      if (!person) continue;
      const key = normName(person.join(' '));
      listAt(byPerson, key).push(n);
      const surname = normName(person[person.length - 1]);
      listAt(bySurname, surname).push(n);
      const title = normName(wordsOf(f).slice(0, -person.length).join(' '));
      if (title) listAt(byTitle, title).push(n);
    }
  }
  for (const list of byPerson.values()) for (let i = 1; i < list.length; i++) join(list[0], list[i]);
  const onlyOne = (list: string[] | undefined): string | undefined => {
    if (!list) return undefined;
    const roots = new Set(list.map(find));
    return roots.size === 1 ? list[0] : undefined;
  };
  for (const n of nodes) {
    if (known(n)) continue;
    for (const f of rawForms.get(n) ?? []) {
      const words = wordsOf(f);
      const bare = words.filter((w, i) => i < words.length - 1 ? !HONORIFICS.has(w.toLowerCase()) : true);
      // "Sharif" or "Mr Sharif": one capitalised word, not an acronym.
      if (bare.length === 1 && words.length <= 2 && capitalised(bare[0]) && !/^[A-Z]{2,}$/.test(bare[0]) && bare[0].length > 2) {
        const person = onlyOne(bySurname.get(normName(bare[0])));
        if (person && person !== n) { join(n, person); minor.add(n); }
        continue;
      }
      // "the interior minister": a title in lower case, written without the name.
      if (words.length <= 4 && !words.some(capitalised)) {
        const person = onlyOne(byTitle.get(n));
        if (person && person !== n) { join(n, person); minor.add(n); }
      }
    }
  }
}

/** The forms of a source's leading names, without those of names that only stand in for a fuller one. */
function fuller(lead: string[], forms: string[], minor: Set<string>, rawForms: Map<string, string[]>): string[] {
  if (!lead.some((n) => minor.has(n))) return forms;
  const kept = lead.filter((n) => !minor.has(n)).flatMap((n) => rawForms.get(n) ?? []);
  return kept.length ? kept : forms;
}

/** Anonymous institutional voices that are one voice in the singular and the plural. */
const PLURAL_ROLES = new Map([['official', 'officials'], ['officer', 'officers'], ['source', 'sources']]);

/**
 * Unnamed speakers under small variations are one source: "a security official" and "security officials";
 * "Pakistani security officials" and "security officials" when no other nationality is named so.
 */
function joinUnnamedVariants(nodes: string[], rawForms: Map<string, string[]>, join: (a: string, b: string) => void,
  minor: Set<string>): void {
  const present = new Set(nodes);
  const lowerOnly = (n: string) => (rawForms.get(n) ?? []).every((f) => !/\p{Lu}/u.test(f));
  const plural = (n: string): string => {
    const words = n.split(' ');
    const p = PLURAL_ROLES.get(words[words.length - 1]);
    return p ? [...words.slice(0, -1), p].join(' ') : n;
  };
  const prefixed = new Map<string, string[]>();
  for (const n of nodes) {
    const p = plural(n);
    if (p !== n && present.has(p) && lowerOnly(n) && lowerOnly(p)) { join(p, n); minor.add(n); }
    const words = n.split(' ');
    if (words.length < 3 || !PLURAL_ROLES.has(words[words.length - 1].replace(/s$/, ''))) continue;
    const rest = words.slice(1).join(' ');
    const forms = rawForms.get(n) ?? [];
    if (!forms.some((f) => /^\p{Lu}\p{Ll}+(?:i|an|ese|ish)\s/u.test(f))) continue;
    const base = present.has(rest) ? rest : present.has(plural(rest)) ? plural(rest) : undefined;
    if (base && lowerOnly(base)) listAt(prefixed, base).push(n);
  }
  for (const [base, list] of prefixed) if (list.length === 1) join(base, list[0]);
}

const OF_FORM = /^(ministry|department|directorate|office|bureau|commission) of (?:the )?(.+)$/;

/** "Ministry of Health" and "Health Ministry", "Department of Fire Services" and "Fire Services Department". */
function joinOfForms(nodes: string[], join: (a: string, b: string) => void): void {
  const present = new Set(nodes);
  for (const n of nodes) {
    const m = OF_FORM.exec(n);
    if (!m) continue;
    const inverted = `${m[2]} ${m[1]}`;
    if (present.has(inverted)) join(inverted, n);
  }
}

/** Kind votes of the mentions named by the given nodes. */
function votesOf(raws: RawName[], nodes: Set<string>, byPosition: (i: number, j: number) => number): Map<SourceKind, number> {
  const votes = new Map<SourceKind, number>();
  for (const x of raws) {
    if (!x.node || !nodes.has(x.node)) continue;
    for (const [k, c] of kindsInOrder(x, byPosition)) votes.set(k, (votes.get(k) ?? 0) + c);
  }
  return votes;
}

/** A name's kind votes in the order each kind was first seen (a tie goes to the earlier). */
function kindsInOrder(x: RawName, byPosition: (i: number, j: number) => number): Array<[SourceKind, number]> {
  if (!x.kinds) return [[x.kind0, x.n0]];
  const all: Array<[SourceKind, number, number]> = [[x.kind0, x.n0, x.first0]];
  for (const [k, c] of x.kinds) all.push([k, c, x.kindFirst!.get(k)!]);
  return all.sort((a, b) => byPosition(a[2], b[2])).map(([k, c]) => [k, c]);
}

/** The key a single name would get: the slug of its normal form. */
function nodeKey(n: string): string {
  return n.replace(/&/g, 'and').replace(/ /g, '-') || 'unknown';
}

/**
 * The names of a cluster that lead it after reviewers' decisions, the newest first: a merge keeps the
 * name of the source merged into, a split names the new source by the name split off.
 */
function leadingNodes(nodes: string[], prefer: Array<Set<string>>): string[] {
  let lead = nodes;
  for (let i = prefer.length - 1; i >= 0; i--) {
    const narrowed = lead.filter((n) => prefer[i].has(n));
    if (narrowed.length) lead = narrowed;
  }
  return lead;
}

interface Reviewed {
  uf: UnionFind;
  /** Per decision in order, the names it wants to lead their source. */
  prefer: Array<Set<string>>;
  /** Generic phrases ("the group") split off a source: phrase -> names of that source. */
  splitPhrases: Map<string, string[]>;
  /** Unresolved generic sources merged into a named one: their key -> a name of the target. */
  phraseInto: Map<string, string>;
}

/**
 * Replays the automatic joins with reviewers' merges and splits, in the order they were taken.
 * Pure and deterministic: the same mentions and decisions give the same sources.
 */
function applyDecisions(decisions: SourceDecision[], edges: Array<[string, string]>, firstSeen: Map<string, number>,
  raws: RawName[]): Reviewed {
  let live = edges.slice();
  const build = () => {
    const uf = new UnionFind();
    for (const n of firstSeen.keys()) uf.add(n);
    for (const [a, b] of live) uf.union(a, b, firstSeen);
    return uf;
  };
  const byKey = new Map<string, string[]>();
  for (const n of firstSeen.keys()) {
    listAt(byKey, nodeKey(n)).push(n);
  }
  // A key names the nodes whose own key it is ("baloch-liberation-army"); a numbered key
  // ("health-ministry-2", given on a clash of names) falls back to its unnumbered form.
  const nodesOf = (key: string): string[] => byKey.get(key) ?? byKey.get(key.replace(/-\d+$/, '')) ?? [];
  const mentionsOf = new Map<string, number>();
  for (const x of raws) if (x.node) mentionsOf.set(x.node, (mentionsOf.get(x.node) ?? 0) + x.count);
  let uf = build();
  const clusterOf = (n: string) => {
    const r = uf.find(n);
    return [...firstSeen.keys()].filter((m) => uf.find(m) === r);
  };
  const out: Reviewed = { uf, prefer: [], splitPhrases: new Map(), phraseInto: new Map() };
  for (const d of decisions) {
    if (d.kind === 'merge') {
      const into = nodesOf(d.into);
      if (!into.length) continue;
      out.prefer.push(new Set(clusterOf(into[0])));
      for (const f of d.from) {
        const from = nodesOf(f);
        if (from.length) for (const n of from) live.push([into[0], n]);
        // Not a name of its own: a generic phrase left unresolved ("a spokesman for the group").
        else out.phraseInto.set(f, into[0]);
      }
      uf = build();
      continue;
    }
    const owners = nodesOf(d.source);
    const s = normName(d.name);
    if (!owners.length) continue;
    if (!firstSeen.has(s) || uf.find(s) !== uf.find(owners[0])) {
      // A phrase resolved by coreference ("the group") rather than a name of the cluster.
      if (!firstSeen.has(s)) out.splitPhrases.set(s, [...(out.splitPhrases.get(s) ?? []), ...owners]);
      continue;
    }
    const mates = clusterOf(s).filter((n) => n !== s);
    const cut = live.filter(([a, b]) => a === s || b === s);
    live = live.filter(([a, b]) => a !== s && b !== s);
    uf = build();
    // The source keeps the part holding its own name (else its most mentioned part); other parts
    // hung on the split name only and leave with it.
    const own = owners.filter((n) => n !== s);
    const weight = (root: string) => mates.filter((n) => uf.find(n) === root).reduce((t, n) => t + (mentionsOf.get(n) ?? 0), 0);
    const roots = [...new Set(mates.map((n) => uf.find(n)))];
    const main = own.length ? uf.find(own[0]) : roots.sort((a, b) => weight(b) - weight(a) || (firstSeen.get(a)! - firstSeen.get(b)!))[0];
    for (const [a, b] of cut) {
      const other = a === s ? b : a;
      if (other !== s && uf.find(other) !== main && uf.find(other) !== uf.find(s)) {
        live.push([s, other]);
        uf.union(s, other, firstSeen);
      }
    }
    out.prefer.push(new Set([s]));
  }
  out.uf = uf;
  return out;
}
