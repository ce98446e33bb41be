// The figure stage itself (no safety net) reads any cut of a real report: extract() catches a failing stage and
// answers with no figures, so a stage that throws on a text loses every figure of it without a word. Texts arrive
// cut: feed summaries stop mid-sentence, pasted pages start mid-paragraph, coder lines open on a date.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/index.js';

const DEV = join(import.meta.dirname, '../fixtures/devset/dev');
// reports whose cuts once made the stage throw (a read past the last token of a sentence or of the text), and the seed
const NAMED = ['006-stadium-stampede-liveblog.txt', '007-northern-front-statement.txt', '015-airliner-hijack-wire.txt',
  '1269-can-tho-cai-rang-bridge-collapse-toll-rises-f86-news.txt', '1342-kirumba-lubero-market-attack-f92-mixed.txt',
  '431-ndiago-pirogues-seized-fisheries-ministry-f16-official.txt', '3542-nsanje-chikwawa-shire-floods-f276-official.txt',
  '3545-shurugwi-gold-claim-shaft-collapse-f276-news.txt', '3550-kalehe-lake-kivu-boat-capsize-f276-live.txt',
  '2641-ozamiz-city-shopping-mall-hostage-siege-f200-live.txt', '3245-yangtse-tawang-india-china-troops-clash-f251-border.txt'];
const META = { outlet: 'Cut Wire', published: '2026-03-01' };

function cuts(text: string): string[] {
  const spaces = [...text.matchAll(/[ \n]/g)].map((m) => m.index);
  return spaces.flatMap((at) => [text.slice(0, at), text.slice(at + 1)]);
}

describe('the figure stage on cut reports', () => {
  const texts = NAMED.map((f) => readFileSync(join(DEV, f), 'utf8'));
  texts.push(readFileSync(join(import.meta.dirname, '../../examples/000_071c524da187ddb4.txt'), 'utf8'));

  it('never throws on a report cut at any space or line break, from either end', () => {
    let failures: string[] = [];
    for (const text of texts) {
      for (const cut of cuts(text)) {
        try {
          extractFigures(cut, META);
        } catch (e) {
          failures.push(`${(e as Error).message} on …${JSON.stringify(cut.slice(-60))}`);
        }
      }
    }
    failures = [...new Set(failures)];
    expect(failures).toEqual([]);
  });

  it('keeps the figures of a text that opens on a year, as coder lines do', () => {
    const line = '2025-06-14 | Kenya | Turkana: 9 herders were killed in a raid on their camp, police said.';
    const got = extractFigures(line, META);
    expect(got.map((c) => [c.measure, c.group, c.value.low, c.source.name])).toEqual([['killed', 'herders', 9, 'police']]);
  });

  it('keeps the figures of a text that stops mid-sentence, as feed summaries do', () => {
    const got = extractFigures('Police said at least 14 injured miners were flown to', META);
    expect(got.map((c) => [c.measure, c.value.low, c.value.hedge, c.source.name])).toEqual([['injured', 14, 'at_least', 'police']]);
  });
});
