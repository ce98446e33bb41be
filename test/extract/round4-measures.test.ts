// Round 4: measures and groups that fresh texts (dev 167-181) showed missing. Each row is a sentence in our
// own words and the row the extractor must give ("measure group low-high hedge"), or must not give.
import { it } from 'vitest';
import { absent, table } from './helpers.js';

table('cut off or gone without trace is missing', [
  ['Eleven drillers remain cut off behind the collapsed gallery.', 'missing drillers 11-11 exact'],
  ['About 30 villagers were still cut off by the landslide on Friday.', 'missing civilians 30-30 about'],
  ['At least 6 fishermen were never seen again after the storm.', 'missing fishermen 6-null at_least'],
  ['Two hikers separated from their group on the ridge were yet to be traced.', 'missing hikers 2-2 exact'],
]);

table('getting out of a place held by attackers is freed', [
  ['Three cashiers who hid behind the vault door have made it out.', 'freed cashiers 3-3 exact'],
  ['Five of the hostages were let go before dawn.', 'freed hostages 5-5 exact'],
  ['The remaining 14 guests walked out unharmed after the gunman gave up.', 'freed guests 14-14 exact'],
]);

table('prisoners and martyrs in statements', [
  ['In the clash 9 soldiers of the regime were taken as prisoners.', 'held security_forces 9-9 exact'],
  ['Four soldiers were taken prisoner at the outpost.', 'held security_forces 4-4 exact'],
  ['Three of our comrades obtained martyrdom in the battle.', 'killed attackers 3-3 exact'],
]);

table('a hospital a few words after the verb is injured, bodies stay dead', [
  ['Six commuters were taken to the general hospital with cuts.', 'injured passengers 6-6 exact'],
  ['Eight spectators were rushed to a nearby hospital.', 'injured spectators 8-8 exact'],
  ['The bodies of 4 fishermen were taken to the district hospital.', 'killed fishermen 4-4 exact'],
]);

table('crowds, responders and new person nouns', [
  ['The bomber struck a crowd of several hundred supporters outside the hall.', 'present supporters 300-900 vague'],
  ['Roughly 90 people had set out from the beach on the overloaded boat.', 'present people 90-90 about'],
  ['More than 400 responders are engaged at the site.', 'present responders 400-null at_least'],
  ['The gunmen are holding between 10 and 12 staff members.', 'held staff 10-12 range'],
  ['Clearing of the debris goes on with the participation of 75 rescuers.', 'present rescuers 75-75 exact'],
  ['Inspectors found that over 250 passengers had been allowed on board.', 'present passengers 250-null at_least'],
]);

table('prison breaks are other; escaped inmates who fled are not displaced', [
  ['Dozens of inmates broke out of the jail overnight.', 'other inmates 24-99 vague'],
  ['Forty inmates fled after the wall gave way.', 'other inmates 40-40 exact'],
  ['One inmate was killed in the shooting.', 'killed inmates 1-1 exact'],
]);

table('"incl." introduces the parts of a total, also after a place', [
  ['31 injured treated at the clinic, incl. 9 children.', 'injured children 9-9 exact'],
]);

table('shelters in bulletins', [
  ['Persons in collective centres: 2,140', 'displaced people 2140-2140 exact'],
]);

absent('equipment units are not people', [
  ['120 rescuers and 35 units of heavy machinery are engaged.', 'present units 35-35 exact'],
]);

absent('a relative clause ending at "have" needs a cue after it', [
  ['Twelve men who have farmed here for years were killed.', 'other men 12-12 exact'],
]);

table('a bare count after a comma takes the group of the figure before ("still" is no obstacle)', [
  ['Rescue teams bring 6 miners up alive at the north pit, 11 still trapped', 'missing miners 11-11 exact'],
  ['Four guards were killed in the assault on the depot, 9 were wounded.', 'injured security_forces 9-9 exact'],
  ['Three soldiers were killed and 2 are still missing.', 'missing security_forces 2-2 exact'],
]);

table('"N of them" after a new sentence keeps the group of the earlier figure', [
  ['Gunmen seized 30 passengers from the bus. Police freed 12 of them on Monday.', 'freed passengers 12-12 exact'],
]);

absent('a subset in a clause of time or cause without a verb of its own is not a count', [
  ['Three of the hostages were let go at noon after one of them fainted.', 'freed hostages 1-1 exact'],
  ['The crew freed four hostages before two of them collapsed.', 'freed hostages 2-2 exact'],
]);

table('a subset in such a clause with its own verb still counts', [
  ['Gunmen seized 30 passengers. Police stormed the bus after 12 of them were killed.', 'killed passengers 12-12 exact'],
]);

table('staff, arrivals and medical evacuation', [
  ['Two members of staff were hurt when the roof fell in.', 'injured staff 2-2 exact'],
  ['About 40 new arrivals at the camp have shrapnel wounds.', 'injured people 40-40 about'],
  ['Five of the survivors needed urgent medical evacuation by helicopter.', 'injured people 5-5 exact'],
]);

table('people shot at were at the scene', [
  ['Police opened fire on hundreds of strikers outside the plant.', 'present strikers 200-999 vague'],
  ['Soldiers fired into 40 mourners at the funeral, witnesses said.', 'present mourners 40-40 exact'],
]);

table('in a siege report, evacuated out of the held building is freed, out of homes or an area is displaced', [
  ['Gunmen took hostages in the mall. Later, 85 shoppers and staff were evacuated from the mall.', 'freed people 85-85 exact'],
  ['Gunmen took hostages in the mall. About 500 people were evacuated from the area around it.', 'displaced people 500-500 about'],
  ['Gunmen took hostages in the mall. 200 residents were evacuated from their homes nearby.', 'displaced civilians 200-200 exact'],
]);

table('"none of them" takes the group of the figure before', [
  ['Nine cleaners were rescued from the burning tower. None of them was hurt.', 'injured cleaners 0-0 exact'],
  ['The fire was out by dawn. None of them was hurt.', 'injured people 0-0 exact'],
]);

table('a second predicate joined by "and" gives the measure', [
  ['At least 8 swimmers slipped off the rocks and were never seen again.', 'missing swimmers 8-null at_least'],
  ['Fifteen pupils fell ill at lunch and were taken to hospital.', 'injured pupils 15-15 exact'],
  ['Three guards resisted and were shot dead.', 'killed security_forces 3-3 exact'],
]);

table('an active verb before the number still wins over a second predicate', [
  ['A van carrying 14 workers skidded off the road and were found later.', 'present workers 14-14 exact'],
]);

table('out of a flood\'s reach is displaced', [
  ['Around 60 villagers who had climbed onto roofs were taken to higher ground.', 'displaced civilians 60-60 about'],
]);
