// Official event narratives (police and army incident write-ups): the way they count people, in our own words.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { rows } from './helpers.js';

describe('official event narratives', () => {
  it.each<[string, string]>([
    ['Two men were shot near the depot; one was pronounced deceased at the scene.', 'killed men 1-1 exact'],
    ['Both casualties were taken to the county hospital, where one was pronounced dead.', 'killed people 1-1 exact'],
    ['Upon arrival, deputies found three adult females suffering from stab wounds.', 'injured women 3-3 exact'],
    ['One trooper was killed and four others were wounded when the column came under fire.', 'injured security_forces 4-4 exact'],
    ['The unit neutralised 6 insurgents and seized 2 motorcycles.', 'killed attackers 6-6 exact'],
    ['A total of 9 persons sustained injuries and were evacuated to the general hospital.', 'injured people 9-9 exact'],
    ['Crews rescued 12 occupants from the upper floors; 3 occupants were pronounced dead at the scene.', 'killed occupants 3-3 exact'],
  ])('%s', (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
});

describe('offices by their abbreviation, alone in a bracket', () => {
  it.each([
    ['14 passengers rescued (DC Kohistan).', 'DC Kohistan'],
    ['2 suspects held (DPO Kurram).', 'DPO Kurram'],
    ['5 constables wounded (SSP Jalisco).', 'SSP Jalisco'],
  ])('%s', (text, name) => {
    const [c] = extract(text).claims.filter((x) => x.type === 'figure');
    expect(c.source).toMatchObject({ name, kind: 'official' });
  });
});
