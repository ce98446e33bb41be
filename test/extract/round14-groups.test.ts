// Round 14 (groups): antecedents of "others" and "of them", partitions of a stated total, ages and one-person
// counts, background figures. Sentences written for these tables.
import { absent, table } from './helpers.js';

table('one person counted, with a name or an age set off by commas', [
  ['One (1) herder, Mr. Isa Bello, aged 31, lost his life when the boat sank.', 'killed herders 1-1 exact'],
  ['One farmer, 52, was wounded when the shell landed near his field.', 'injured farmers 1-1 exact'],
  ['In the storm one resident had lost her life, the mayor said.', 'killed civilians 1-1 exact'],
  ['One porter, Jean Moke, was killed in the landslide.', 'killed porters 1-1 exact'],
  ['One (1) herder, Mr. Isa Bello, aged 31, lost his life and two (2) others were hurt.', 'injured herders 2-2 exact'],
]);

absent('an age between commas after one person is no count', [
  ['One farmer, 52, was wounded when the shell landed near his field.', 'injured people 52-52 exact'],
  ['One trader, Ama Owusu, 44, died in the blaze.', 'killed people 44-44 exact'],
  ['One (1) guard, 38, was injured in the attack.', 'injured people 38-38 exact'],
]);

table('"others" and "of them" point to the counted group', [
  ['Nine herders were set free on Friday. The five others, including the two guides, are still held in the camp.',
    'held herders 5-5 exact'],
  ['Nine fishermen were set free on Friday. The five others, including the two skippers, are still held in the camp.',
    'held crew 2-2 exact'],
  ['Police said 11 miners were brought up alive by rescuers and army engineers, and that three of them were badly hurt.',
    'injured miners 3-3 exact'],
]);

absent('the agent of a passive is not who "them" are', [
  ['Police said 11 people were brought up alive by neighbours and fire brigade divers, and that three of them were badly hurt.',
    'injured divers 3-3 exact'],
]);
