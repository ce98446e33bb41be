// Round 13: people who were there (guide: present) that the blind sets dev 386-409 showed missing, each a mechanism
// seen in several texts: a place that held or housed its people, a state or activity at the scene, a crowd or unit
// counted by its size, a crowd shot or gassed at, people who rushed to one spot, a list of responders, an estimate
// of a band. Rows are sentences in our own words and the row ("measure group low-high hedge") the extractor must
// give, or must not give.
import { describe, expect, it } from 'vitest';
import { absent, figures, table } from './helpers.js';

table('a place that held, housed or had people: they were there', [
  ['The jail, designed for 250 people, was holding 912 inmates when the gunmen struck.', 'present inmates 912-912 exact'],
  ['When the fire broke out the prison held 2,040 inmates, twice its capacity.', 'present inmates 2040-2040 exact'],
  ['The headmaster said the school had 412 pupils on the day of the raid.', 'present pupils 412-412 exact'],
  ['The camp, which housed about 6,000 people, was shelled overnight.', 'present people 6000-6000 about'],
  ['Officials said the dormitory was then housing 58 students.', 'present students 58-58 exact'],
]);

absent('people held by a person or band stay held, and a place after a preposition is no holder', [
  ['The kidnappers were holding 14 students in a forest camp.', 'present students 14-14 exact'],
  ['Gunmen at the school held 23 pupils for two days.', 'present pupils 23-23 exact'],
]);

table('a state or activity after "were" puts the counted people at the scene', [
  ['The shell landed in the courtyard where some 200 worshippers were kneeling.', 'present worshippers 200-200 about'],
  ['Some 3,000 fans were seated in the north stand when it gave way.', 'present fans 3000-3000 about'],
  ['Around 60 herders were camped beside the river.', 'present herders 60-60 about'],
]);

table('a clause of time or place with a count in the past progressive: they were there', [
  ['The quarry face collapsed while about 30 workers were loading stone onto trucks.', 'present workers 30-30 about'],
  ['The roof came down as 18 miners were drilling a new gallery.', 'present miners 18-18 exact'],
]);

absent('a progressive of flight or harm is no state of being there', [
  ['The boat capsized as 40 migrants were being transferred to a larger vessel.', 'present migrants 40-40 exact'],
  ['Shots rang out while 12 villagers were fleeing the market.', 'present civilians 12-12 exact'],
]);

table('a crowd or unit counted by its size', [
  ['A procession of roughly 5,000 mourners followed the coffins.', 'present mourners 5000-5000 about'],
  ['A congregation of about 400 people had filled the chapel.', 'present people 400-400 about'],
  ['The search was led by a team of 60 rescuers from the capital.', 'present rescuers 60-60 exact'],
  ['A unit of 45 soldiers reached the village at dawn.', 'present security_forces 45-45 exact'],
]);

table('the people shots, gas or stones were aimed at were there', [
  ['Riot police fired tear gas and rubber bullets at several hundred students outside the campus.', 'present students 300-900 vague'],
  ['Soldiers opened fire on about 500 demonstrators near the bridge.', 'present demonstrators 500-500 about'],
]);

absent('a count of rounds before the crowd is not the crowd', [
  ['Troops fired at least 30 rounds at 40 protesters.', 'present protesters 40-40 exact'],
]);

table('people who rushed or flocked to one spot were there', [
  ['Hundreds of villagers, many carrying jerrycans, rushed to the overturned tanker.', 'present civilians 200-999 vague'],
  ['Thousands of pilgrims flocked to the shrine for the festival.', 'present pilgrims 2000-9999 vague'],
]);

absent('being rushed to hospital is a move of the injured', [
  ['Nine wounded men were rushed to the district hospital.', 'present men 9-9 exact'],
]);

table('a list of responders closed by "and" is one count of people', [
  ['About 200 soldiers, nurses and volunteers were mobilised after the landslide.', 'present people 200-200 about'],
  ['Some 90 police officers, firefighters and Civil Defence workers were deployed to the market.', 'present people 90-90 about'],
]);

table('an estimate of a band set off after its noun, whatever they came on', [
  ['Troops repelled the raiders, estimated at about eighty on motorbikes.', 'present attackers 80-80 about'],
]);

describe('"of them" in a critical condition picks out of the injured, not the crowd that was there', () => {
  it('keeps the injured total as the whole', () => {
    const text = 'The bomb went off in a hall where about 250 men were praying. Doctors said 31 of the wounded were ' +
      'admitted and that six of them were in critical condition.';
    const f = figures(text);
    const six = f.find((c) => c.value.low === 6);
    const whole = f.find((c) => c.value.low === 31);
    expect(six?.measure).toBe('injured');
    expect(six?.group).toBe('people');
    expect(six?.parts_of).toBe(whole?.id);
  });
});

