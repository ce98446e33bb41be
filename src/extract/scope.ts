// Figures about a different, earlier incident mentioned for context ("a similar attack in 2019 killed 9").
import type { ReportMeta } from './types.js';
import type { Document, Sentence, Token } from './document.js';
import { lexicons } from './lexicon/index.js';
import { lexiconRole, lexiconWords } from './lexicon/load.js';
import { PhraseTable } from './phrases.js';
import { WordSet } from './word-sets.js';

// ("hit by the October 2005 earthquake, in which ...": "by" names an earlier event too; "counted 140 deaths in crowd
// crushes between 2010 and 2025": so does a span of earlier years)
const YEAR_PREPS = new Set(['in', 'since', 'during', 'of', 'by', 'between']);
const DETERMINERS = new Set(['a', 'an', 'the']);
/** The spans of "the same <span> of <year>" comparisons. */
const SAME_SPAN = new Set(['period', 'week', 'month', 'time', 'season', 'quarter', 'day', 'date']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];

// Month abbreviations of datelines ("Oct 3", "Sept. 14"), besides the full names.
const MONTH_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1-12 for a capitalised month name or dateline abbreviation, else 0. */
function monthOf(t: Token | undefined): number {
  if (!t || t.kind !== 'word' || t.text[0] === t.low[0]) return 0;
  const full = MONTHS.indexOf(t.low);
  if (full >= 0) return full + 1;
  return t.low === 'sept' ? 9 : MONTH_SHORT.indexOf(t.low) + 1;
}

const isDay = (t: Token | undefined): boolean =>
  !!t && t.kind === 'num' && t.value !== undefined && Number.isInteger(t.value) && t.value >= 1 && t.value <= 31
  && t.text.length <= 2;

/**
 * What a text alone says of when it was written, for a report read without metadata: the month of its
 * first day-and-month date (a dateline "KAMPALA, Oct 3" or "On 9 January"), and the latest year of a
 * full date ("6 July 2025", "March 3, 2024"). A year standing alone ("in 2019") says nothing of it:
 * reports date their own incident by day, and name bare years for what came before.
 */
export function textReference(tokens: Token[]): { year: number; month: number } {
  let year = NaN;
  let month = NaN;
  for (let k = 0; k < tokens.length; k++) {
    const m = monthOf(tokens[k]);
    if (m === 0) continue;
    let j = k + 1;
    if (tokens[j]?.low === '.') j++;
    const dayAfter = isDay(tokens[j]);
    const dayBefore = isDay(tokens[k - 1]);
    if (!dayAfter && !dayBefore) continue;
    if (Number.isNaN(month)) month = m;
    let y = dayAfter ? j + 1 : k + 1;
    if (tokens[y]?.low === ',') y++;
    const yt = tokens[y];
    if (yt && isYearToken(yt.text, yt.value) && !(yt.value! <= year)) year = yt.value!;
  }
  return { year, month };
}

let relatedLabels: PhraseTable<true> | undefined;
/** "Related: 12 killed in bus crash": a line that opens on a link label and a colon names another story. */
function relatedLink(doc: Document, t0: number, t1: number): boolean {
  const first = doc.tokens[t0];
  if (!first || (first.start > 0 && doc.text.charCodeAt(first.start - 1) !== 10)) return false;
  if (!relatedLabels) {
    relatedLabels = new PhraseTable();
    for (const w of lexiconWords('related-labels.txt')) relatedLabels.add(w, true);
  }
  const hit = relatedLabels.at(doc.tokens, t0, t1);
  return hit !== undefined && doc.tokens[hit.end]?.low === ':';
}

/** Per sentence: true when it talks about another incident. */
export function otherScopeSentences(doc: Document, meta: ReportMeta | undefined): boolean[] {
  const about = otherScope(doc, meta);
  return doc.sentences.map((_, si) => about(si));
}

/** otherScopeSentences asked one sentence at a time, each read once when first asked: extract() asks only of the
 * sentences with a figure, about half of them. */
