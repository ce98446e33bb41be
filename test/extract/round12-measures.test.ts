// Round 12: measures, groups, values and structure that the blind set dev 374-385 showed missing, each a mechanism
// seen in several texts (nationality breakdowns, harm and death phrases, casualty lists with an aside, shelter and
// rescue states). Rows are sentences in our own words and the row ("measure group low-high hedge") the extractor
// must give, or must not give.
import { describe, expect, it } from 'vitest';
import { absent, figures, table } from './helpers.js';

describe('a nationality breakdown is a part of the count before it', () => {
  const cases: Array<[string, number, string, string]> = [
    // [text, total value, measure, group] — every nationality item is a part of that total
    ['All twelve crew members, 9 Bangladeshis and three Egyptian nationals, were released on Monday.', 12, 'freed', 'crew'],
    ['The ship had 17 crew, 10 Filipinos, 5 Ukrainians and 2 Croatian officers, aboard when it was boarded.', 17, 'present', 'crew'],
    ['Police said 25 people, 11 Ghanaians and 14 Togolese nationals, were arrested at the border post.', 25, 'arrested', 'people'],
    ['Gunmen stopped a minibus with 14 passengers - 8 Peruvians, four Bolivians and two Chileans - near the pass.', 14, 'present', 'passengers'],
  ];
  it.each(cases)('%s', (text, total, measure, group) => {
    const f = figures(text);
    const whole = f.find((c) => c.value.low === total);
    expect(whole?.measure).toBe(measure);
    const parts = f.filter((c) => c.parts_of === whole?.id);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const p of parts) expect([p.measure, p.group]).toEqual([measure, group]);
  });

  it('"seized 7 of its 19 crew (4 Indian, 3 Sri Lankan)": the items break down the 7 the verb governs', () => {
    const f = figures('Raiders boarded the trawler and seized 7 of its 19 crew (4 Indian, 3 Sri Lankan and the captain), the agency said.');
    const held = f.find((c) => c.value.low === 7);
    expect(held?.measure).toBe('held');
    const parts = f.filter((c) => c.parts_of !== undefined);
    expect(parts.map((p) => [p.value.low, p.measure, p.parts_of])).toEqual([[4, 'held', held?.id], [3, 'held', held?.id]]);
  });
});

absent('a nationality item keeps the total\'s group, not its own noun', [
  ['All twelve crew members, 9 Bangladeshis and three Egyptian nationals, were released on Monday.', 'freed nationals 3-3 exact'],
  ['All twelve crew members, 9 Bangladeshis and three Egyptian nationals, were released on Monday.', 'freed bangladeshis 9-9 exact'],
]);

table('a wound in a part of the body is an injury; "shot dead" stays a death', [
  ['One deckhand was shot in the thigh as the raiders left.', 'injured crew 1-1 exact'],
  ['Three guards were shot dead and two others were shot in the legs.', 'injured security_forces 2-2 exact'],
  ['Three guards were shot dead and two others were shot in the legs.', 'killed security_forces 3-3 exact'],
  ['Two marchers were hit in the head by rubber bullets, organisers said.', 'injured marchers 2-2 exact'],
  ['Four soldiers were shot in the chest and died on the way to the base.', 'killed security_forces 4-4 exact'],
]);

table('a rescue "with injuries" names the injured', [
  ['Eight miners rescued with injuries were flown to the city.', 'injured miners 8-8 exact'],
  ['By noon 6 workers had been pulled out with injuries.', 'injured workers 6-6 exact'],
]);

table('a hospital\'s deaths: brought in dead, dead on arrival, died during treatment', [
  ['The clinic saw 120 patients with burns, of whom 9 were brought in dead or died during treatment.', 'killed patients 9-9 exact'],
  ['Four of the victims were dead on arrival at the district hospital.', 'killed people 4-4 exact'],
  ['Of those admitted, two died during treatment overnight.', 'killed people 2-2 exact'],
]);

