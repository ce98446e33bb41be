// Round 18: blind misses of dev 482–505 (F21, F22) — who was there, said in the past of the moment.
import { describe, expect, it } from 'vitest';
import { absent, sourceAt, table } from './helpers.js';

table('packing into a place: present', [
  ['Officials said about 700 people had packed into the chapel for the wedding.', 'present people 700-700 about'],
  ['Some 300 fans crammed into the small hall to watch the final.', 'present fans 300-300 about'],
  ['Nearly 90 pupils had crowded into the one classroom that still had a roof.', 'present pupils null-90 at_most'],
]);

table('doing something when it happened: present', [
  ['He said about 30 people on his boat had been singing on the upper deck when the crash came.', 'present people 30-30 about'],
  ['Some 40 pupils were writing an exam in the hall when the roof gave way.', 'present pupils 40-40 about'],
  ['Twelve workers had been sleeping in the shed as the fire spread.', 'present workers 12-12 exact'],
]);

absent('a vague part or a harm in progress is not who was there', [
  ['"Some of the boys were carrying five litres each when it went up."', 'present children vague 2-null vague'],
  ['Four miners were drowning when the divers reached the shaft.', 'present miners 4-4 exact'],
]);

table('the harmed, numbering N, moved or rescued keep their harm: injured', [
  ['Rescue teams evacuated the injured, numbering forty-two (42), to the camp clinic.', 'injured people 42-42 exact'],
  ['The fire service brought out the wounded, numbering about 25, through a side door.', 'injured people 25-25 about'],
  ['They rescued the injured, numbering twelve (12), from the collapsed stand.', 'injured people 12-12 exact'],
]);

table('a verb of harm before the nominal still decides', [
  ['Soldiers killed the attackers, numbering 6, at the gate.', 'killed attackers 6-6 exact'],
  ['Rescuers freed the victims, numbering 7, from the debris.', 'freed people 7-7 exact'],
]);

table('the verb after a list is every item\'s: killed', [
  ['Four (4) patients, one (1) nurse and two (2) ambulance drivers were killed on the spot.', 'killed patients 4-4 exact'],
  ['Three patients, two nurses and two porters died when the ward caught fire.', 'killed patients 3-3 exact'],
  ['Five (5) patients and two (2) nurses were killed in the shelling of the clinic.', 'killed patients 5-5 exact'],
]);

absent('a semicolon ends the list', [
  ['Doctors treated twelve patients and four guards; six others were killed.', 'killed patients 12-12 exact'],
]);

table('a long subject opened by "a total of" takes the verb at its end: present', [
  ['A total of 112 personnel and 19 units of equipment of the ministry, the police and the army, as well as 30 volunteers of a climbing club, are involved in the search.', 'present volunteers 30-30 exact'],
  ['A total of 240 police officers from three counties, together with their dogs, have been deployed to the area.', 'present security_forces 240-240 exact'],
  ['A total of 85 soldiers of the 3rd Brigade, backed by helicopters, were involved in the operation.', 'present security_forces 85-85 exact'],
]);

absent('machines in the subject are no people', [
  ['A total of 60 firefighters and 14 fire engines of the city brigade, with two cranes, are involved in the work.', 'present people 14-14 exact'],
]);

describe('a letterhead\'s lower body taken up as "The Authority" issues the release', () => {
  const cases: Array<[string, string, string]> = [
    ['GOVERNMENT OF NEPAL\nMinistry of Home Affairs\nNational Disaster Risk Reduction and Management Authority (NDRRMA)\nPRESS RELEASE\n\nThe Authority reports that a landslide hit a village in Gorkha this morning. Seven (7) persons have been confirmed dead.\n',
      'Seven (7)', 'National Disaster Risk Reduction and Management Authority'],
    ['REPUBLIC OF KENYA\nMinistry of Interior\nNational Disaster Operations Directorate\nPRESS STATEMENT\n\nThe Directorate wishes to inform the public that floods struck Garissa overnight. Twelve (12) people lost their lives.\n',
      'Twelve (12)', 'National Disaster Operations Directorate'],
    ['GOVERNMENT OF MALAWI\nMinistry of Local Government\nDepartment of Disaster Management Affairs Agency\nPRESS RELEASE\n\nThe Agency regrets to announce that a storm hit Zomba district. Four (4) people died.\n',
      'Four (4)', 'Department of Disaster Management Affairs Agency'],
  ];
  it.each(cases)('%s', (text, at, name) => {
    expect(sourceAt(text, at).name).toBe(name);
  });
});

table('a named place and the places around it stay in the origin: the verb after decides', [
  ['About 900 residents of Somare and neighbouring villages fled their homes.', 'displaced civilians 900-900 about'],
  ['Some 2,000 people of Kauda and surrounding areas were displaced by the fighting.', 'displaced people 2000-2000 about'],
  ['About 300 residents of Bor and nearby settlements fled their homes.', 'displaced civilians 300-300 about'],
]);

table('workers who serve at a site keep their noun; cabin staff are crew', [
  ['Two (2) filling station attendants died in the blaze.', 'killed attendants 2-2 exact'],
  ['Two petrol station attendants were killed in the explosion.', 'killed attendants 2-2 exact'],
  ['Three flight attendants were injured when the plane skidded.', 'injured crew 3-3 exact'],
]);