export function otherScope(doc: Document, meta: ReportMeta | undefined): (si: number) => boolean {
  const { tokens, sentences } = doc;
  const lex = lexicons();
  // The reference time: the publish date, else what the text's own dates say (textReference); with no
  // full date at all, any year the text names alone is an earlier one.
  const fromText = meta?.published ? undefined : textReference(tokens);
  let refYear = meta?.published ? Number(meta.published.slice(0, 4)) : fromText!.year;
  if (!Number.isFinite(refYear)) refYear = Infinity;
  let pubMonth = meta?.published ? Number(meta.published.slice(5, 7)) : fromText!.month;
  // (a storm log or a review filed months after the event dates its own story by day: "on June 12" in a record
  // published in September is this event; a date well before the text's first one is still an earlier event)
  const opening = meta?.published ? textReference(tokens).month : NaN;
  if (Number.isFinite(opening) && pubMonth - opening >= EARLIER_MONTHS) pubMonth = opening;
  const known: (boolean | undefined)[] = new Array(sentences.length);
  // (`dated` false: only the words that bring in another incident count, not the dates; see the lede below)
  const isOther = (s: Sentence, dated = true): boolean => {
    if (relatedLink(doc, s.t0, s.t1)) return true;
    // "In November, a bomber killed 26 at the station" in a March report: a month of its own, no day, earlier
    const first = s.t0 + 1 < s.t1 ? tokens[s.t0] : undefined;
    if (dated && first && first.low === 'in') {
      const mon = tokens[s.t0 + 1];
      const idx = MONTHS.indexOf(mon.low);
      const next = s.t0 + 2 < s.t1 ? tokens[s.t0 + 2] : undefined;
      if (idx >= 0 && mon.text[0] !== mon.low[0] && next && next.kind !== 'num') {
        if (Number.isFinite(pubMonth)) {
          // ("In April this year, floods ... killed one child" in an August update)
          if (idx + 1 !== pubMonth && (next.low === ',' || next.low === 'last' || next.low === 'this' ||
            next.low === 'of')) return true;
        } else if (next.low === ',' && DETERMINERS.has(tokens[s.t0 + 3]?.low ?? '') && tokens[s.t0 + 3].low !== 'the') {
          // with no date to compare: "In April, a bus crash ..." brings in an incident of its own
          return true;
        } else if (next.low === ',' && s.paragraph > 0 && countOrActor(tokens, s.t0 + 3, s.t1)) {
          // ("In April, 23 passengers of a luxury bus were seized", "In February, gunmen abducted 11 farmers" after the
          // opening paragraph, in a text that dates its own events by weekday: a month alone dates an earlier one)
          return true;
        }
      }
    }
    // "It was the deadliest attack in the province since 2017, when 54 died": a superlative measured against an
    // earlier time brings in that earlier incident; but "killed 40 people, the deadliest attack since 2019" ranks this
    // incident's own toll, counted before the superlative, and the rest of the sentence only compares
    if (campaignToll(tokens, s.t0, s.t1) || yearTally(tokens, s.t0, s.t1)) return true;
    if (cameAfter(tokens, s.t0, s.t1)) return true;
    if (sinceCampaign(tokens, s.t0, s.t1) || pastPeriod(tokens, s.t0, s.t1)) return true;
    if (dated && (inBlurredYear(tokens, s.t0, s.t1, refYear) || yearsAfter(tokens, s.t0, s.t1))) return true;
    // "In the main earthquake of 10 August, one citizen had lost her life" in a bulletin of 29 October: a day and
    // month well before the text's own date names an earlier event
    if (dated && Number.isFinite(refYear) && Number.isFinite(pubMonth) && earlierDate(tokens, s.t0, s.t1, refYear, pubMonth)) return true;
    let end = s.t1;
    const sup = superlativeSince(tokens, s.t0, s.t1);
    if (sup >= 0) {
      if (!countBefore(tokens, s.t0, sup)) return true;
      end = sup;
    }
    for (let k = s.t0; k < end; k++) {
      // "the 30 schoolgirls seized last month" dates the people's capture, the same incident
      const sc = lex.scope.at(tokens, k, s.t1);
      // ("said in a separate statement that 31 of its members remained in captivity": another document, the same
      // incident)
      if (sc && tokens[sc.end - 1].low === 'separate' && sc.end < s.t1 && separateDocuments().has(tokens[sc.end].low)) continue;
      if (sc && !(k > s.t0 && tokens[k - 1].low.endsWith('ed') &&
        lex.measureSlots.post.at(tokens, k - 1, k)) && !aboutSpeaker(tokens, s.t0, k)) return true;
      const t = tokens[k];
      // "in similar tanker explosions", "a similar bus crash": "similar" with a word for an event one or two words on
      if (t.low === 'similar' && similarEvent(tokens, k, s.t1)) return true;
      if (!dated) continue;
      // "; in June a Bell 412 came down near Fort Portal, killing two pilots": a clause that opens on another month
      if (t.low === 'in' && (k === s.t0 || tokens[k - 1].low === ';') && Number.isFinite(pubMonth) && k + 2 < s.t1) {
        const mon = tokens[k + 1];
        const idx = MONTHS.indexOf(mon.low);
        if (idx >= 0 && mon.text[0] !== mon.low[0] && idx + 1 !== pubMonth && (tokens[k + 2].low === 'a' || tokens[k + 2].low === 'an')) return true;
      }
      // "at least 40 people were abducted ... in the first eight months of the year": a tally over a period
      if (t.low === 'in' && k + 5 < s.t1 && tokens[k + 1].low === 'the' && tokens[k + 2].low === 'first' &&
        (tokens[k + 3].kind === 'num' || lex.numberWords.has(tokens[k + 3].low)) &&
        (tokens[k + 4].low === 'months' || tokens[k + 4].low === 'weeks') && tokens[k + 5].low === 'of') return true;
      // "98 were killed in Majiya last October": a month named as the last one is an earlier time
      if (t.low === 'last' && k + 1 < s.t1 && MONTHS.includes(tokens[k + 1].low) && tokens[k + 1].text[0] !== tokens[k + 1].low[0] &&
        !(k + 2 < s.t1 && tokens[k + 2].kind === 'num')) return true;
      // "six robberies since January" in a September report: a tally of the months before (but "held since
      // March" dates the people of this incident)
      if (t.low === 'since' && k + 1 < s.t1 && Number.isFinite(pubMonth) && !heldSince(tokens, s.t0, k)) {
        const mon = tokens[monthWordAt(tokens, k + 1, s.t1)];
        const idx = MONTHS.indexOf(mon.low);
        if (idx >= 0 && mon.text[0] !== mon.low[0] && idx + 1 < pubMonth) return true;
      }
      // "It is remembered that in the month of October, bandits abducted 18 persons" in a February report: a month
      // other than the text's own, as translated reports name it
      if (t.low === 'in' && monthWordAt(tokens, k + 1, s.t1) === k + 4 && Number.isFinite(pubMonth)) {
        const mon = tokens[k + 4];
        if (mon.text[0] !== mon.low[0] && MONTHS.indexOf(mon.low) + 1 !== pubMonth) return true;
      }
      // "killed by a mine on the same track in May." in a September report: a month of its own closing the clause
      if (t.low === 'in' && k > s.t0 && k + 2 <= s.t1 && Number.isFinite(pubMonth)) {
        const mon = tokens[k + 1];
        const next = k + 2 < s.t1 ? tokens[k + 2] : undefined;
        if ((!next || next.low === '.' || next.low === ',' || next.low === ';') && mon.text[0] !== mon.low[0]) {
          const idx = MONTHS.indexOf(mon.low);
          // ("four people had been charged and would go on trial in September": a month to come)
          if (idx >= 0 && idx + 1 !== pubMonth && !lex.measureSlots.post.at(tokens, k - 1, k) && !futureBefore(tokens, s.t0, k)) return true;
        }
      }
      if (!isYearToken(t.text, t.value) || t.value! >= refYear) continue;
      // "signatories of the 2016 accord": the year names a document, not an earlier incident
      if (k + 1 < s.t1 && datedDocuments().has(tokens[k + 1].low)) continue;
      // "In April 2021, 26 people drowned": a past month and year
      if (k > s.t0 + 1 && MONTHS.includes(tokens[k - 1].low) && YEAR_PREPS.has(tokens[k - 2].low)) return true;
      // "in 2019", "since a 2017 bombing", "in the 2010 floods", "In the October 2005 earthquake"
      // ("an increase of 38% over the same weeks of 2025": a comparison with the same time of an earlier year)
      if (k - 3 >= s.t0 && tokens[k - 1].low === 'of' && SAME_SPAN.has(tokens[k - 2].low.replace(/s$/, '')) && tokens[k - 3].low === 'same') continue;
      let j = k - 1;
      if (j > s.t0 && monthOf(tokens[j]) > 0 && MONTHS.includes(tokens[j].low)) j--;
      // ("It may be mentioned that in the year 2020 ... more than 30 civilians had lost their lives")
      if (j > s.t0 + 1 && tokens[j].low === 'year' && tokens[j - 1].low === 'the') j -= 2;
      if (j > s.t0 && DETERMINERS.has(tokens[j].low)) j--;
      // ("After the 2021 general election, clashes ... left one person dead": a sentence that opens on what followed an
      // earlier year's event tells of that time)
      // ("nine years after the 2017 siege of Marawi, in which ...": what came after or before an earlier year's event)
      if (j >= s.t0 && (YEAR_PREPS.has(tokens[j].low) || (j === s.t0 && tokens[j].low === 'after') ||
        (j < k - 1 && (tokens[j].low === 'after' || tokens[j].low === 'before')))) return true;
      // ("The country's worst air disaster, the 1996 crash of a cargo plane, killed about 300": an apposition naming an
      // earlier year's event)
      if (k - 2 > s.t0 && DETERMINERS.has(tokens[k - 1].low) && tokens[k - 2].low === ',' && k + 1 < s.t1 &&
        tokens[k + 1].kind === 'word') return true;
      // ("The November 2023 earthquake in neighbouring Jajarkot district killed 154 people": a sentence whose subject is
      // an event of an earlier year)
      // ("reminds the public that the 2008-2009 outbreak claimed 4,287 lives": the subject of a reported clause, and a
      // span of years read as its first)
      const after = tokens[k + 1]?.low === '-' && tokens[k + 2] && isYearToken(tokens[k + 2].text, tokens[k + 2].value) ? k + 3 : k + 1;
      if (((j === s.t0 && DETERMINERS.has(tokens[j].low)) || (j >= s.t0 && tokens[j].low === 'that' && DETERMINERS.has(tokens[j + 1].low))) &&
        after < s.t1 && tokens[after].kind === 'word') return true;
      // ("The disaster recalled the 2012 Tazreen fire, in which 112 workers died": an earlier event called up by its year)
      if (j >= s.t0 && j < k - 1 && tokens[j + 1].low === 'the' && recallVerbs().has(tokens[j].low)) return true;
    }
    return false;
  };
  // A follow-up (an inquest, a trial, an anniversary) opens on its own incident dated months back: "the head-on
  // collision ... last October, which killed 32 people", "A year after a fireworks display ... killed 23 people, the
  // trial ... opened". The dates of the lede under a headline are the report's own incident's; only words that bring
  // in another one count there.
  const lede = ledeSentence(doc);
  return (si) => (known[si] ??= si === lede ? isOther(sentences[si], false) : isOther(sentences[si]));
}

