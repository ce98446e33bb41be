import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';

const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  const cases: Array<[string, string[]]> = [
    ['Five people died. Ten more were hurt.', ['Five people died.', 'Ten more were hurt.']],
    ['A line with no stop\nThe next line.', ['A line with no stop', 'The next line.']],
    ['Gen. Tariq Malik spoke. Mr. Ali agreed.', ['Gen. Tariq Malik spoke.', 'Mr. Ali agreed.']],
    ['Lt. Col. Asif Raza said the train No. 14 stopped.', ['Lt. Col. Asif Raza said the train No. 14 stopped.']],
    ['The U.S. embassy said 2.5 million were affected. Aid is coming.', ['The U.S. embassy said 2.5 million were affected.', 'Aid is coming.']],
    ['"We are leaving. Now," the guard said.', ['"We are leaving.', 'Now," the guard said.']],
    ['Did they escape? Nobody knows!', ['Did they escape?', 'Nobody knows!']],
    ['Water rose by approx. two metres.', ['Water rose by approx. two metres.']],
    ['The ferry went down at 3 a.m. Divers found six bodies.', ['The ferry went down at 3 a.m.', 'Divers found six bodies.']],
    ['Shelling began at 11 p.m. Friday and lasted an hour.', ['Shelling began at 11 p.m. Friday and lasted an hour.']],
    ['The curfew ends at 6 a.m. IST on Sunday.', ['The curfew ends at 6 a.m. IST on Sunday.']],
    ['By 7 a.m. the crowd had gone.', ['By 7 a.m. the crowd had gone.']],
    ['Toll hit 40 on Monday.\n\n\nMore later', ['Toll hit 40 on Monday.', 'More later']],
    ['', []],
    ['   \n  ', []],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('gives trimmed spans in text order that never overlap', () => {
    const t = ' One. Two!\n Three? ';
    const spans = splitSentences(t);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    for (const s of spans) expect(t.slice(s.start, s.end)).toBe(t.slice(s.start, s.end).trim());
  });
});
