// Automatic incident assignment for reports ingested without --incident. Pure and deterministic.
// A report's signature is its salient names (places, named vehicles like "Jaffar Express",
// actor acronyms), its event types and its time; it joins the existing incident whose signature
// it overlaps most within ±7 days (or, with twice the evidence, 30 days), else it starts a new one
// named after its most telling names.
import type { Claim } from '../extract/types.js';
import { lexiconRows } from './lexicon/load.js';

export interface IncidentSignature {
  slug: string;
  /** Normalised salient names, most salient first. */
  names: string[];
  /** Event types seen in the incident's reports. */
  events: string[];
  /** Earliest and latest publish time of its reports (ISO), when known. */
  from: string | null;
  to: string | null;
}

export interface IncidentAssignment {
  slug: string;
  isNew: boolean;
  signature: IncidentSignature;
}

const DAY_MS = 24 * 3600 * 1000;
/** Within ±7 days of an incident's reports, shared evidence worth 2 joins it: a named vehicle (3), two plain names. */
const WINDOW_DAYS = 7;
const MATCH_SCORE = 2;
/** Long stories (a three-week rescue) may join up to 30 days on, with twice the evidence. */
const LONG_WINDOW_DAYS = 30;
const LONG_MATCH_SCORE = 4;
const MAX_NAMES = 20;

interface Words {
  stop: Set<string>;
  country: Set<string>;
  vehicle: Set<string>;
  cues: Array<{ type: string; cue: string }>;
  slugWord: Map<string, string>;
  eventOrder: string[];
}

let words: Words | null = null;

function loadWords(): Words {
  if (words) return words;
  const w: Words = { stop: new Set(), country: new Set(), vehicle: new Set(), cues: [], slugWord: new Map(), eventOrder: [] };
  for (const row of lexiconRows('incident-words.txt')) {
    const [kind, ...rest] = row;
    if (kind === 'stop') rest.forEach((x) => w.stop.add(x.toLowerCase()));
    else if (kind === 'country') rest.forEach((x) => w.country.add(x.toLowerCase()));
    else if (kind === 'vehicle') rest.forEach((x) => w.vehicle.add(x.toLowerCase()));
    else if (kind === 'event') {
      const [type, ...cues] = rest;
      if (!w.eventOrder.includes(type)) w.eventOrder.push(type);
      for (const cue of cues) w.cues.push({ type, cue: cue.toLowerCase() });
    } else if (kind === 'slugword') w.slugWord.set(rest[0], rest[1]);
  }
  if (!w.eventOrder.includes('derailment')) w.eventOrder.push('derailment');
  words = w;
  return w;
}

const NAME = /(?:\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}+)*)(?:\s+(?:of\s+|al-|de\s+)?\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}+)*)*/gu;

/** "Pakistan's Interior Minister Mohsin Naqvi" -> ["Pakistan", "Interior Minister Mohsin Naqvi"]. */
function splitPossessive(name: string): string[] {
  return name.split(/['’]s\s+/u).map((p) => p.replace(/['’]s$/u, '').trim()).filter(Boolean);
}

function normalise(name: string): string {
  return name.replace(/['’]s$/u, '').replace(/[’']/g, "'").toLowerCase().trim();
}

