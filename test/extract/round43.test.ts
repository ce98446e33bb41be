// Round 43: read off three blind sets after their blind scores (F304: verification desks checking tolls that go round
// online; F307: rights groups' reports on crackdowns; F308: local crime and shooting news): posts with no poster speak
// for nobody, a news outlet naming itself speaks in its own voice, people held in a crackdown are in custody, people
// evacuated from around a standoff are displaced, Mounties are police, a craft named after its noun picks people up.
// Every sentence is new.
import { describe, expect, it } from 'vitest';
import { absent, figures, sourceOf, table } from './helpers.js';

describe('posts going round', () => {
  it('a post nobody is named for speaks as unnamed', () => {
    const text = 'A widely shared post on X claimed 75 people had died in the blast.';
    expect(sourceOf(text, '75', 'Delta Check')).toBe('widely shared post on X (unnamed)');
  });
  it('a clip from a platform, with no poster, is unnamed too', () => {
    const text = 'A TikTok clip viewed two million times claims 120 were buried under the mud.';
    expect(sourceOf(text, '120', 'Delta Check')).toMatch(/\(unnamed\)$/);
  });
  it('an account that supports a side is nobody\'s', () => {
    const text = 'A pro-government account claimed that 9 fighters were killed near the bridge.';
    expect(sourceOf(text, '9', 'Delta Check')).toMatch(/\(unnamed\)$/);
  });
  it('a video posted by a named party is that party\'s', () => {
    const text = 'A video posted by the Northern Front claimed 30 soldiers were killed at the checkpoint.';
    expect(sourceOf(text, '30', 'Delta Check')).toMatch(/Northern Front \(militant\)$/);
  });
});

describe('the outlet naming itself', () => {
  it('the last word of its name, written as a name, is the outlet', () => {
    const text = 'Police said three people were hurt.\n\nThe Courier can confirm that at least eight people died.';
    expect(sourceOf(text, 'at least eight', 'The Lakeside Courier')).toBe('The Lakeside Courier (media)');
  });
  it('its desk is the outlet', () => {
    const text = 'Officials gave no toll.\n\nThe verification desk could confirm at least 17 deaths from the hospital records.';
    expect(sourceOf(text, 'at least 17', 'Horn Wire')).toBe('Horn Wire (media)');
  });
  it('a staff byline is no issuer', () => {
    const text = 'Fact check: old photos used for new flood\n\nBy Our Staff Reporter\n\nMIRPUR: At least 22 people have drowned in the district.';
    expect(sourceOf(text, 'At least 22', 'The Daily Beacon')).toBe('The Daily Beacon (media)');
  });
});

table('held in a crackdown, evacuated around a standoff, Mounties', [
  ['Police arrested hundreds of marchers on Friday. The detainees told lawyers that at least 40 people were held in a sports hall for two days.',
    'arrested people 40-null at_least'],
  ['Police surrounded the flat where the man was barricaded, and about 35 residents were evacuated from nearby houses as the standoff went on.',
    'displaced civilians 35-35 about'],
  ['Two Mounties were hurt when the suspect drove at them.', 'injured security_forces 2-2 exact'],
  ['The trawler Sea Lark picked up nine of the crew from the water.', 'freed crew 9-9 exact'],
]);

describe('held with no crackdown stays held', () => {
  it('captives in a kidnapping report keep their measure', () => {
    const found = figures('Gunmen kidnapped 30 villagers on Monday. Police arrested two suspects, and the villagers are still held in the forest.');
    expect(found.some((f) => f.measure === 'arrested' && f.group === 'villagers')).toBe(false);
  });
});

