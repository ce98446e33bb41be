// A text read alone (`sitrep extract --json <file>`, no publish date): earlier incidents mentioned for
// context must still be scope "other", from the dates the text itself gives.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/document.js';
import { textReference } from '../../src/extract/scope.js';
import { figures } from './helpers.js';

/** "measure value" of the figures marked scope other, read with no metadata. */
const other = (text: string): string[] =>
  figures(text).filter((c) => c.scope === 'other').map((c) => `${c.measure} ${c.value.low}`);

describe('scope other without a publish date', () => {
  it.each([
    ['A van bomb hit a checkpoint on Monday, killing nine soldiers. In 2018, a similar blast on the same road killed 40.', ['killed 40']],
    ['Seven miners died in the flooded shaft. It was the worst accident at the pit since a 2016 fire that killed 22 workers.', ['killed 22']],
    ['KOTA, Oct 4 (Plains Wire) - Floodwater drowned 11 people overnight. In June, a cloudburst in the same valley killed 30.', ['killed 30']],
    ['LAGOS, Sept. 21 (Coast News) - Gunmen abducted 14 travellers. Police said 60 people had been kidnapped on the highway since March.', ['held 60']],
    ['Nine hikers died in the avalanche. In January, an avalanche on the same slope killed four skiers.', ['killed 4']],
    ['Ambushers killed five rangers on 3 May 2024 near the river. Rangers have been attacked there before: in 2021, two were shot dead.', ['killed 2']],
  ])('%s', (text, expected) => {
    expect(other(text)).toEqual(expected);
  });

  it.each([
    // the incident's own full date is not an earlier one
    'On 14 February 2025, gunmen killed six farmers in their fields near the border.',
    // a month without a day names no reference, so "in March" stays this incident's
    'The ferry capsized in March with 70 people aboard; 12 drowned.',
    // "In March, the ..." goes on with this incident
    'In March, the rebels seized the town and killed 25 civilians, the report said.',
    // the same month as the dateline is this incident
    'DHAKA, July 9 (Delta Wire) - In July, 16 people have died of the fever in the camp, officials said.',
  ])('%s keeps its figures', (text) => {
    expect(other(text)).toEqual([]);
  });
});

describe('textReference', () => {
  it.each([
    ['ISLAMABAD, March 12 (Wire) - ...', { year: NaN, month: 3 }],
    ['On 9 January at 03:20, a blast ... In 2019 four died.', { year: NaN, month: 1 }],
    ['On 6 July 2025, armed men ... Earlier, on March 2, 2024, ...', { year: 2025, month: 7 }],
    ['Sept. 14 - ...', { year: NaN, month: 9 }],
    ['The May 2020 storm and the storm in May', { year: NaN, month: NaN }],
  ])('%s', (text, expected) => {
    expect(textReference(tokenize(text))).toEqual(expected);
  });
});