/** Salient names with weights: count in text, title ×3, multi-word ×1.5, vehicles ×2, countries ×0.25. */
export function salientNames(title: string | undefined, text: string): Array<{ name: string; weight: number; acronym?: boolean }> {
  const acronyms = new Set<string>();
  const w = loadWords();
  const weights = new Map<string, number>();
  const padded = ` ${text} `;
  const add = (source: string, factor: number) => {
    for (const m of source.matchAll(NAME)) {
      for (const piece of splitPossessive(m[0])) {
        let tokens = piece.split(/\s+/).filter(Boolean);
        // Drop leading stop words and "Peshawar-bound": "The Peshawar-bound Jaffar Express" -> "Jaffar Express".
        while (tokens.length && (w.stop.has(normalise(tokens[0])) || /-\p{Ll}/u.test(tokens[0]))) tokens = tokens.slice(1);
        if (!tokens.length) continue;
        addName(tokens, factor);
      }
    }
  };
  const addName = (tokens: string[], factor: number) => {
    const name = normalise(tokens.join(' '));
      if (name.length < 2) return;
      // A single word at a sentence start that also appears in lower case is not a name.
      if (tokens.length === 1 && padded.includes(` ${name} `) && !/^[A-Z]{2,}$/.test(tokens[0])) return;
      let weight = factor * (tokens.length > 1 ? 1.5 : 1);
      if (tokens.some((t) => w.vehicle.has(normalise(t))) && tokens.length > 1) weight *= 2;
      if (w.country.has(name)) weight *= 0.25;
      weights.set(name, (weights.get(name) ?? 0) + weight);
      if (tokens.length === 1 && /^[A-Z]{2,}$/.test(tokens[0])) acronyms.add(name);
  };
  if (title) add(title, 3);
  add(text, 1);
  return [...weights].map(([name, weight]) => (acronyms.has(name) ? { name, weight, acronym: true } : { name, weight }))
    .sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Event types from event claims, else from cue words in the title and text. */
export function eventTypes(title: string | undefined, text: string, claims: Claim[]): string[] {
  const w = loadWords();
  const found = new Set<string>();
  for (const c of claims) if (c.type === 'event' && !c.negated) found.add(String(c.event));
  const hay = `${title ?? ''}\n${text}`.toLowerCase();
  for (const { type, cue } of w.cues) if (new RegExp(`\\b${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(hay)) found.add(type);
  const rank = (t: string) => { const i = w.eventOrder.indexOf(t); return i < 0 ? 99 : i; };
  return [...found].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
}

function nameWeight(name: string): number {
  const w = loadWords();
  if (w.country.has(name)) return 0.25;
  const tokens = name.split(' ');
  if (tokens.length > 1 && tokens.some((t) => w.vehicle.has(t))) return 3;
  return tokens.length > 1 ? 1.5 : 1;
}

function withinWindow(published: string | undefined, sig: IncidentSignature, days: number): boolean {
  const t = published ? Date.parse(published) : NaN;
  if (Number.isNaN(t)) return true;
  const from = sig.from ? Date.parse(sig.from) : NaN;
  const to = sig.to ? Date.parse(sig.to) : NaN;
  if (Number.isNaN(from) && Number.isNaN(to)) return true;
  const lo = Number.isNaN(from) ? to : from;
  const hi = Number.isNaN(to) ? from : to;
  return t >= lo - days * DAY_MS && t <= hi + days * DAY_MS;
}

/** How much a report shares with an incident: shared names by weight, plus 0.5 for a shared event type. */
export function overlapScore(names: string[], events: string[], sig: IncidentSignature): number {
  const theirs = new Set(sig.names);
  let score = 0;
  for (const n of names) if (theirs.has(n)) score += nameWeight(n);
  if (events.some((e) => sig.events.includes(e))) score += 0.5;
  return score;
}

function slugify(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function newSlug(ranked: Array<{ name: string; weight: number; acronym?: boolean }>, events: string[], taken: Set<string>): string {
  const w = loadWords();
  // A named vehicle or building tells the incident best ("Jaffar Express"); acronyms and countries least.
  const named = (n: string) => n.includes(' ') && n.split(' ').some((t) => w.vehicle.has(t));
  const names = ranked
    .filter((r) => (!w.country.has(r.name) && !r.acronym) || ranked.length === 1)
    .sort((a, b) => Number(named(b.name)) - Number(named(a.name)));
  const first = names[0]?.name ?? ranked[0]?.name ?? 'incident';
  const parts = [first];
  if (!named(first) && first.split(' ').length === 1 && names[1]) parts.push(names[1].name);
  const ev = events[0];
  if (ev) parts.push(w.slugWord.get(ev) ?? ev.replace(/_/g, '-'));
  const base = slugify(parts.join(' ')) || 'incident';
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  return slug;
}

export function assignIncident(
  report: { title?: string; text: string; published?: string },
  claims: Claim[],
  existing: IncidentSignature[],
): IncidentAssignment {
  const ranked = salientNames(report.title, report.text);
  const names = ranked.slice(0, MAX_NAMES).map((r) => r.name);
  const events = eventTypes(report.title, report.text, claims);
  let best: IncidentSignature | null = null;
  let bestScore = 0;
  for (const sig of [...existing].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))) {
    if (!withinWindow(report.published, sig, LONG_WINDOW_DAYS)) continue;
    const near = withinWindow(report.published, sig, WINDOW_DAYS);
    const score = overlapScore(names, events, sig);
    if (score >= (near ? MATCH_SCORE : LONG_MATCH_SCORE) && score > bestScore) { best = sig; bestScore = score; }
  }
  const published = report.published && !Number.isNaN(Date.parse(report.published)) ? report.published : null;
  if (best) {
    const merged: IncidentSignature = {
      slug: best.slug,
      names: [...best.names, ...names.filter((n) => !best!.names.includes(n))].slice(0, MAX_NAMES * 2),
      events: [...best.events, ...events.filter((e) => !best!.events.includes(e))],
      from: earlier(best.from, published),
      to: later(best.to, published),
    };
    return { slug: best.slug, isNew: false, signature: merged };
  }
  const slug = newSlug(ranked, events, new Set(existing.map((s) => s.slug)));
  return { slug, isNew: true, signature: { slug, names, events, from: published, to: published } };
}

function earlier(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(b) < Date.parse(a) ? b : a;
}

function later(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}
