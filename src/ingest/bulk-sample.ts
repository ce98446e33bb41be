// Generated small crisis reports for bulk-ingest tests and benchmarks: deterministic for a seed, written
// from our own sentence patterns, each with several figures and sources, and varied enough (place names,
// numbers, days and sources in every few words) that two of them are not near-copies of each other.

const SYLLABLES = ['ka', 'ra', 'mo', 'ti', 'lan', 'dor', 'sha', 'bel', 'nu', 'vi', 'zar', 'pen', 'qo', 'ul', 'fen', 'gar'];
const KINDS = ['bus', 'ferry', 'train', 'truck', 'minibus', 'convoy'];
const EVENTS = ['overturned', 'caught fire', 'collided with a lorry', 'plunged into a ravine', 'was struck by a landslide'];
const SOURCES = ['police said', 'the district governor said', 'a hospital official said', 'rescue workers said', 'local media reported', 'a witness told reporters'];
const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'late at night', 'early in the morning'];
const GROUPS = ['passengers', 'people', 'children', 'pilgrims', 'workers', 'students'];

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleReport {
  name: string;
  text: string;
  meta: { outlet: string; published: string };
}

/** `n` reports of about 80-120 words; report i is the same for the same seed. */
export function sampleReports(n: number, seed = 1): SampleReport[] {
  const out: SampleReport[] = [];
  for (let i = 0; i < n; i++) out.push(sampleReport(i, seed));
  return out;
}

export function sampleReport(i: number, seed = 1): SampleReport {
  const r = rng(seed * 1_000_003 + i);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const num = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const place = () => {
    const s = pick(SYLLABLES) + pick(SYLLABLES) + (r() < 0.5 ? pick(SYLLABLES) : '');
    return s[0].toUpperCase() + s.slice(1);
  };
  const town = place();
  const killed = num(2, 90);
  const injured = num(3, 200);
  const aboard = killed + injured + num(5, 60);
  const sentences = [
    `At least ${killed} ${pick(GROUPS)} were killed when a ${pick(KINDS)} ${pick(EVENTS)} near ${town} ${pick(DAYS)}, ${pick(SOURCES)}.`,
    `About ${aboard} people were aboard the ${pick(KINDS)} travelling from ${place()} to ${place()}, ${pick(SOURCES)}.`,
    `Another ${injured} were injured and taken to hospitals in ${place()} and ${town}, ${pick(SOURCES)}.`,
    `Rescue teams from ${place()} freed ${num(2, 40)} people trapped in the wreckage ${pick(DAYS)}.`,
    `${num(2, 30)} of the injured were in critical condition, ${pick(SOURCES)}, and ${num(1, 15)} were still missing near ${place()}.`,
    `The road between ${place()} and ${town} stayed closed for ${num(2, 48)} hours while ${num(10, 300)} soldiers searched the area.`,
  ];
  // Shuffle the middle so reports differ in order too; the first sentence stays a lead.
  for (let k = sentences.length - 1; k > 1; k--) {
    const j = 1 + Math.floor(r() * k);
    [sentences[k], sentences[j]] = [sentences[j], sentences[k]];
  }
  const day = 1 + (i % 28);
  const hour = i % 24;
  return {
    name: `report-${String(i).padStart(6, '0')}.txt`,
    text: `${sentences.slice(0, 4 + (i % 3)).join(' ')}\n`,
    meta: {
      outlet: `${place().toLowerCase()}-news.example`,
      published: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`,
    },
  };
}