table('"<verb> the number of <people> at N" estimates how many there were', [
  ['Witnesses put the number of raiders at about 70.', 'present attackers 70-70 about'],
  ['The army estimated the number of gunmen at between 12 and 15.', 'present attackers 12-15 range'],
]);

absent('the number of the dead at N is a toll, not a crowd', [
  ['Local leaders put the number of dead at 35.', 'present people 35-35 exact'],
]);

table('in a report about a boat, the people who set out from a port or coast were aboard', [
  ['The dinghy overturned at night. Survivors said 62 people had left the Tunisian coast on Monday.', 'present people 62-62 exact'],
  ['The wooden boat sank off Lampedusa. Some 120 migrants had departed from Zuwara two days before.', 'present migrants 120-120 about'],
]);

absent('people who left a town, with no boat in the report, are no passengers', [
  ['Lava reached the outskirts overnight. Thousands of residents had left Goma by Friday.', 'present civilians 2000-9999 vague'],
]);

table('people who protested were at the protest', [
  ['Roughly 400 dock workers marched to the port authority on Monday.', 'present workers 400-400 about'],
  ['About 120 teachers demonstrated outside the education ministry.', 'present teachers 120-120 about'],
  ['Some 2,000 people took part in a march against the new levy.', 'present people 2000-2000 about'],
  ['Around 70 traders took to the streets after the market was closed.', 'present traders 70-70 about'],
  ['Close to 300 farmers held a sit-in at the district office.', 'present farmers null-300 at_most'],
  ['About 45 nurses staged a two-day protest over unpaid wages.', 'present nurses 45-45 about'],
]);

absent('holding an event is no holding of people, and captors still hold', [
  ['Close to 300 farmers held a sit-in at the district office.', 'held farmers null-300 at_most'],
]);

table('captors holding people stay held', [
  ['Gunmen held 18 passengers at a roadblock for two days.', 'held passengers 18-18 exact'],
]);

table('verbs of coming together after a counted subject, like "gathered"', [
  ['Roughly 250 supporters of the former mayor assembled outside the court.', 'present supporters 250-250 about'],
]);

table('bare "personnel" of a rescue or relief effort are personnel', [
  ['The provincial search and rescue office sent about 220 personnel to the landslide.', 'present personnel 220-220 about'],
  ['A team of 48 personnel of the disaster response force was digging through the rubble.', 'present personnel 48-48 exact'],
]);

table('"personnel" sent by a force, or named as security personnel, stay security forces', [
  ['The army deployed about 90 personnel to the border town.', 'present security_forces 90-90 about'],
  ['The rescue was helped by a team of 40 security personnel.', 'present security_forces 40-40 exact'],
]);

describe('marchers after another incident are not its people', () => {
  const text = 'A five-storey garment factory collapsed near the capital on Wednesday, killing at least 90 workers, ' +
    'police said. Rescuers worked through the night to reach people trapped under the slabs. Hundreds of relatives ' +
    'waited at the site for news. On Thursday thousands of textile workers marched through the industrial zone ' +
    'demanding the arrest of the owner.';
  it('codes no present workers for the march', () => {
    expect(figures(text).filter((c) => c.measure === 'present' && c.group === 'workers')).toEqual([]);
  });
  it('still codes the collapse', () => {
    expect(figures(text).some((c) => c.measure === 'killed' && c.value.low === 90)).toBe(true);
  });
});

describe('in a report about a protest, marchers later in it are its people', () => {
  const text = 'Police used tear gas on protesters in the port city on Friday, a rights group said. The unrest began ' +
    'when the council raised market fees. By noon about 600 traders had marched to the council offices.';
  it('codes the marchers as present', () => {
    expect(figures(text).some((c) => c.measure === 'present' && c.group === 'traders' && c.value.low === 600)).toBe(true);
  });
});

describe('people who came to the site later in a report on something else are no count of who was there', () => {
  const text = 'A fuel depot exploded on the edge of the town on Sunday, killing 14 people, the fire service said. ' +
    'Firefighters fought the blaze for six hours. Hundreds of relatives rushed to the depot in the evening.';
  it('codes no present relatives', () => {
    expect(figures(text).filter((c) => c.measure === 'present' && c.value.low === 200)).toEqual([]);
  });
  it('but those who had rushed there before it happened were there', () => {
    const before = 'A fuel tanker overturned on the highway on Sunday and later exploded, killing 22 people, police ' +
      'said. Officers had closed the road. Witnesses said hundreds of residents had rushed to the tanker to collect fuel.';
    expect(figures(before).some((c) => c.measure === 'present' && c.value.low === 200)).toBe(true);
  });
});