table('medics attending to people at a scene treat the injured', [
  ['Ambulance crews attended to about 70 people at the stadium, most for bruises.', 'injured people 70-70 about'],
]);

table('a casualty list carries its group past an "of whom" aside', [
  ['On our side: six (6) soldiers killed, eleven (11) wounded, of whom two (2) seriously, and four (4) missing.', 'missing security_forces 4-4 exact'],
  ['Three policemen died, 12 were hurt, including four critically, and two are missing.', 'missing security_forces 2-2 exact'],
]);

table('shelter and rescue states', [
  ['Officials said about 9,000 villagers had been moved to 40 flood shelters on higher ground.', 'displaced civilians 9000-9000 about'],
  ['Some 600 people were shifted to relief camps overnight.', 'displaced people 600-600 about'],
  ['The council turned the gymnasium into a shelter, where 35 residents from the flooded streets are staying.', 'displaced civilians 35-35 exact'],
  ['Army boats took 210 people off rooftops in the low-lying wards.', 'freed people 210-210 exact'],
  ['A helicopter plucked 12 villagers from the roofs of their houses.', 'freed civilians 12-12 exact'],
]);

absent('a place that is no shelter does not displace', [
  ['Two suspects were taken to the police camp for questioning.', 'displaced suspects 2-2 exact'],
  ['Five patients were moved to the health centre in town.', 'displaced patients 5-5 exact'],
  ['Officials said 40 flood shelters had been opened.', 'displaced people 40-40 exact'],
]);

table('a count set off to sum up the people just named says how many were there', [
  ['Firefighters, paramedics and soldiers, totalling 140 people, are still working at the site.', 'present people 140-140 exact'],
]);

table('"of whom N" with a verb of another measure keeps the total\'s people', [
  ['The ward took in 95 patients with burns over two days, of whom 6 were brought in dead.', 'killed patients 6-6 exact'],
]);

absent('what a share of the dead suffered only describes the dead', [
  ['Rescuers said 27 bodies had been pulled from the collapsed hall, many of them crushed beyond recognition.', 'killed people 10-null vague'],
  ['The fire killed 20 people, many of them burned beyond recognition, and injured 40.', 'killed people 10-null vague'],
]);

absent('arms named by their model are no people', [
  ['The army said it recovered weapons, including 9 AK-47 rifles and three machine guns.', 'held attackers 9-9 exact'],
  ['Troops seized four AK-47s from the hideout.', 'arrested people 4-4 exact'],
]);

table('a move to a place of care named other than "hospital" is an injury', [
  ['Of the injured, 7 were referred to the state trauma centre.', 'injured people 7-7 exact'],
  ['Two were rushed to a clinic near the market.', 'injured people 2-2 exact'],
]);

describe('a count coordinated after an "of whom" part is a further part', () => {
  it('"admitted 300 patients, of whom 90 remain ... and 8 have been referred": both parts of the 300', () => {
    const f = figures('The hospital admitted 300 patients with heatstroke, of whom 90 remain under treatment and 8 have been referred to the medical college.');
    const total = f.find((c) => c.value.low === 300);
    const parts = f.filter((c) => c.parts_of === total?.id).map((c) => [c.value.low, c.measure, c.group]);
    expect(parts).toEqual([[90, 'injured', 'patients'], [8, 'injured', 'patients']]);
  });
});

table('forces sent with other things, or as reinforcements, are present', [
  ['The brigade deployed six armoured cars and some 90 soldiers to the valley.', 'present security_forces 90-90 about'],
  ['Reinforcements of 75 police officers arrived overnight.', 'present security_forces 75-75 exact'],
]);

table('people living at a place, in the inverted order of translated reports', [
  ['According to first data, in the two blocks at the time of the blast lived 54 persons.', 'present people 54-54 exact'],
]);

absent('"who lived nearby" is no count of its own', [
  ['Three people who lived nearby were killed by the blast.', 'present people 3-3 exact'],
]);
