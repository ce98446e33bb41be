// Measure cues of real reporting beyond the basic verbs: each row a sentence in our own words → a claim it must
// give ("measure group low-high hedge"), grouped by the phenomenon the rule covers.
import { describe, expect, it } from 'vitest';
import { rows, table } from './helpers.js';

table('injuries that were fatal, and injuries received', [
  // the four are riders: "of the 90 riders" names them (guide: a part takes the noun it counts)
  ['Of the 90 riders, 4 sustained fatal injuries.', 'killed riders 4-4 exact'],
  ['Two linemen were fatally injured when the pylon fell.', 'killed linemen 2-2 exact'],
  ['Eleven spectators received minor injuries.', 'injured spectators 11-11 exact'],
]);

table('tolls as predicates and "claimed N lives"', [
  ['The storm claimed 14 lives along the coast.', 'killed people 14-14 exact'],
  ['The blaze claimed the lives of 6 firefighters.', 'killed firefighters 6-6 exact'],
  ['Those killed in the stampede numbered 27.', 'killed people 27-27 exact'],
  ['Overnight deaths bring the total to 88.', 'killed people 88-88 exact'],
  ['The victims included 3 nurses.', 'killed nurses 3-3 exact'],
]);

table('hostage-taking', [
  ['The rebels took 35 villagers hostage at dawn.', 'held civilians 35-35 exact'],
  ['A gang held captive 6 engineers for a month.', 'held engineers 6-6 exact'],
  ['Nine seafarers are still being held by the pirates.', 'held crew 9-9 exact'],
]);

table('alive out of rubble or water: freed', [
  ['Five were pulled from the rubble alive on Monday.', 'freed people 5-5 exact'],
  ['Divers found 3 crew members alive in an air pocket.', 'freed crew 3-3 exact'],
  ['About 70 people swam ashore after the boat tipped over.', 'freed people 70-70 about'],
]);

table('responders and crowds at the scene: present', [
  ['About 250 firefighters were deployed to the hills.', 'present firefighters 250-250 about'],
  ['Roughly 4,000 fans attended the match.', 'present fans 4000-4000 about'],
  ['The trawler had a crew of 17.', 'present crew 17-17 exact'],
]);

table('missing: swept away, went missing, fate unknown', [
  ['Four hikers were swept away by the torrent.', 'missing hikers 4-4 exact'],
  ['Two divers went missing near the reef.', 'missing divers 2-2 exact'],
  ['The fate of 12 fishermen is still unknown.', 'missing fishermen 12-12 exact'],
]);

table('displaced: homes lost, shelters, forced to flee', [
  ['The cyclone left 9,000 islanders without homes.', 'displaced islanders 9000-9000 exact'],
  ['Some 2,500 residents sought shelter in schools.', 'displaced civilians 2500-2500 about'],
  ['Nearly 600 villagers are staying in relief camps.', 'displaced civilians null-600 at_most'],
  ['Rising water forced the council to evacuate 1,300 residents.', 'displaced civilians 1300-1300 exact'],
  ['Crews managed to evacuate 40 patients before the roof fell.', 'displaced patients 40-40 exact'],
]);

table('arrested: charged, custody, held by the state', [
  ['Six men were charged after the riot.', 'arrested men 6-6 exact'],
  ['Three suspects are being held in custody.', 'arrested suspects 3-3 exact'],
  ['Police held 7 people for questioning overnight.', 'arrested people 7-7 exact'],
]);

table('who took whom: captured, seized, surrendered', [
  ['Troops captured 4 insurgents near the border.', 'arrested attackers 4-4 exact'],
  ['The rebels captured 11 soldiers at the outpost.', 'held security_forces 11-11 exact'],
  ['Twenty soldiers surrendered to the rebels.', 'held security_forces 20-20 exact'],
  ['Police seized 5 people at the checkpoint.', 'arrested people 5-5 exact'],
  ['Bandits seized 8 people on the highway.', 'held people 8-8 exact'],
]);

table('"evacuated": freed from a siege, displaced from a disaster', [
  ['The hostage-takers let soldiers evacuate 60 shoppers from the mall.', 'freed shoppers 60-60 exact'],
  ['During the siege, police evacuated 120 people from the besieged hotel.', 'freed people 120-120 exact'],
  ['As floodwaters rose, 3,000 people were evacuated.', 'displaced people 3000-3000 exact'],
]);

describe('modal infinitives stay out, factual ones stay in', () => {
  it('"threatened to kill 10 hostages" is not a claim', () => {
    expect(rows('The gang threatened to kill 10 hostages.').filter((r) => r.startsWith('killed'))).toEqual([]);
  });
});

table('a participle modifies the noun; the finite verb after it is the main one', [
  ['Nine people trapped in the lift were rescued after an hour.', 'freed people 9-9 exact'],
  ['14 of the 30 tourists kidnapped on Friday have been released.', 'freed tourists 14-14 exact'],
  ['14 of the 30 tourists kidnapped on Friday have been released.', 'held tourists 30-30 exact'],
  ['Four climbers trapped on the ledge.', 'missing climbers 4-4 exact'],
]);

table('harm received, whatever the adjectives', [
  ['Nine workers sustained serious burn injuries.', 'injured workers 9-9 exact'],
  ['Two guards suffered fatal gunshot wounds.', 'killed security_forces 2-2 exact'],
]);

table('presence after a form of "be"', [
  ['Several thousand were in front of the main gate.', 'present people 3000-9000 vague'],
  ['About 800 pilgrims were still queuing when the barrier broke.', 'present pilgrims 800-800 about'],
  ['Some 40 workers on site at the time.', 'present workers 40-40 about'],
]);

describe('states of health are not places', () => {
  it('"in heavy condition" is not presence', () => {
    expect(rows('Six are in heavy condition.').filter((r) => r.startsWith('present'))).toEqual([]);
  });
});

table('a new clause keeps its own verb', [
  ['At least 5 people died and dozens were hurt when the roof fell.', 'killed people 5-null at_least'],
  ['At least 5 people died and dozens were hurt when the roof fell.', 'injured people 24-99 vague'],
  ['The wounded, numbering about 90, were flown to the capital.', 'injured people 90-90 about'],
]);
