// Generated small crisis reports for bulk-ingest tests and benchmarks: deterministic for a seed, written
// from our own sentence patterns, each with several figures and sources, and varied enough (place names,
// numbers, days and sources in every few words) that two of them are not near-copies of each other.

const SYLLABLES = ['ka', 'ra', 'mo', 'ti', 'lan', 'dor', 'sha', 'bel', 'nu', 'vi', 'zar', 'pen', 'qo', 'ul', 'fen', 'gar'];
const KINDS = ['bus', 'ferry', 'train', 'truck', 'minibus', 'convoy'];
const EVENTS = ['overturned', 'caught fire', 'collided with a lorry', 'plunged into a ravine', 'was struck by a landslide'];
const SOURCES = ['police said', 'the district governor said', 'a hospital official said', 'rescue workers said', 'local media reported', 'a witness told reporters'];
const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'late at night', 'early in the morning'];
const GROUPS = ['passengers', 'people', 'children', 'pilgrims', 'workers', 'students'];

/** A small deterministic PRNG (mulberry32); shared by the generators of tests and benchmarks. */
export function rng(seed: number): () => number {
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
  // Synonyms and slots every few words keep word 5-grams shared by unrelated reports rare.
  const killedVerb = pick(['were killed', 'died', 'lost their lives', 'were confirmed dead', 'perished']);
  const hurt = pick(['were injured', 'were hurt', 'suffered injuries', 'were wounded']);
  const taken = pick(['taken to hospitals in', 'treated at clinics in', 'flown to hospitals in', 'brought to medical centres in']);
  const rescuers = pick(['Rescue teams', 'Firefighters', 'Volunteers', 'Army engineers', 'Paramedics']);
  const freedVerb = pick(['freed', 'pulled out', 'rescued', 'brought out']);
  const sentences = [
    `At least ${killed} ${pick(GROUPS)} ${killedVerb} when a ${pick(KINDS)} ${pick(EVENTS)} near ${town} ${pick(DAYS)}, ${pick(SOURCES)}.`,
    `About ${aboard} ${pick(GROUPS)} ${pick(['were aboard', 'were travelling on', 'had boarded', 'were riding'])} the ${pick(KINDS)} from ${place()} to ${place()}, ${pick(SOURCES)}.`,
    `Another ${injured} ${hurt} and ${taken} ${place()} and ${town}, ${pick(SOURCES)}.`,
    `${rescuers} from ${place()} ${freedVerb} ${num(2, 40)} ${pick(GROUPS)} ${pick(['trapped in the wreckage', 'caught under debris', 'stuck inside'])} ${pick(DAYS)}.`,
    `${num(2, 30)} of the ${pick(['injured', 'wounded', 'survivors'])} ${pick(['were in critical condition', 'needed surgery', 'remained in intensive care'])}, ${pick(SOURCES)}, and ${num(1, 15)} ${pick(['were still missing', 'remained unaccounted for', 'could not be found'])} near ${place()}.`,
    `The ${pick(['road', 'highway', 'route', 'line'])} between ${place()} and ${town} ${pick(['stayed closed', 'remained shut', 'was blocked'])} for ${num(2, 48)} hours while ${num(10, 300)} ${pick(['soldiers', 'police officers', 'volunteers', 'rescuers'])} searched ${pick(['the area', 'the valley', 'the riverbank', 'nearby villages'])}.`,
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
