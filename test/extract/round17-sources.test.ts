// Round 17 (sources): a private person taken up again by role, and a community's security group.
import { describe, expect, it } from 'vitest';
import { sourceAt, sources, type SourceSeen } from './helpers.js';

// "one of the relatives told the paper ... said the relative, who asked not to be named": one person, who
// withholds the name, so every figure that person gave is unnamed
sources('a person named by role and later withholding the name is unnamed throughout', [
  ['Gunmen seized eight shepherds in the hills on Monday, one of the relatives told reporters. "We have heard ' +
    'nothing since," said the relative, who did not want to be named.', 'eight shepherds',
  { name: 'one of the relatives', kind: 'unnamed' }],
  ['Bandits kidnapped 12 villagers from their homes overnight, one of the residents told the radio station. The ' +
    'resident, who declined to be named, said the men spoke a language he did not know.', '12 villagers',
  { name: 'one of the residents', kind: 'unnamed' }],
  ['Five of the fishermen were freed after their families paid, one of their relatives said on Tuesday. "My ' +
    'cousin is still there," the relative said, speaking on condition of anonymity.', 'Five of the fishermen',
  { name: 'one of their relatives', kind: 'unnamed' }],
]);

// a community's own security group is a civic body, not an armed party
sources('a local security or community group speaks as a civic body', [
  ['A local security group says at least 40 people were abducted along the road this year.', 'at least 40',
    { name: 'local security group', kind: 'official' }],
  ['According to a community group in the district, 17 farmers have been killed since March.', '17 farmers',
    { name: 'community group', kind: 'official' }],
  ['The neighbourhood security group said nine houses were torched and two guards were shot dead.', 'two guards',
    { name: 'neighbourhood security group', kind: 'official' }],
]);

// a private speaker who gives only a first name is known by that name ("who gave his name only as X")
sources('the name a speaker gave in a relative clause is the name', [
  ['A shopkeeper who gave his name only as Wasike said 4 people were killed near the market.', '4 people',
    { name: 'Wasike', kind: 'witness' }],
  ['A farmer who gave only his first name, Ali, said 5 of his neighbours were shot dead.', '5 of his neighbours',
    { name: 'Ali', kind: 'witness' }],
  ['"Gunmen killed 6 men in front of us," said a 34-year-old survivor who gave his name only as Abdoulaye.', '6 men',
    { name: 'Abdoulaye', kind: 'witness' }],
  ['"We counted 18 bodies on the bank," said a rescue worker who identified himself only as Joseph.', '18 bodies',
    { name: 'Joseph', kind: 'witness' }],
]);

// after a quotation, "said a X who ..." names X as the speaker; a withheld name in the clause makes X unnamed
sources('an inverted speaker after a quotation keeps its relative clause out of the name', [
  ['"We counted 18 bodies," said a rescue worker who was at the scene.', '18 bodies',
    { name: 'rescue worker', kind: 'witness' }],
  ['"At least 9 of the guards were hurt," said a nurse who asked not to be named.', 'At least 9 of the guards',
    { name: 'nurse', kind: 'unnamed' }],
  ['"Gunmen shot dead 11 villagers at the well," said a 40-year-old herder who hid in the bush.', '11 villagers',
    { name: '40-year-old herder', kind: 'witness' }],
]);

// "according to X, citing Y" / "X reported, quoting Y": Y is the origin of the figure, X only relays it
describe('a relay chain names the one quoted as the source and the relay as via', () => {
  it.each([
    ['According to the state news agency, citing a provincial official, 15 people were killed.', '15 people',
      { name: 'provincial official', kind: 'official', via: 'state news agency' }],
    ['According to Radio Maendeleo, quoting local sources, 23 houses were torched and 8 villagers were shot dead.',
      '8 villagers', { name: 'local sources', kind: 'unnamed', via: 'Radio Maendeleo' }],
    ['Twelve miners died underground, the regional broadcaster reported, quoting the mine manager.', 'Twelve miners',
      { name: 'mine manager', kind: 'official', via: 'the regional broadcaster' }],
    ['The wire service reported, quoting police, that 6 suspects had been detained.', '6 suspects',
      { name: 'police', kind: 'official', via: 'The wire service' }],
  ] as Array<[string, string, SourceSeen]>)('%s', (text, at, want) => {
    expect(sourceAt(text, at, ['via'])).toEqual(want);
  });
});

// men whose own body is named ("Police officers", "Police personnel") act for that body, not for the body that spoke
// before: their act is the writer's narration, while a bare "Soldiers" after "the army said" are the army's own men
sources("another body's men acting are the writer's narration, not the last speaker's", [
  ['A tanker exploded on the bridge. According to the Fire Service, 9 people died. Police personnel rescued 30 ' +
    'residents from nearby buildings.', '30 residents', { name: 'outlet', kind: 'media' }],
  ['A roof gave way at the market. The Fire Service said 4 traders died. Police officers evacuated 60 shoppers from ' +
    'the hall next door.', '60 shoppers', { name: 'outlet', kind: 'media' }],
  ['Gunmen raided the depot at night. The police service said 2 guards were shot dead. Army soldiers detained 5 ' +
    'suspects near the fence.', '5 suspects', { name: 'outlet', kind: 'media' }],
  ['The army said 9 soldiers died in the ambush. Soldiers rescued 30 residents from nearby buildings.', '30 residents',
    { name: 'army', kind: 'official' }],
]);

// "its director, Ramon Felix" / "according to the district administrator, Issa Konate." name a person, who speaks
// himself, not the body or speaker named before; a relative "who said" after that name keeps one speaker
sources('a possessive role with a person named in apposition is that person', [
  ['The state prosecutor said 6 people were killed. The shelter housed 38 people that night, according to its ' +
    'director, Ramon Felix, who said about 20 got away over a wall.', '38 people', { name: 'Ramon Felix', kind: 'official' }],
  ['The health ministry said 12 people had died. Its spokeswoman, Dr Lina Haddad, said 30 others were in hospital.',
    '30 others', { name: 'Lina Haddad', kind: 'official' }],
  ['Police said 3 officers were hurt. Six traders were killed in the raid, according to the district administrator, ' +
    'Issa Konate.', 'Six traders', { name: 'Issa Konate', kind: 'official' }],
  ['The bridge authority said the ferry had sunk. The ferry carried about 280 passengers, according to its harbour ' +
    'master, Joseph Banda, who said 40 were still missing.', 'about 280 passengers', { name: 'Joseph Banda', kind: 'official' }],
]);
