// Number phrases: digits, words, ranges, hedges and vague quantities, read through whole claims.
import { describe, expect, it } from 'vitest';
import { rows } from './helpers.js';

describe('numbers', () => {
  const cases: Array<[string, string]> = [
    ['Gunmen killed 12 villagers.', 'killed civilians 12-12 exact'],
    ['The flood displaced 3,400 people in 1,250 homes.', 'displaced people 3400-3400 exact'],
    ['Officials said 1.2 million people were displaced.', 'displaced people 1200000-1200000 exact'],
    ['Raiders kidnapped two hundred and fourteen passengers.', 'held passengers 214-214 exact'],
    ['Thirty-one miners were rescued.', 'freed miners 31-31 exact'],
    ['A dozen soldiers were wounded.', 'injured security_forces 12-12 exact'],
    ['Two dozen pilgrims drowned.', 'killed pilgrims 24-24 exact'],
    ['Eleven (11) sailors are missing.', 'missing crew 11-11 exact'],
    ['The blast killed 5 lakh fish and 2 lakh people were affected.', 'affected people 200000-200000 exact'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
});

// Text pasted from web pages and word processors: no-break and thin spaces between thousands, non-breaking
// hyphens, soft hyphens, scale letters glued to digits in headlines, dots between thousands (European copy) and lakh
// grouping (South Asian copy).
describe('numbers as web pages write them', () => {
  const cases: Array<[string, string]> = [
    ['The agency said 9\u202f150 people were displaced.', 'displaced people 9150-9150 exact'],
    ['About 1\u00a0340 villagers fled the shelling.', 'displaced civilians 1340-1340 about'],
    ['Some 12\u2009400\u2009000 people were affected by the drought.', 'affected people 12400000-12400000 about'],
    ['Forty\u2011two pilgrims drowned.', 'killed pilgrims 42-42 exact'],
    ['Twenty\u2010six miners were rescued.', 'freed miners 26-26 exact'],
    ['Rescuers said 17 fisher\u00admen were miss\u00ading.', 'missing fishermen 17-17 exact'],
    ['Officials said 2.4m people were displaced by the floods.', 'displaced people 2400000-2400000 exact'],
    ['More than 15k residents fled the fires.', 'displaced civilians 15000-null at_least'],
    ['The agency said 3.400 people were displaced.', 'displaced people 3400-3400 exact'],
    ['The drought affected 1.250.000 people.', 'affected people 1250000-1250000 exact'],
    ['Over 1,40,000 people were evacuated, the collector said.', 'displaced people 140000-null at_least'],
    ['The cyclone displaced 11,25,000 people.', 'displaced people 1125000-1125000 exact'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(rows(text)).toContain(expected);
  });

  it('a plain space is no thousands separator, and glued "m" before a thing is metres', () => {
    expect(rows('In 2019 140 people died on the same road.')).toContain('killed people 140-140 exact');
    const wave = rows('A 4m wave struck the harbour and 6 fishermen died.');
    expect(wave).toEqual(['killed fishermen 6-6 exact']);
  });
});

describe('hedges', () => {
  const cases: Array<[string, string]> = [
    ['Around 500 people were aboard the ferry.', 'present people 500-500 about'],
    ['Some 40 workers are trapped.', 'missing workers 40-40 about'],
    ['Roughly 60 guests were evacuated.', 'displaced guests 60-60 about'],
    ['An estimated 300 residents fled.', 'displaced civilians 300-300 about'],
    ['At least 30 soldiers were killed.', 'killed security_forces 30-null at_least'],
    ['More than 100 passengers were injured.', 'injured passengers 100-null at_least'],
    ['The attack left 30+ people dead.', 'killed people 30-null at_least'],
    ['No fewer than 9 hostages were freed.', 'freed hostages 9-null at_least'],
    ['Up to 70 people may have drowned.', 'killed people null-70 at_most'],
    ['Nearly 20 children were hurt.', 'injured children null-20 at_most'],
    ['As many as 15 guards were abducted.', 'held security_forces null-15 at_most'],
    ['Between 70 and 80 people were rescued.', 'freed people 70-80 range'],
    ['Some 70-80 people were pulled out alive.', 'freed people 70-80 range'],
    ['Police said 70 to 80 people were arrested.', 'arrested people 70-80 range'],
    ['About a dozen fishermen are missing.', 'missing fishermen 12-12 about'],
    ['Maybe 40 of us were still inside.', 'present people 40-40 about'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
});

describe('vague quantities', () => {
  const cases: Array<[string, string]> = [
    ['Multiple travellers were wounded.', 'injured passengers 2-null vague'],
    ['Several soldiers died.', 'killed security_forces 3-9 vague'],
    ['A few hostages escaped.', 'freed hostages 2-5 vague'],
    ['A handful of miners were rescued.', 'freed miners 2-5 vague'],
    ['Dozens of people were injured.', 'injured people 24-99 vague'],
    ['Scores of villagers were killed.', 'killed civilians 40-99 vague'],
    ['Hundreds of families lost homes and thousands of people were displaced.', 'displaced people 2000-9999 vague'],
    ['Tens of thousands of residents were evacuated.', 'displaced civilians 20000-99999 vague'],
    ['Many passengers were hurt.', 'injured passengers 10-null vague'],
    ['"Dozens" of injured fans lay on the floor.', 'injured fans 24-99 vague'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
});