/** The first sentence of a report's body under its headline (a first line alone in its paragraph with no full stop),
 * or -1 when the text opens with no headline: a text with no headline may open on its background as well. */
function ledeSentence(doc: Document): number {
  const { sentences, tokens } = doc;
  if (sentences.length < 2) return -1;
  const s0 = sentences[0];
  const last = tokens[s0.t1 - 1];
  const headline = sentences[1].paragraph !== s0.paragraph && last !== undefined &&
    last.low !== '.' && last.low !== '!' && last.low !== '?';
  return headline ? 1 : -1;
}

/** Words that put what follows them in time to come ("would go on trial", "is due to", "expected"). */
const FUTURE_WORDS = new Set(['will', 'would', 'shall', 'due', 'expected', 'scheduled', 'planned', "'ll"]);
/** A word of time to come in the clause before k (back to a semicolon or the sentence start). */
function futureBefore(tokens: Token[], t0: number, k: number): boolean {
  for (let j = k - 1; j >= t0 && tokens[j].low !== ';'; j--) if (FUTURE_WORDS.has(tokens[j].low)) return true;
  return false;
}

/** A count or a plural noun of people opening the clause at k ("23 passengers", "gunmen abducted"). */
function countOrActor(tokens: Token[], k: number, t1: number): boolean {
  if (k >= t1) return false;
  const lex = lexicons();
  if (tokens[k].kind === 'num' || lex.numberWords.has(tokens[k].low)) return true;
  return tokens[k].text[0] === tokens[k].low[0] && !!lex.groups.at(tokens, k, t1);
}

