// How a text is typed should not change what it says. Hard-wrapped text (PDF, e-mail and plain-text wire copy break
// prose into lines of one width): a wrap is a space, a line the writer ended still ends a sentence. Capitals throughout
// and no-break spaces read as prose.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { plainSpaces, sentenceCase, splitSentences, unwrap, wrapWidth } from '../../src/extract/sentences.js';
import { loadDevset, reportMetaOf } from '../../src/eval/devset.js';
import type { FigureClaim } from '../../src/extract/types.js';

/** The text with spaces turned into newlines so that no line runs past `width`: the same offsets. */
function wrap(text: string, width: number): string {
  const out = text.split('');
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
      continue;
    }
    if (out[i] === ' ') lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      out[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return out.join('');
}

const rows = (text: string): string[] => (extract(text).claims.filter((c) => c.type === 'figure') as FigureClaim[])
  .map((c) => `${c.measure} ${c.group} ${c.value.low}-${c.value.high} ${c.source.name} @${c.span.start}`);

const PROSE = [
  'The provincial disaster office said on Sunday that at least 19 people were killed and 42 others were injured',
  'when a crowded passenger boat overturned on the river near the market town. A spokeswoman for the office said',
  'that 11 of the injured were children and that divers were still searching for about 30 passengers who remain',
  'missing.',
  '',
  'Fishermen who reached the boat first told local radio that they had pulled 25 people from the water before',
  'the police boats arrived.',
].join('\n');

describe('hard-wrapped text', () => {
  it('reads a wrapped report as its unwrapped prose: the same claims and sources', () => {
    expect(wrapWidth(PROSE)).toBeGreaterThan(90);
    const unwrapped = PROSE.replace(/([^\n])\n(?!\n)/g, '$1 ');
    expect(rows(PROSE)).toEqual(rows(unwrapped));
    expect(rows(PROSE)).toContain(`killed people 19-null provincial disaster office @${PROSE.indexOf('at least 19')}`);
  });

  it('keeps headings, label rows and list items of a wrapped release on their own lines', () => {
    const release = [
      'PRESS RELEASE',
      'District Emergency Operations Centre',
      '',
      'Heavy rain since Thursday night has caused flooding in the low-lying wards of the municipality, and rescue',
      'teams of the fire brigade and the civil defence have been deployed to the worst hit areas since early',
      'morning to evacuate residents who were trapped on the roofs of their houses.',
      '',
      'Dead: 6',
      'Injured: 14',
      '- 2 persons missing in Ward 9',
    ].join('\n');
    expect(wrapWidth(release)).toBeGreaterThan(0);
    const text = unwrap(release);
    expect(text).toHaveLength(release.length);
    const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(sentences).toContain('PRESS RELEASE');
    expect(sentences).toContain('Dead: 6');
    expect(sentences).toContain('Injured: 14');
    expect(sentences).toContain('- 2 persons missing in Ward 9');
    expect(sentences.some((s) => s.startsWith('Heavy rain') && s.endsWith('roofs of their houses.'))).toBe(true);
  });

  it('does not take a text of one paragraph per line for a wrapped one', () => {
    const lines = [
      'Gunmen killed 12 villagers overnight, the governor said.',
      'Police said 4 suspects were arrested near the border.',
      'Casualties:',
      'a. Deaths: 12 (village of Tashi 8, Dobra 4)',
      'b. Injured: 9',
    ].join('\n');
    expect(wrapWidth(lines)).toBe(0);
  });

  it('on dev texts wrapped at 72 columns, nearly every claim stays the same', () => {
    const reports = loadDevset(undefined, ['dev'], (f) => /\/6[0-4]\d-/.test(f));
    let same = 0;
    let all = 0;
    for (const r of reports) {
      const meta = reportMetaOf(r);
      const key = (text: string) => new Set((extract(text, meta).claims.filter((c) => c.type === 'figure') as FigureClaim[])
        .map((c) => `${c.measure} ${c.group} ${c.value.low}-${c.value.high} ${c.source.name} @${c.span.start}`));
      const plain = key(r.text);
      const wrapped = key(wrap(r.text, 72));
      all += plain.size;
      for (const k of plain) if (wrapped.has(k)) same++;
    }
    expect(reports.length).toBeGreaterThan(30);
    // (measured on dev 600-649: 416 of 437 claims the same, 0.95; 175 of 437 before wrapped text was read)
    expect(same / all).toBeGreaterThan(0.9);
  });
});

