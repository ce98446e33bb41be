// Round 20, second part (own words): mechanisms found on the fresh set F32-F33, fixed for any text: a second count
// after an aside with its digits in brackets; a finite verb closing the aside; a verb of listing before a count that
// a harm participle follows; a group word before "death toll".
import { describe, expect, test } from 'vitest';
import { absent, figures, table } from './helpers.js';

table('a second count after an aside keeps its own verb, with its digits repeated in brackets', [
  ['Seven (7) villagers, including a teacher, and two (2) soldiers were killed.', 'killed civilians 7-7 exact'],
  ['Seven (7) villagers, including a teacher, and two (2) soldiers were killed.', 'killed security_forces 2-2 exact'],
  ['Seven villagers, among them two herders, and four soldiers lost their lives.', 'killed civilians 7-7 exact'],
  ['Seven villagers, among them two herders, and four soldiers lost their lives.', 'killed security_forces 4-4 exact'],
]);

table('a verb of listing before the count; the harm after the noun decides', [
  ['The evening bulletin listed 52 people injured and four missing.', 'injured people 52-52 exact'],
  ['The manifest listed 45 passengers.', 'present passengers 45-45 exact'],
]);

absent('... and the listing alone is no presence then', [
  ['The evening bulletin listed 52 people injured and four missing.', 'present people 52-52 exact'],
]);

table('a group word before "death toll" names the group', [
  ['A second officer died overnight, raising the police death toll to 6.', 'killed security_forces 6-6 exact'],
  ['The civilian death toll climbed to 44, the ministry said.', 'killed civilians 44-44 exact'],
]);

describe('state bodies named in Spanish, French or Portuguese speak officially as outlets; news agencies stay media', () => {
  const kindAs = (outlet: string) => figures('Rescuers recovered 5 bodies on Monday.', { outlet })[0]?.source.kind;
  test.each([
    ['Agencia Nacional de Hidrocarburos', 'official'], ['Unidad Nacional de Protección', 'official'],
    ['Préfecture de Labé', 'official'], ['Corpo de Bombeiros do Paraná', 'official'],
    ['Agencia EFE', 'media'], ['Agência Brasil', 'media'], ['Agence France-Presse', 'media'],
    // (a press agency or press trust is a wire, though "agency" alone is the state's)
    ['Kivu Press Agency', 'media'], ['Press Trust of India', 'media'], ['Disaster Management Agency', 'official'],
  ])('%s: %s', (outlet, kind) => expect(kindAs(outlet)).toBe(kind));
});

describe('a headline label that opens on the event names no speaker', () => {
  const sourceOf = (text: string) => figures(text, { outlet: 'Lakeside Courier' })[0]?.source.name;
  test.each([
    ['ROOF COLLAPSE AT MARKET HALL: 6 DEAD', 'Lakeside Courier'],
    ['Blast at fuel depot: 9 killed', 'Lakeside Courier'],
    ['Fire service: 3 dead in warehouse blaze', 'fire service'],
  ])('%s', (text, source) => expect(sourceOf(text)?.toLowerCase()).toBe(source.toLowerCase()));
});
