// Round 22b (own words): figures never produced or produced wrong on fresh text (issue #4), by the general
// construction that lost them; every case is written anew, with other nouns, verbs and numbers than the dev texts.
import { absent, table } from './helpers.js';

table('"numbering" sizes the noun before it, even with how they came after the count', [
  ['Gunmen numbering about 50 on motorbikes raided the market.', 'present attackers 50-50 about'],
  ['Raiders numbering some 200 in pickup trucks attacked the base.', 'present attackers 200-200 about'],
]);

absent('... while vehicles counted alone stay no people', [
  ['Police recovered 30 motorcycles near the border.', 'present people 30-30 exact'],
]);

table('the men of an armed band sized by "of" are attackers who were there', [
  ['A criminal gang of some 15 men robbed the bank on Monday.', 'present attackers 15-15 about'],
  ['A militia of about 200 people overran the village.', 'present attackers 200-200 about'],
]);

table('the dead taken out of a wreck are told as "recovered dead"', [
  ['Divers said 11 fishermen were retrieved dead from the lake.', 'killed fishermen 11-11 exact'],
  ['Five workers were rescued alive and two were recovered dead.', 'killed workers 2-2 exact'],
]);

table('a person-zero right after an active verb of harm or custody is that measure\'s zero', [
  ['The blast killed no one.', 'killed people 0-0 exact'],
  ['The fire injured nobody, officials said.', 'injured people 0-0 exact'],
  ['The gendarmes, who have detained no one yet, are questioning the drivers.', 'arrested people 0-0 exact'],
]);

absent('... but not after a verb that counts nothing, nor a modal one', [
  ['The gunmen spared no one.', 'killed people 0-0 exact'],
  ['Troops will harm no one, the colonel promised.', 'injured people 0-0 exact'],
]);
