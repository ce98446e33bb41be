// A live blog puts its newest entry first: "12:30 — ... Another 14 were taken out alive" adds to rescues told in
// entries further down the page, which the text has not reached yet. Entries open on a clock time; three or more in
// falling order make the page reverse-chronological.
import { perDocument } from './document.js';

const CLOCK = /^(\d{1,2})[:.](\d{2})\b/;
/** Entries needed before the page counts as a live blog. */
const MIN_ENTRIES = 3;

/** The paragraphs open on clock times, each earlier than the one above it (read once per document). */
export const newestFirst = perDocument((doc): boolean => {
  const times: number[] = [];
  let paragraph = -1;
  for (const s of doc.sentences) {
    if (s.paragraph === paragraph) continue;
    paragraph = s.paragraph;
    const m = CLOCK.exec(doc.text.slice(s.start, s.start + 8));
    if (m) times.push(Number(m[1]) * 60 + Number(m[2]));
  }
  return times.length >= MIN_ENTRIES && times.every((t, i) => i === 0 || t < times[i - 1]);
});
