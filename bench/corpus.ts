// A deterministic generator of news-like crisis reports for benchmarks. Sentences are our own templates;
// figures, places and sources vary with a seeded PRNG so that every run measures the same text.
import { rng } from '../src/ingest/bulk-sample.js';

const PLACES = ['Quetta', 'Sibi', 'Mach', 'Bolan', 'Kandahar', 'Mosul', 'Goma', 'Maiduguri', 'Tripoli', 'Aleppo'];
const OFFICIALS = ['a police spokesman', 'the provincial health minister', 'railway officials', 'the army',
  'a district commissioner', 'the interior ministry', 'hospital staff', 'the fire service'];
const MILITANTS = ['the Liberation Front', 'the armed group', 'a spokesman for the insurgents'];
const GROUPS = ['people', 'passengers', 'soldiers', 'civilians', 'hostages', 'villagers', 'policemen', 'workers'];
const HEDGES = ['', 'at least ', 'around ', 'more than ', 'nearly ', 'up to ', 'some '];
const VERBS_PASSIVE = ['were killed', 'were injured', 'were wounded', 'were rescued', 'were freed',
  'remain missing', 'were taken hostage', 'were arrested', 'were displaced'];
const WORDS = ['twelve', 'thirty-one', 'two hundred and fourteen', 'a dozen', 'dozens of', 'several', 'hundreds of'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function sentence(r: () => number): string {
  const n = 1 + Math.floor(r() * 480);
  const place = pick(r, PLACES);
  switch (Math.floor(r() * 9)) {
    case 0:
      return `${pick(r, HEDGES)}${n} ${pick(r, GROUPS)} ${pick(r, VERBS_PASSIVE)} near ${place}, ${pick(r, OFFICIALS)} said.`;
    case 1:
      return `According to ${pick(r, OFFICIALS)}, the death toll rose to ${n} on Tuesday from ${Math.max(1, n - 7)} a day earlier.`;
    case 2:
      return `${capital(pick(r, MILITANTS))} claimed it had seized ${n} hostages and killed ${pick(r, HEDGES)}${1 + (n % 40)} security personnel.`;
    case 3:
      return `The train, No. ${100 + (n % 90)}, left ${place} at 9:${10 + (n % 49)} am with ${pick(r, HEDGES)}${n * 2} passengers and nine coaches.`;
    case 4:
      return `Witnesses said ${pick(r, WORDS)} ${pick(r, GROUPS)} ${pick(r, VERBS_PASSIVE)} after gunmen opened fire on a bus in ${place}.`;
    case 5:
      return `Of the ${n} rescued, ${Math.floor(n / 2)} were men, ${Math.floor(n / 3)} were women and ${n - Math.floor(n / 2) - Math.floor(n / 3)} were children, officials told reporters.`;
    case 6:
      return `A ${18 + (n % 60)}-year-old driver said the convoy of ${3 + (n % 9)} trucks had been travelling for ${2 + (n % 20)} hours on 12 March 2025.`;
    case 7:
      return `"We counted ${n} bodies in the first ${1 + (n % 5)} carriages," a rescue worker told the agency, adding that another ${1 + (n % 12)} people died in hospital.`;
    default:
      return `Sources said the operation in ${place} was continuing and that ${pick(r, HEDGES)}${n} people had been evacuated from ${2 + (n % 30)} villages.`;
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One report of `sentences` sentences in paragraphs of two or three. */
export function report(r: () => number, sentences = 12): string {
  const paras: string[] = [];
  let cur: string[] = [];
  for (let i = 0; i < sentences; i++) {
    cur.push(capital(sentence(r)));
    if (cur.length >= 2 + Math.floor(r() * 2)) {
      paras.push(cur.join(' '));
      cur = [];
    }
  }
  if (cur.length) paras.push(cur.join(' '));
  return paras.join('\n\n') + '\n';
}

/** Reports adding up to about `bytes` bytes. */
export function corpus(bytes: number, seed = 7): string[] {
  const r = rng(seed);
  const out: string[] = [];
  let total = 0;
  while (total < bytes) {
    const t = report(r, 8 + Math.floor(r() * 10));
    out.push(t);
    total += Buffer.byteLength(t);
  }
  return out;
}
