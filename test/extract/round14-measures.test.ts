// Round 14 (measures): which measure a count takes when a place, a noun or a clause of time competes with the verb.
// Sentences are our own words.
import { absent, table } from './helpers.js';

table('the clause\'s own finite verb beats a place after the noun', [
  ['Nine people inside the clinic were wounded when the shell hit.', 'injured people 9-9 exact'],
  ['All 23 passengers on board were killed in the crash.', 'killed passengers 23-23 exact'],
  ['Fourteen workers inside the depot were hurt, among them three apprentices.', 'injured apprentices 3-3 exact'],
  ['The 210 passengers and crew on board are safe, the airline said.', 'present people 210-210 exact'],
]);

table('a hedge before the second count of a coordinated subject', [
  ['Shells hit the ward, where 31 patients and roughly 12 nurses were inside at the time.', 'present patients 31-31 exact'],
  ['Shells hit the ward, where 31 patients and roughly 12 nurses were inside at the time.', 'present nurses 12-12 about'],
]);

table('a clause of time with its own subject and active verb: they were there', [
  ['The blaze injured 14 staff as hundreds of workers ran for the gates.', 'present workers 200-999 vague'],
  ['The ceiling gave way while about 60 worshippers prayed below.', 'present worshippers 60-60 about'],
  ['The blaze injured 14 staff as hundreds of workers ran for the gates.', 'injured staff 14-14 exact'],
]);

absent('a lone "as" joins no list', [
  ['The blaze injured 14 staff as hundreds of workers ran for the gates.', 'injured workers 200-999 vague'],
]);

table('a place set off by commas inside a participle clause before the finite verb', [
  ['Four engineers seized in May near Kidal, in the far north of the country, have been freed.', 'freed engineers 4-4 exact'],
  ['Two nurses abducted on Sunday outside Bunia, in the east of the country, were released on Tuesday.', 'freed nurses 2-2 exact'],
]);

table('custody and captivity named with a modifier are states, not places', [
  ['Port officials said 41 fishermen are now in Indonesian custody.', 'arrested fishermen 41-41 exact'],
  ['Eight teachers remain in rebel custody, the union said.', 'held teachers 8-8 exact'],
  ['Sixteen suspects remained in police custody on Friday.', 'arrested suspects 16-16 exact'],
]);

absent('being in a building is no state of care or custody', [
  ['About 300 people were in the hospital when the shells fell.', 'injured people 300-300 about'],
]);

table('brought out of danger alive: freed', [
  ['Police said nine people had been pulled out of the lake alive by boatmen.', 'freed people 9-9 exact'],
  ['Two miners were dragged from the flooded shaft alive on Sunday.', 'freed miners 2-2 exact'],
  ['Volunteers hauled 17 people out of the canal alive.', 'freed people 17-17 exact'],
]);

absent('"alive" past a clause break is another clause', [
  ['Four bodies were pulled out, while one man was found alive.', 'freed people 4-4 exact'],
]);

table('treatment that goes on: injured', [
  ['Of the injured, 8 continue to receive treatment.', 'injured people 8-8 exact'],
  ['Five patients continue to receive medical care at the district clinic.', 'injured patients 5-5 exact'],
]);

table('units and people at the scene', [
  ['A combined team of about 180 police and army personnel searched the hideouts.', 'present security_forces 180-180 about'],
  ['A joint task force of 90 officers raided the market.', 'present security_forces 90-90 exact'],
  ['Nine fire engines, with 64 firefighters, raced to the depot.', 'present firefighters 64-64 exact'],
  ['The ferry left the port with 212 passengers and nine crew members on Friday.', 'present crew 9-9 exact'],
  ['The van was stopped when two or three men armed with rifles blocked the road.', 'present attackers 2-3 range'],
]);

table('a second aside naming what came along does not hide the verb', [
  ['The floods hit the valley on Monday. About 900 personnel, including 300 from the army, together with 60 trucks, are working in the field.',
    'present personnel 900-900 about'],
]);

absent('personnel from a police force stay security forces, even in a disaster', [
  ['A quake struck the capital. A team of about 150 personnel from the National Police is deployed in the city.', 'present personnel 150-150 about'],
]);

table('a later object of the same active verb after "then"', [
  ['The captors freed 9 pupils, all girls, on Monday, then a further 14 pupils on Wednesday.', 'freed pupils 14-14 exact'],
  ['Troops detained six traders at dawn and later another 11 traders at the market.', 'arrested traders 11-11 exact'],
]);

absent('a subject with its own verb after "then" is no object', [
  ['Police detained 12 men, then 40 people marched to the station.', 'arrested people 40-40 exact'],
]);

table('a second predicate of harm received, joined by "and"', [
  ['One prisoner tried to climb the fence and sustained injuries to his hands.', 'injured prisoners 1-1 exact'],
  ['Two porters slipped on the stairs and suffered fractures.', 'injured porters 2-2 exact'],
]);

table('a share with no count of its own leaves the whole present', [
  ['Witnesses said most of the roughly 120 mourners had fled before the second blast.', 'present mourners 120-120 about'],
]);

absent('the share\'s verb is not the whole\'s', [
  ['Witnesses said most of the roughly 120 mourners had fled before the second blast.', 'displaced mourners 120-120 about'],
]);

absent('a past verb with an infinitive after it says nothing of being there', [
  ['Gunmen seized four traders while 30 villagers managed to slip away.', 'present civilians 30-30 exact'],
  ['Gunmen seized four traders while 30 villagers managed to slip away.', 'held civilians 30-30 exact'],
]);
