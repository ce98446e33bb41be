// Structure of figures in lists, bulletins and coder notes: labelled parts, "of which", increments that only
// contrast, groups a party names, zero claims and facilities that are not people. Sentences in our own words.
import { describe, expect, it } from 'vitest';
import { figures, row, rows } from './helpers.js';

/** Rows with the index of the total each part belongs to ("killed men 50-50 exact <0"). */
function linked(text: string): string[] {
  const fs = figures(text);
  const index = new Map(fs.map((f, i) => [f.id, i]));
  return fs.map((f) => row(f) + (f.parts_of ? ` <${index.get(f.parts_of)}` : '') + (f.increment ? ' +' : ''));
}

describe('labelled list items are parts of their total', () => {
  it.each([
    ['Deaths: 57 (male 31, female 26)', ['killed people 57-57 exact', 'killed men 31-31 exact <0', 'killed women 26-26 exact <0']],
    ['Injured: 40 (soldiers 12, civilians 28)',
      ['injured people 40-40 exact', 'injured security_forces 12-12 exact <0', 'injured civilians 28-28 exact <0']],
    ['Bodies recovered: 19 (male 11, female 6, unidentified 2)',
      ['killed people 19-19 exact', 'killed men 11-11 exact <0', 'killed women 6-6 exact <0', 'killed people 2-2 exact <0']],
  ])('%s', (text, expected) => {
    expect(linked(text)).toEqual(expected);
  });
});

describe('"of which" / "of whom" introduce parts', () => {
  it.each([
    ['Total deaths 38, of which 9 children.', 'killed children 9-9 exact <0'],
    ['The floods killed 140 people, of whom 52 were women.', 'killed women 52-52 exact <0'],
  ])('%s', (text, expected) => {
    expect(linked(text)).toContain(expected);
  });
});

describe('"more" / "another" against a figure of another measure is not an increment', () => {
  it.each([
    ['The raid killed 8 guards and wounded 20 more.', 'injured security_forces 20-20 exact'],
    ['Six bodies were pulled out. Another 9 workers were carried out injured.', 'injured workers 9-9 exact'],
  ])('%s', (text, expected) => {
    expect(linked(text)).toContain(expected);
  });
  it('an increment of the same measure stays one', () => {
    // (the increment adds more of the same people: miners, guide "more" / "another")
    expect(linked('Four miners died on Monday. Another 3 died overnight.')).toContain('killed miners 3-3 exact +');
  });
});