// The second wave (F310: disaster agencies' tolls in prose and tables; F311: air crashes; F312: prisons).
table('headlines, hits, ages, beatings and harm for', [
  ['3 deputies shot, gunman arrested after chase', 'other security_forces 3-3 exact'],
  ['A man fired from the porch, striking two deputies in the legs.', 'injured security_forces 2-2 exact'],
  ['Two women ages 31 and 35 were hurt.', 'injured women 2-2 exact'],
  ['Five people - four men aged 19, 22 and 30 and a 16-year-old boy - have been charged and remain in custody.', 'arrested people 5-5 exact'],
  ['The prisoners fled after beating three guards with a chair leg.', 'injured security_forces 3-3 exact'],
  ['The militia was blamed for the killing of 40 villagers last year.', 'killed civilians 40-40 exact'],
  ['One (1) PDL died and four (4) PDLs were hurt in the scuffle.', 'killed people 1-1 exact'],
  ['Three of the recaptured prisoners sustained cuts to the head.', 'injured prisoners 3-3 exact'],
]);

absent('not headlines of people hit', [
  ['Officers shot two men near the bridge.', 'other security_forces 2-2 exact'],
  ['The toll is 12 dead, including seven inmates shot while fleeing.', 'other inmates 7-7 exact'],
]);

describe('the sayer is not who "them" are', () => {
  it('police said they had caught some of the escapees', () => {
    const found = figures('Harbour town - About 60 inmates broke out on Sunday, and police said they had caught 17 of them by night.');
    expect(found.find((f) => f.value.low === 17)?.group).toBe('inmates');
  });
});

describe('tables of several columns', () => {
  const text = 'Impact by province (dead / injured / missing)\nNorthfield: 4 / 10 / 1\nEastvale: 3 / 6 / 2\nTotal: 7 / 16 / 3\n';
  it('each column has its measure', () => {
    const rows = figures(text, { outlet: 'Relief Authority' }).map((f) => `${f.measure} ${f.value.low}`);
    expect(rows).toEqual(['killed 4', 'injured 10', 'missing 1', 'killed 3', 'injured 6', 'missing 2', 'killed 7', 'injured 16', 'missing 3']);
  });
  it('the cells are parts of the total row under them', () => {
    const found = figures(text, { outlet: 'Relief Authority' });
    const total = found.find((f) => f.measure === 'injured' && f.value.low === 16)!;
    expect(found.filter((f) => f.parts_of === total.id).map((f) => f.value.low)).toEqual([10, 6]);
  });
});

table('places with their counts, the verb left out', [
  ['Lakeside was worst hit with nine deaths, followed by Riverton with four and Hillcrest with two, the agency said.', 'killed people 4-4 exact'],
  ['Northfield accounted for 12 of the deaths, Eastvale for six and Southby town for three, the minister told reporters.', 'killed people 3-3 exact'],
]);

describe('who the passengers were', () => {
  const text = 'The jet was carrying 30 passengers and five crew. Its passengers included 22 Kenyans, five Ugandans and three Britons, the airline said.';
  it('the nationalities are passengers aboard, parts of the passengers counted before', () => {
    const found = figures(text, { outlet: 'Rift Wire' });
    const total = found.find((f) => f.value.low === 30)!;
    const items = found.filter((f) => f.parts_of === total.id);
    expect(items.map((f) => `${f.measure} ${f.group} ${f.value.low}`)).toEqual(['present passengers 22', 'present passengers 5', 'present passengers 3']);
  });
});

describe('airlines and community heads', () => {
  it('an airline publishing its statement is official', () => {
    const text = 'Nine passengers were taken to hospital after the hard landing.';
    expect(sourceOf(text, 'Nine', 'Highland Air')).toBe('Highland Air (official)');
  });
  it('a neighbourhood chief is a witness', () => {
    const text = 'Six houses burned, and four people died, neighbourhood chief Paul Essomba said.';
    expect(sourceOf(text, 'four', 'Coast Mirror')).toMatch(/\(witness\)$/);
  });
});

// The third wave (F314: wildfire, heat and storm emergencies).
table('taken in at a shelter, attended by crews', [
  ['Volunteers registered 340 people at the evacuation centre overnight.', 'displaced people 340-340 exact'],
  ['At the relief centre in the church hall, council staff registered 95 people on Friday.', 'displaced people 95-95 exact'],
  ['Paramedics attended 58 people for heat exhaustion at the festival.', 'injured people 58-58 exact'],
]);

absent('fires a service attended', [
  ['Last year our crews attended 22 fires in flats across the borough.', 'injured fires 22-22 exact'],
]);
