// Round 15 (groups): lists of ages, the army's own side, breakdowns that keep the total's group, and the kind of
// sources named in another language or by a document heading. Sentences written for these tables.
import { absent, table } from './helpers.js';

table('an aside of ages does not hide the verb of the count', [
  ['Four hikers, ages 19, 23 and 27, and their guide were found dead below the ridge.', 'killed hikers 4-4 exact'],
  ['Two welders, aged 38 and 51, died when the tank exploded on Tuesday.', 'killed welders 2-2 exact'],
  ['Six pupils, aged between 8 and 11, were abducted on their way home from school.', 'held pupils 6-6 exact'],
]);

absent('the numbers of a list of ages are ages', [
  ['Four hikers, ages 19, 23 and 27, and their guide were found dead below the ridge.', 'killed people 23-23 exact'],
  ['Four hikers, ages 19, 23 and 27, and their guide were found dead below the ridge.', 'killed people 27-27 exact'],
  ['Two welders, aged 38 and 51, died when the tank exploded on Tuesday.', 'killed people 51-51 exact'],
  ['A third suspect, 19, was arrested near the border crossing.', 'arrested people 19-19 exact'],
  ['The other passenger, 44, was injured and taken to the clinic.', 'injured people 44-44 exact'],
]);