describe('texts typed in capitals or with exotic spaces', () => {
  it('reads a text set in capitals throughout in sentence case: the same claims as its mixed-case prose', () => {
    const prose = 'Police said on Monday that 14 passengers were killed when the bus overturned. A hospital official said ' +
      '27 others were being treated for injuries, and that 5 of them were in a critical condition.';
    const caps = prose.toUpperCase();
    expect(sentenceCase(caps)).toHaveLength(caps.length);
    const key = (text: string) => (extract(text).claims.filter((c) => c.type === 'figure') as FigureClaim[])
      .map((c) => `${c.measure} ${c.group} ${c.value.low} ${c.source.name.toLowerCase()} @${c.span.start}`);
    expect(key(caps)).toEqual(key(prose));
  });

  it('leaves a text with a heading in capitals as it is', () => {
    const text = 'MINISTRY OF INTERIOR\nPRESS RELEASE\n\nThe ministry said that 3 officers were wounded in the attack on the post near the border on Friday.';
    expect(sentenceCase(text)).toBe(text);
  });

  it('reads no-break spaces as spaces: names come out with plain spaces, a thousands separator stays', () => {
    const text = 'The\u00a0provincial\u00a0health\u00a0department said 1\u00a0250\u00a0people\u00a0were\u00a0displaced.';
    const [claim] = extract(text).claims.filter((c) => c.type === 'figure') as FigureClaim[];
    expect(claim.source.name).toBe('provincial health department');
    expect(claim.value.low).toBe(1250);
    expect(plainSpaces(text)).toHaveLength(text.length);
  });
});

describe('links to other stories left in a page\'s text', () => {
  it('gives the figures of a "Related:" or "Read more:" line scope other, out of the count', () => {
    const text = 'Gunmen killed 9 villagers in the night raid, police said.\nRelated: 12 killed in bus crash on the coast road\n' +
      'Read more: 40 hurt as stadium stand gives way\nThe attackers fled on motorbikes, police added.';
    const figures = extract(text).claims.filter((c) => c.type === 'figure') as FigureClaim[];
    expect(figures.map((c) => `${c.value.low} ${c.scope ?? 'this'}`)).toEqual(['9 this', '12 other', '40 other']);
  });

  it('keeps a label inside a sentence, or a live page\'s "Latest:", as this story', () => {
    const text = 'Latest: 14 people were killed in the blast, police said.\nOfficials said the related injuries numbered 30.';
    const figures = extract(text).claims.filter((c) => c.type === 'figure') as FigureClaim[];
    expect(figures.every((c) => c.scope !== 'other')).toBe(true);
  });
});

describe('words broken at the end of a wrapped line', () => {
  const text = [
    'The county coroner said on Friday that at least 11 people were killed and',
    '40 others hurt when the roof of the indoor market gave way under the snow,',
    'and that after a long night of digging a total of no fewer than twenty-',
    'one traders were still missing while rescuers dug through the night. Fire',
    'crews said that the number of the wounded who were stall-keepers or shop-',
    'keepers taken to the regional hospital had reached 17 by the morning.',
  ].join('\n');
  it('joins a word broken by a hyphen, keeps the hyphen of a number word, and keeps the offsets', () => {
    const rows = (extract(text).claims.filter((c) => c.type === 'figure') as FigureClaim[])
      .map((c) => `${c.measure} ${c.group} ${c.value.low} "${text.slice(c.span.start, c.span.end)}"`);
    expect(rows).toContain('missing traders 21 "a total of no fewer than twenty-\none traders"');
    expect(unwrap(text)).toHaveLength(text.length);
    expect(unwrap(text)).toContain('shop\u00ad\u00adkeepers');
  });
});