const PERFECT = new Set(['has', 'have', 'had']);
const CAMPAIGN_PREPS = new Set(['between', 'in', 'against', 'with', 'on']);
/** "Sudan's war, now in its third year, has killed tens of thousands": a campaign (figure-words.txt `campaign`) as the
 * subject of a present perfect tally (`campaign-verb`), within a few words or past an aside set off by commas. */
// (looked for in every sentence: word-sets.ts)
const CAMPAIGNS = new WordSet(lexiconRole('figure-words.txt', 'campaign'));
const CAMPAIGN_VERBS = lexiconRole('figure-words.txt', 'campaign-verb');
function campaignToll(tokens: Token[], t0: number, t1: number): boolean {
  // (most sentences name no campaign: that rarer word is looked for first, the weekday only where there is one)
  let first = t0;
  while (first < t1 && !CAMPAIGNS.hasToken(tokens[first])) first++;
  if (first === t1) return false;
  if (namesWeekday(tokens, t0, t1)) return false;
  for (let k = first; k < t1; k++) {
    if (!CAMPAIGNS.hasToken(tokens[k])) continue;
    // (a noun before a preposition is no subject: "killed in the war has ...")
    if (k > t0 && (tokens[k - 1].low === 'in' || tokens[k - 1].low === 'of' || tokens[k - 1].low === 'by')) continue;
    let j = k + 1;
    // ("The war between the army and the RSF, now in its fourth year, has killed": who fights or where, after the noun)
    if (j < t1 && CAMPAIGN_PREPS.has(tokens[j].low)) {
      let q = j + 1;
      while (q < t1 && q < j + 9 && tokens[q].kind !== 'num' && tokens[q].low !== ',' && !PERFECT.has(tokens[q].low)) q++;
      if (q < t1 && (tokens[q].low === ',' || PERFECT.has(tokens[q].low))) j = q;
    }
    if (j < t1 && tokens[j].low === ',') {
      const open = ++j;
      while (j < t1 && j < open + 10 && tokens[j].low !== ',' && tokens[j].kind !== 'num') j++;
      if (j >= t1 || tokens[j].low !== ',') continue;
      j++;
    }
    if (j + 1 < t1 && PERFECT.has(tokens[j].low)) {
      if (tokens[j + 1].low === 'now' || tokens[j + 1].low === 'so' || tokens[j + 1].low === 'already') j++;
      if (j + 1 < t1 && CAMPAIGN_VERBS.has(tokens[j + 1].low)) return true;
    }
  }
  return false;
}

