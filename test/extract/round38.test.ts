// Round 38: figures about other incidents and wider tallies (scope "other"), read off the development set's missed
// marks as a whole rather than one set's misses: a war's or a coup's running toll, blurred earlier years, long past
// periods, spans of weeks to years after an earlier event, seasons back, comparisons, "in the month of" and "in the
// year" of translated reports, and perfect tallies that run to "this year"; the body's repeats of a summing-up list of
// bullets under a heading ("HIGHLIGHTS", "Key points"); and the injured that a clause says are cared for ("two were
// taken to hospital") as a part of the injured just counted; and "N more" adding to a toll given paragraphs before.
// Every sentence is new.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

/** Each figure as "value" or "value<total" when it is a part of the figure with that value. */
function partsOf(text: string): string[] {
  const all = figures(text, meta);
  return all.map((c) => {
    const total = all.find((t) => t.id === c.parts_of);
    return total ? `${c.value.low}<${total.value.low}` : `${c.value.low}`;
  });
}

const meta = { outlet: 'Test Wire', published: '2026-11-28T10:00:00Z' };

/** "other" when the figure whose evidence starts with `at` is marked scope other, else "this". */
function scopeAt(text: string, at: string): string {
  const f = figures(text, meta).find((c) => text.slice(c.span.start).startsWith(at));
  if (!f) throw new Error(`no figure at "${at}" in: ${text}`);
  return f.scope === 'other' ? 'other' : 'this';
}

function scopes(name: string, cases: Array<[string, string, 'other' | 'this']>): void {
  describe(name, () => {
    it.each(cases)('%s', (text, at, want) => {
      expect(scopeAt(text, at)).toBe(want);
    });
  });
}

scopes('a tally since a war, its hostilities or a coup began', [
  ['Since the start of the civil war, the monitors have confirmed 6,300 civilian deaths.', '6,300', 'other'],
  ['Relief agencies say 212 aid workers have been killed since the war broke out.', '212', 'other'],
  ['Close to 2 million people have fled their homes since the coup, the agency said.', 'Close to 2 million', 'other'],
  ['The ministry said the toll since hostilities resumed had reached 318.', '318', 'other'],
  // this week's flare-up, dated by a weekday
  ['Medics said 41 people had died since the war resumed on Sunday.', '41', 'this'],
  // the fighting of this incident, not a war
  ['The clinic has treated 37 people since the fighting began, among them 12 soldiers.', '37', 'this'],
]);

scopes('a blurred earlier year after "in"', [
  ['In late 2021, a similar flood displaced some 14,000 people in the valley.', 'some 14,000', 'other'],
  ['In spring 2023, a fire in the old market left 9 people dead.', '9 people', 'other'],
  ['In mid-2024 the same road saw 11 travellers killed in one week.', '11', 'other'],
  // "since early" dates an outbreak's or a siege's own running toll
  ['The outbreak has killed 52 people since early October, health officials said.', '52', 'this'],
]);

scopes('a tally over the past months or years, not weeks', [
  ['Some 27 people have drowned at the crossing in the last four months, the council said.', 'Some 27', 'other'],
  ['Residents said the bend had claimed dozens of lives over the past few years.', 'dozens', 'other'],
  ['Local officials said more than 40 people were murdered in the district in the past months.', 'more than 40', 'other'],
  ['About 9,000 people have arrived at the camp in the past two weeks.', 'About 9,000', 'this'],
]);

scopes('weeks, months or years after an earlier event', [
  ['The bombing came two years after a truck bomb at the same gate killed 31 people.', '31', 'other'],
  ['The raid comes a week after soldiers killed 6 rebels near the river.', '6 rebels', 'other'],
  ['The crash happened three months after a minibus plunged into the gorge, killing 14 passengers.', '14', 'other'],
  // a count of this incident before the span
  ['The blast killed 23 people, two years after the bombing of the old market.', '23', 'this'],
]);

scopes('seasons back, a season\'s toll every year, and comparisons', [
  ['Last summer, a blaze in the same forest forced 2,100 residents to leave.', '2,100', 'other'],
  ['Carbon monoxide from braziers kills scores of people in the region every winter.', 'scores', 'other'],
  ['For comparison, the October report coded 16 fatalities.', '16', 'other'],
  ['The toll is comparable to the 2019 stampede, which killed about 70.', 'about 70', 'other'],
  ['Previous incident on this stretch: two guards shot dead at the weighbridge.', 'two', 'other'],
]);

