// Round 7: measures, groups, values and structure that fresh texts (dev 254-267: coder notes on riots, raids and
// abductions, police and army releases, news on kidnappings, mass arrests, a shaft collapse, a capsize, a siege)
// showed missing. Each row is a sentence in our own words and the row the extractor must give
// ("measure group low-high hedge"), or must not give.
import { table } from './helpers.js';

table('release wording: captured alive, fallen soldiers, retrieved hostages, court custody', [
  ['Three of the raiders were taken alive after their ammunition ran out, the brigade said.', 'arrested attackers 3-3 exact'],
  ['Two gunmen were captured alive near the river crossing.', 'arrested attackers 2-2 exact'],
  ['Sadly, six of our soldiers fell in combat during the sweep of the forest.', 'killed security_forces 6-6 exact'],
  ['Five of our soldiers fell with arms in hand while repelling the assault.', 'killed security_forces 5-5 exact'],
  ['Four traders held since March were safely retrieved by the task force.', 'freed traders 4-4 exact'],
  ['The swift action of the unit made it possible to neutralise about twenty assailants.', 'killed attackers 20-20 about'],
  ['A magistrate ordered nine people held in pre-trial detention pending trial.', 'arrested people 9-9 exact'],
]);

table('news wording: back from captivity, hospital care, beatings, mixed counts, attackers at the scene', [
  ['Three of the abducted farmers came back to the village on Friday night.', 'freed farmers 3-3 exact'],
  ['Officials said 31 demonstrators had been treated in hospital since the weekend.', 'injured demonstrators 31-31 exact'],
  ['Witnesses said about 25 students were beaten by riot police outside the faculty.', 'injured students 25-25 about'],
  ['Aid groups say 2,300 people died or went missing on the route last year.', 'other people 2300-2300 exact'],
  ['A guard said that about a dozen armed men had surrounded the depot before dawn.', 'present attackers 12-12 about'],
]);