/** "militants have killed more than 1,000 of its security personnel this year": a present perfect tally
 * (`campaign-verb` after "has"/"have") that runs to "this year" counts the year, not this incident. */
function yearTally(tokens: Token[], t0: number, t1: number): boolean {
  for (let k = t0 + 1; k + 1 < t1; k++) {
    if (tokens[k].low !== 'this' || tokens[k + 1].low !== 'year') continue;
    for (let j = k - 1; j > t0 && j > k - 14; j--) {
      if (tokens[j].low === ';' || tokens[j].low === '.') break;
      if (PERFECT.has(tokens[j - 1].low) && tokens[j - 1].low !== 'had' && CAMPAIGN_VERBS.has(tokens[j].low)) return true;
      // ("had recorded 9 people killed in lynchings in the department this year", "have been hospitalised with dengue
      // this year": any perfect that runs to "this year" tallies it)
      if (PERFECT.has(tokens[j - 1].low) && tokens[j].low.endsWith('ed')) return true;
      if (j > t0 + 1 && PERFECT.has(tokens[j - 2].low) && tokens[j - 1].low === 'been' && tokens[j].low.endsWith('ed')) return true;
    }
  }
  return false;
}

/** Words for a war that "since" dates a running tally from ("since the war began", "since the start of the armed
 * conflict", "since hostilities resumed", "since the coup"): figure-words.txt `campaign` and `campaign-start`. */
let campaignStarts: Set<string> | undefined;
const SINCE_CAMPAIGN_REACH = 6;
/** "Since the start of the armed conflict, the Mission has verified 9,870 civilian deaths": a tally since a war, its
 * hostilities or a coup began counts more than this incident. Not with a weekday in the sentence ("since the war resumed on Sunday"
 * dates this week's flare-up). Unlike "since March", a verb right before it ("have been killed since the war broke
 * out") does not make it a lasting state of this incident's people. */