describe('attackers counted without a verb of harm are present', () => {
  it.each([
    ['Five gunmen stormed the clinic at noon.', 'present attackers 5-5 exact'],
    ['A group of about 30 militants crossed the river.', 'present attackers 30-30 about'],
  ])('%s', (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
  it('"militant factions" are not militants', () => {
    expect(rows('Several militant factions merged last year.')).toEqual([]);
  });
});

describe('groups a party names', () => {
  it.each([
    ['Three of our brothers were martyred, the group said.', 'killed attackers 3-3 exact'],
    ['Two of our comrades were slightly hurt.', 'injured attackers 2-2 exact'],
    ['The statement said 14 of the occupiers were killed.', 'killed security_forces 14-14 exact'],
  ])('%s', (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
});

describe('labels and bulletin lines', () => {
  it.each([
    ['Hostages: 31', 'held hostages 31-31 exact'],
    ['Arrests: 6', 'arrested people 6-6 exact'],
    ['Evacuated: approx. 2,500', 'displaced people 2500-2500 about'],
    ['No arrests were reported.', 'arrested people 0-0 exact'],
    ['12 admitted, 4 discharged.', 'injured people 12-12 exact'],
    ['Scores missing after the dam gave way.', 'missing people 40-99 vague'],
  ])('%s', (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
});

describe('facilities next to people are not figures', () => {
  it('"at four hospitals"', () => {
    expect(rows('Medics were treating the 60 injured at four hospitals.')).toEqual(['injured people 60-60 exact']);
  });
});

describe('"others" takes the group of the total, not of its parts', () => {
  it('skips the parts of a breakdown', () => {
    expect(rows('The crush killed 14 pilgrims, including 6 women, and injured more than 40 others.'))
      .toContain('injured pilgrims 40-null at_least');
  });
});

describe('one verb governs a noun phrase and a number', () => {
  it.each([
    ['Bandits kidnapped a pastor and 3 congregants.', 'held congregants 3-3 exact'],
    ['The shelling killed a nurse and four patients.', 'killed patients 4-4 exact'],
  ])('%s', (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
});

describe('relative clauses and conditions', () => {
  it.each([
    ['Activists urged the release of 9 aid workers who remain in captivity.', 'held workers 9-9 exact'],
    ['Medics freed 6 miners who remain in hospital.', 'freed miners 6-6 exact'],
    ['The hostages, numbering 26, were moved to a second camp.', 'held hostages 26-26 exact'],
  ])('%s', (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
  it('"only if 10 prisoners were released" is a condition', () => {
    expect(rows('They would free the crew only if 10 prisoners were released.')).toEqual([]);
  });
});

describe('prisoners who escape are other; recaptured ones are arrested', () => {
  it.each([
    ['About 300 inmates escaped when the wall fell.', 'other inmates 300-300 about'],
    ['Police said 41 had been recaptured by Sunday.', 'arrested people 41-41 exact'],
    ['Two remain in detention.', 'arrested people 2-2 exact'],
  ])('%s', (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
});

describe('rates are not counts', () => {
  it('"40,000 passengers a day"', () => {
    expect(rows('The terminal handles 40,000 passengers a day.')).toEqual([]);
  });
});

describe('"N of the M <noun>": M is a claim when it is new', () => {
  it.each([
    ['312 of the 540 people aboard are unaccounted for.', ['missing people 312-312 exact', 'present people 540-540 exact']],
    ['Crews rescued 61 of the 88 miners working in the pit.', ['freed miners 61-61 exact', 'present miners 88-88 exact']],
  ])('%s', (text, expected) => {
    for (const e of expected) expect(rows(text)).toContain(e);
  });
  it('a whole that repeats the total just given is not claimed again', () => {
    expect(rows('The fire killed nine people; five of the nine dead were children.'))
      .toEqual(['killed people 9-9 exact', 'killed children 5-5 exact']);
  });
});

describe('bulletin and translated phrasing', () => {
  it.each([
    ['Additionally 4 persons were rescued and brought to the clinic.', 'freed people 4-4 exact'],
    ['All 31 pupils and their three teachers are safe.', 'freed pupils 31-31 exact'],
    ['Fire crews cut 3 people free from the cab.', 'freed people 3-3 exact'],
    ['As a result, 8 persons received bodily injuries of various degrees.', 'injured people 8-8 exact'],
    ['People in need of shelter: approx. 9,000', 'displaced people 9000-9000 about'],
    ['Five climbers have yet to be found.', 'missing climbers 5-5 exact'],
    ['Fifteen abductees were freed on Tuesday.', 'freed hostages 15-15 exact'],
  ])('%s', (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
});

describe('updates that add to an earlier figure of the same measure', () => {
  it.each([
    ['Five people died on Friday. Two other people died in hospital overnight.', 'killed people 2-2 exact +'],
    ['Deaths so far: 40. Last 24 hours: 6 deaths.', 'killed people 6-6 exact +'],
  ])('%s', (text, expected) => {
    expect(linked(text)).toContain(expected);
  });
  it('"other" with another group is a contrast, not an increment', () => {
    expect(linked('All 12 toddlers were carried out. About 90 other pupils were led out.'))
      .toContain('freed pupils 90-90 about');
  });
  it('a first report "in the past 24 hours" is not an increment', () => {
    expect(linked('Crews rescued 40 people in the past 24 hours.')).toEqual(['freed people 40-40 exact']);
  });
});

describe('repeats of a rounded headline figure', () => {
  it('"past 300" in the headline, 318 in the body', () => {
    const fs = figures('Flood toll climbs past 300 in river valley\n\nThe number of people killed has risen to 318, officials said.');
    expect(fs).toHaveLength(2);
    expect(fs[1].repeat_of).toBe(fs[0].id);
  });
});

describe('verbs that also take things count people only with a people noun', () => {
  it.each([
    'The army held 3 meetings with elders.',
    'Police seized 40 rifles and 12 motorbikes.',
    'The group released 2 videos on Sunday.',
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
  it('"seized 6 engineers" is a figure', () => {
    expect(rows('Kidnappers seized 6 engineers.')).toContain('held engineers 6-6 exact');
  });
});