scopes('the month and the year as translated reports name them', [
  ['It is to be recalled that in the month of August, gunmen kidnapped 12 farmers in the same ward.', '12', 'other'],
  ['It is worth mentioning that in the year 2022 more than 40 villagers lost their lives in similar floods.', 'more than 40', 'other'],
  ['Since the month of March, the armed men have abducted 55 persons along the river.', '55', 'other'],
  ['The study counted 310 deaths in mine collapses in the province between 2012 and 2024.', '310', 'other'],
  // the month of the report itself
  ['In the month of November, the bandits abducted 19 persons from the village on Tuesday night.', '19', 'this'],
]);

scopes('a perfect tally that runs to "this year"', [
  ['The rights office had recorded 8 people killed by mobs in the province this year.', '8 people', 'other'],
  ['Nationwide, 41,000 patients have been admitted with malaria this year.', '41,000', 'other'],
  // "this year" that dates no tally
  ['Gunmen killed 12 villagers on Friday, in the third such raid this year.', '12', 'this'],
]);

describe('a list of bullets under a summing-up heading is said again by the body', () => {
  const sitrep = [
    'ZAMBEZIA: Floods in Mopeia district',
    'Flash Update No. 2 (12 March 2026)',
    '',
    'HIGHLIGHTS',
    '- At least 17 people dead and 6 still missing after the Zambezi burst its banks.',
    '- 4,250 people displaced; shelter and clean water are the first needs.',
    '',
    'SITUATION OVERVIEW',
    'The district administration said at least 17 people had died, most of them swept away at night.',
    'Six people are still missing near Mopeia town.',
    'Some 4,250 people have left their homes for 11 accommodation centres.',
  ].join('\n');
  const repeatOf = (text: string, at: string, nth = 1): string | undefined => {
    let from = -1;
    for (let n = 0; n < nth; n++) from = text.indexOf(at, from + 1);
    const f = figures(text, meta).find((c) => c.span.start <= from && from < c.span.end);
    if (!f) throw new Error(`no figure at "${at}"`);
    return f.repeat_of;
  };
  it('the body\'s toll, missing and displaced repeat the bullets', () => {
    expect(repeatOf(sitrep, 'at least 17 people had died')).toBeDefined();
    expect(repeatOf(sitrep, 'Six people')).toBeDefined();
    expect(repeatOf(sitrep, 'Some 4,250')).toBeDefined();
    expect(repeatOf(sitrep, 'At least 17')).toBeUndefined();
  });
  it('bullets under a heading that sums nothing up are figures of their own', () => {
    const text = sitrep.replace('HIGHLIGHTS', 'RESPONSE BY DISTRICT');
    expect(repeatOf(text, 'Some 4,250')).toBeUndefined();
  });
});

describe('a bare count of the injured cared for somewhere is a part of the injured total of its sentence', () => {
  it.each([
    ['Six miners were treated for burns at the pit head; two were taken to hospital in Kitwe.', ['6', '2<6']],
    ['Three volunteers suffered cuts during the clean-up, and one was admitted overnight.', ['3', '1<3']],
    ['The clinic said 44 people hurt in the crush had been admitted since Sunday, and 29 had since been discharged.', ['44', '29<44']],
    ['Twenty-five people were wounded, nine of them by shrapnel; 15 of the wounded were taken to hospital, while six remain in intensive care.',
      ['25', '9<25', '15<25', '6<25']],
  ])('%s', (text, want) => {
    expect(partsOf(text)).toEqual(want);
  });
  it.each([
    // a sibling with no noun of its own is no whole
    ['Some 40 people were injured; 30 were treated at the scene and 10 were taken to hospital.', '10<30'],
    // the next sentence: another tally, perhaps another source's
    ['Twelve people were hurt, the police said. Four were admitted to the regional hospital.', '4<12'],
  ])('%s', (text, unwanted) => {
    expect(partsOf(text)).not.toContain(unwanted);
  });
});

describe('"more" adds to the report\'s earlier figure of its measure, however far back', () => {
  const text = [
    'Flood sweeps through river town; at least 6 dead',
    '',
    'BANJA, May 3 (Test Wire) - A flash flood tore through the river town of Banja overnight, killing at least six people, officials said.',
    '',
    'The district office said 40 houses had been destroyed and 18 people were missing by noon. Volunteers pulled nine people from the water alive.',
    '',
    'About 300 soldiers and volunteers were searching the banks. Two more bodies were found downstream in the afternoon, raising the toll to eight, the mayor said.',
  ].join('\n');
  it('the two more bodies are an increment', () => {
    const f = figures(text, meta).find((c) => text.slice(c.span.start).startsWith('Two more bodies'));
    expect(f?.increment).toBe(true);
  });
  it('"more" after another measure only, in its own sentence, is no increment', () => {
    const f = figures('Gunmen killed 14 villagers and wounded 20 more in the raid.', meta).find((c) => c.value.low === 20);
    expect(f?.increment).toBeUndefined();
  });
});