function sinceCampaign(tokens: Token[], t0: number, t1: number): boolean {
  campaignStarts ??= new Set([...lexiconRole('figure-words.txt', 'campaign'), ...lexiconRole('figure-words.txt', 'campaign-start')]);
  for (let k = t0; k < t1; k++) {
    if (tokens[k].low !== 'since') continue;
    for (let j = k + 1; j < Math.min(t1, k + 1 + SINCE_CAMPAIGN_REACH); j++) {
      const t = tokens[j];
      if (t.kind !== 'word') break;
      if (!campaignStarts.has(t.low)) continue;
      return !namesWeekday(tokens, t0, t1);
    }
  }
  return false;
}

/** Words that blur a year to a part of it ("in late 2020", "in spring 2021", "in mid-2019"). */
const BLURS = new Set(['mid', 'early', 'late', 'spring', 'summer', 'autumn', 'fall', 'winter']);
/** "In late 2020, some 60,000 people fled the other way", "in spring 2021, a fire forced about 1,200 people to flee":
 * a blurred year before the text's own names an earlier time, as "in 2020" does. Not after "since": "since early
 * March" and "since late October" date a siege's or an outbreak's own running toll, and "since early 2024" mostly
 * dates a state ("which has controlled the town since early 2024"). */
function inBlurredYear(tokens: Token[], t0: number, t1: number, refYear: number): boolean {
  for (let k = t0; k + 2 < t1; k++) {
    if (tokens[k].low !== 'in' || !BLURS.has(tokens[k + 1].low)) continue;
    let j = k + 2;
    if (tokens[j].low === '-' && j + 1 < t1) j++;
    const t = tokens[j];
    if (isYearToken(t.text, t.value) && t.value! < refYear) return true;
  }
  return false;
}

/** Units of a long stretch of time: a tally over the past months or years is no one incident's. Days and weeks are
 * left out, as a flood's or a displacement's own toll runs over them ("in the past two weeks the floods have killed
 * 40"; on the development set weeks lost more marks than they won). */
const LONG_UNITS = new Set(['months', 'years', 'decades']);
const PAST_WORDS = new Set(['past', 'last', 'preceding', 'previous']);
/** "23 people were killed in road accidents on the same highway in the last three months", "over the past few years". */
function pastPeriod(tokens: Token[], t0: number, t1: number): boolean {
  const words = lexicons().numberWords;
  for (let k = t0; k + 3 < t1; k++) {
    const prep = tokens[k].low;
    if (prep !== 'in' && prep !== 'over' && prep !== 'during' && prep !== 'within') continue;
    if (tokens[k + 1].low !== 'the' || !PAST_WORDS.has(tokens[k + 2].low)) continue;
    let j = k + 3;
    const n = tokens[j];
    if (n.kind === 'num' || words.has(n.low) || n.low === 'few' || n.low === 'several') j++;
    if (j < t1 && LONG_UNITS.has(tokens[j].low)) return true;
  }
  return false;
}

const AFTER_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks']);
const DEFINITE = new Set(['the', 'this', 'its', 'their']);
/** "The blast comes two years after an explosion at a gas station killed seven people", "the surrender came a week
 * after security forces killed 5 Maoists": a span of weeks, months or years after (or before) an event told anew (a
 * count or "a"/"an", not "the") is that earlier event, when no count stands before the phrase ("killed 40, two years
 * after the bombing of the market" counts this incident first). Days are left out: "two days after the quake, 40 were
 * still missing" is this incident. */
function yearsAfter(tokens: Token[], t0: number, t1: number): boolean {
  const words = lexicons().numberWords;
  let firstCount = -1; // where the sentence's first count stands, looked for once (a sentence of many spans stays linear)
  for (let k = t0 + 1; k + 1 < t1; k++) {
    if (!AFTER_UNITS.has(tokens[k].low) || (tokens[k + 1].low !== 'after' && tokens[k + 1].low !== 'before')) continue;
    const n = tokens[k - 1];
    if (!(n.kind === 'num' || words.has(n.low) || n.low === 'a' || n.low === 'few' || n.low === 'several')) continue;
    // ("nearly three weeks after the building fell, with the number of confirmed dead at 1,127": an event named with
    // "the" is this story's own, the one a follow-up report counts from)
    if (k + 2 < t1 && DEFINITE.has(tokens[k + 2].low)) continue;
    if (firstCount < 0) firstCount = firstCountAt(tokens, t0, t1);
    if (firstCount >= k - 1) return true;
  }
  return false;
}

/** A participle of what befell people ("abducted", "seized", "held") in the clause before `at` (no comma between). */
function befellBefore(tokens: Token[], t0: number, at: number): boolean {
  const lex = lexicons();
  for (let j = at - 1; j >= Math.max(t0, at - 10); j--) {
    const t = tokens[j];
    if (t.low === ',' || t.low === ';' || t.low === ':' || t.kind === 'num') return false;
    if (t.low.endsWith('ed') && lex.measureSlots.post.at(tokens, j, j + 1)) return true;
  }
  return false;
}

/** Days that date this week's incident ("since Sunday"): a campaign toll beside one is this flare-up's. */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday',
  'today', 'overnight']);
function namesWeekday(tokens: Token[], t0: number, t1: number): boolean {
  for (let k = t0; k < t1; k++) if (WEEKDAYS.has(tokens[k].low)) return true;
  return false;
}

/** Nouns of an attack that a text compares with an earlier one ("This new attack comes two weeks after ..."). */
const ATTACK_NOUNS = new Set(['attack', 'raid', 'bombing', 'blast', 'ambush', 'explosion', 'massacre', 'assault', 'killing',
  'killings', 'shooting', 'incursion']);
const DAYS_AND_WEEKS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months']);
/**
 * "This new attack comes two weeks after the one against Mozogo, in which four civilians had been killed", "The raid
 * came a week after a village chief and his wife were killed": an attack set days or weeks after another brings in
 * that earlier one. Hours are left out (what followed the same incident), as are releases and rescues, which come
 * after their own abduction.
 */
function cameAfter(tokens: Token[], t0: number, t1: number): boolean {
  for (let k = t0 + 1; k + 3 < t1; k++) {
    if ((tokens[k].low !== 'comes' && tokens[k].low !== 'came') || !ATTACK_NOUNS.has(tokens[k - 1].low)) continue;
    for (let j = k + 1; j < Math.min(t1, k + 5); j++) {
      if (DAYS_AND_WEEKS.has(tokens[j].low)) return tokens[j + 1]?.low === 'after';
    }
  }
  return false;
}

const EARLIER_MONTHS = 2;
/** A day-and-month date in the sentence ("of 10 August", "on August 10") at least two months before the text's own
 * month of the same year (or in an earlier year); not after "since", which dates how long a state lasts. */
function earlierDate(tokens: Token[], t0: number, t1: number, refYear: number, refMonth: number): boolean {
  for (let k = t0 + 1; k < t1; k++) {
    const m = monthOf(tokens[k]);
    if (m === 0) continue;
    const dayBefore = isDay(tokens[k - 1]);
    const dayAfter = isDay(tokens[k + 1]);
    // ("the same band had seized 14 herders in January": a month alone after "in" dates it too)
    const inMonth = !dayBefore && !dayAfter && tokens[k - 1].low === 'in' && tokens[k].text !== tokens[k].low;
    if (!dayBefore && !dayAfter && !inMonth) continue;
    const lead = dayBefore ? k - 2 : k - 1;
    if (lead < t0 || tokens[lead].low === 'since') continue;
    // ("the 30 pupils abducted on 3 March were freed", "seized from their school in Kuriga on 7 March": the date of
    // what befell this incident's people, a verb earlier in the same clause)
    if (befellBefore(tokens, t0, lead)) continue;
    let y = dayAfter ? k + 2 : k + 1;
    if (tokens[y]?.low === ',') y++;
    const yt = tokens[y];
    const year = yt && y < t1 && isYearToken(yt.text, yt.value) ? yt.value! : refYear;
    // (months counted across the turn of a year: "since the onset on 7 December 2025" in a January 2026 update is weeks ago)
    if ((refYear - year) * 12 + refMonth - m >= EARLIER_MONTHS) return true;
  }
  return false;
}

const SUPERLATIVES = new WordSet(new Set(['deadliest', 'worst', 'bloodiest', 'deadliest-ever', 'biggest', 'largest', 'most']));
/** Where a superlative stands that "since" follows within ten words ("the deadliest attack on troops since April"),
 * or -1. */
function superlativeSince(tokens: Token[], t0: number, t1: number): number {
  for (let k = t0; k < t1; k++) {
    if (!SUPERLATIVES.hasToken(tokens[k])) continue;
    for (let j = k + 1; j < Math.min(t1, k + 11); j++) {
      if (tokens[j].low === 'since') return k;
      if (tokens[j].low === ';' || tokens[j].low === '.') break;
    }
  }
  return -1;
}

/** A number before `at` in the sentence (digits or a number word). */
function countBefore(tokens: Token[], t0: number, at: number): boolean {
  return firstCountAt(tokens, t0, at) < at;
}

/** Where the first number between t0 and t1 stands (digits or a number word), or t1. */
function firstCountAt(tokens: Token[], t0: number, t1: number): number {
  const words = lexicons().numberWords;
  for (let k = t0; k < t1; k++) {
    // ("one of the deadliest attacks since 2019" ranks, it does not count)
    if (tokens[k].low === 'one' && tokens[k + 1]?.low === 'of') continue;
    if (tokens[k].kind === 'num' || words.has(tokens[k].low)) return k;
  }
  return t1;
}

let events: Set<string> | undefined;
/** "similar" followed, within two words, by a word for an event (figure-words.txt `similar-event`, singular or
 * plural): another incident of the kind. */
function similarEvent(tokens: Token[], k: number, t1: number): boolean {
  events ??= lexiconRole('figure-words.txt', 'similar-event');
  for (let j = k + 1; j < Math.min(t1, k + 3); j++) {
    const low = tokens[j].low;
    if (tokens[j].kind !== 'word') return false;
    if (events.has(low) || (low.endsWith('s') && (events.has(low.slice(0, -1)) || events.has(low.slice(0, -2))))) return true;
  }
  return false;
}

let separateDocs: Set<string> | undefined;
function separateDocuments(): Set<string> {
  separateDocs ??= lexiconRole('figure-words.txt', 'separate-document');
  return separateDocs;
}

let documents: Set<string> | undefined;
let recalls: Set<string> | undefined;
function recallVerbs(): Set<string> {
  recalls ??= lexiconRole('figure-words.txt', 'recall');
  return recalls;
}

function datedDocuments(): Set<string> {
  documents ??= lexiconRole('figure-words.txt', 'dated-document');
  return documents;
}

const SAID = new Set(['said', 'says', 'told', 'added', 'recalled']);
/** '"... are dead," said Esperance Mapendo, 34, who fled fighting in Masisi last year': a date in a relative clause
 * about the speaker, after the reporting verb, dates the speaker's story, not the figure. */
function aboutSpeaker(tokens: Token[], t0: number, k: number): boolean {
  for (let j = k - 1; j > t0 && j >= k - 12; j--) {
    if (tokens[j].low !== 'who') continue;
    for (let r = j - 1; r >= t0 && r >= j - 8; r--) if (SAID.has(tokens[r].low)) return true;
    return false;
  }
  return false;
}

/** Where the month word stands for a date at k: k itself, or after "the month of" ("since the month of January"). */
function monthWordAt(tokens: Token[], k: number, t1: number): number {
  if (k + 3 < t1 && tokens[k].low === 'the' && tokens[k + 1].low === 'month' && tokens[k + 2].low === 'of' &&
    MONTHS.includes(tokens[k + 3].low)) return k + 3;
  return k;
}

function isYearToken(text: string, value: number | undefined): boolean {
  return value !== undefined && text.length === 4 && value >= 1900 && value <= 2100;
}

const SINCE_REACH = 10;
/** "held since March", "who had been held by the gang in a hamlet since October": the date tells how long this
 * incident's people have been in a state (held, trapped: figure-words.txt `held-state`), when that word stands
 * earlier in the same clause (no comma, no other count between). "35 kidnapped since March" stays a tally. */
function heldSince(tokens: Document['tokens'], t0: number, k: number): boolean {
  const lex = lexicons();
  if (k > t0 && lex.measureSlots.post.at(tokens, k - 1, k)) return true; // "held since March"
  const heldStates = lexiconRole('figure-words.txt', 'held-state');
  for (let j = k - 1; j >= Math.max(t0, k - SINCE_REACH); j--) {
    const t = tokens[j];
    if (t.kind === 'num' || t.low === ',' || t.low === ';' || t.low === ':') return false;
    if (heldStates.has(t.low)) return true;
  }
  return false;
}
