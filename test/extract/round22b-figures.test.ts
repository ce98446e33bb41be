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

table('"members of the <band>" after the text armed that band earlier are attackers', [
  ['Soldiers clashed with a separatist faction near the border. Five members of the faction were killed.', 'killed attackers 5-5 exact'],
  ['A criminal ring stole cattle in the district. Three members of the ring were arrested on Sunday.', 'arrested attackers 3-3 exact'],
  ['Marines from the Coastal Task Group met a kidnap-for-ransom group at sea. Two members of the group were shot dead.', 'killed attackers 2-2 exact'],
]);

absent('... but not a band of anyone else', [
  ['A group of hikers got lost on the ridge. Two members of the group were injured.', 'injured attackers 2-2 exact'],
]);

table('a force\'s name before a word for its men we do not list counts that force', [
  ['One army sapper died when the mine went off.', 'killed security_forces 1-1 exact'],
  ['Four Navy SEALs were injured in the crash.', 'injured security_forces 4-4 exact'],
  ['One (1) Navy diver was hurt during the search.', 'injured security_forces 1-1 exact'],
]);

absent('... and no vehicles of it', [
  ['Two army trucks were destroyed by the blast.', 'killed security_forces 2-2 exact'],
]);

table('a relative clause passed whole leaves both verbs joined after it to the count', [
  ['Three guards who tried to stop the robbers were shot and injured.', 'injured security_forces 3-3 exact'],
  ['Four herders who refused to hand over their cattle were tied up and abducted.', 'held herders 4-4 exact'],
]);

table('"those <state> <when or where> included" still names parts of that state', [
  ['Those injured in the stampede included nine pupils and a teacher.', 'injured pupils 9-9 exact'],
  ['Those evacuated overnight included 300 children.', 'displaced children 300-300 exact'],
  ['The dead, who were buried on Friday, included four police officers.', 'killed security_forces 4-4 exact'],
]);

table('a camp\'s reception or displacement site takes in the displaced', [
  ['The school burned down, and around 450 have been moved to the reception centre.', 'displaced people 450-450 about'],
  ['About 90 villagers were moved to a displacement site near the river.', 'displaced civilians 90-90 about'],
]);

table('an item after an aside of parts goes with the count the aside hangs on', [
  ['Twenty people were on board: 18 passengers, including five women, and two crew members.', 'present crew 2-2 exact'],
  ['The van carried 11 persons, namely nine (9) traders, of whom three (3) women, and two (2) drivers.', 'present crew 2-2 exact'],
  ['The van carried 11 persons, namely nine (9) traders, of whom three (3) women, and two (2) drivers.', 'present women 3-3 exact'],
  ['Gunmen killed 12 villagers, including four children, and three soldiers.', 'killed security_forces 3-3 exact'],
]);

table('a count right after "claimed <N> <noun> <verb>" still goes on with that noun', [
  ['The rebels claimed 20 soldiers killed and 5 captured.', 'held security_forces 5-5 exact'],
  ['Militants claimed 9 policemen killed and 4 wounded.', 'injured security_forces 4-4 exact'],
]);

table('people moved somewhere "in a critical condition" are hurt', [
  ['Nurses said 12 were treated on site and five had been shifted to the city in a critical condition.', 'injured people 5-5 exact'],
  ['Doctors said three had been referred to Nairobi in a serious condition.', 'injured people 3-3 exact'],
]);

table('a count put "at" a figure counts what stands between "put" and "at"', [
  ['The parish put the number abducted at 23.', 'held people 23-23 exact'],
  ['A monitor put soldier deaths at 14.', 'killed security_forces 14-14 exact'],
  ['Bandits took 30 traders from the highway. The governor confirmed the kidnapping but put the number at 25.', 'held traders 25-25 exact'],
]);

absent('... and "the number of those still trapped" keeps its own people', [
  ['Six miners died and 30 are trapped. The company put the number of those still trapped at 25.', 'missing miners 25-25 exact'],
]);

table('people picked up by a craft at sea are rescued', [
  ['Twelve migrants were picked up by a rescue vessel.', 'freed migrants 12-12 exact'],
  ['The rest swam for it, and 30 had been picked up by fishing canoes by dawn.', 'freed people 30-30 exact'],
]);

absent('... but picked up by detectives they are arrested', [
  ['Police said 7 suspects were picked up by detectives.', 'freed suspects 7-7 exact'],
]);

table('an active verb governs a count after its first object\'s name set off by commas', [
  ['Troops rescued the district officer, Dr. Amina Bello, and 6 nurses.', 'freed nurses 6-6 exact'],
  ['Gunmen abducted the village head, Mr. Musa, and 9 farmers; one farmer was shot dead.', 'held farmers 9-9 exact'],
]);

table('a second subject with no count of its own after "and" shares the verb', [
  ['All 9 climbers and both guides died in the avalanche.', 'killed climbers 9-9 exact'],
  ['Twelve miners and the shift foreman were trapped underground.', 'missing miners 12-12 exact'],
]);

table('one member or element of a body takes that body\'s group', [
  ['One member of the militia was killed in the exchange.', 'killed attackers 1-1 exact'],
  ['One (1) element of the National Guard was wounded.', 'injured security_forces 1-1 exact'],
]);

table('people handed or turned over to the police are in custody', [
  ['Three deckhands of MV Karim-2 have been handed over to police.', 'arrested crew 3-3 exact'],
  ['Two looters were turned over to the police on Monday.', 'arrested looters 2-2 exact'],
]);

table('a soldier or guard who "fell with honour" was killed', [
  ['Two (2) gendarmes fell with honour during the attack.', 'killed security_forces 2-2 exact'],
]);

table('members or elements of a service named by its word are security forces', [
  ['Five members of the military were wounded in the ambush.', 'injured security_forces 5-5 exact'],
  ['The mine killed 3 elements of the national army.', 'killed security_forces 3-3 exact'],
]);

table('"numbering" with a plural for persons we do not list after the count names them', [
  ['Relief teams, numbering about 70 surveyors, combed the district.', 'present surveyors 70-70 about'],
]);

table('the object of a verb that takes people "to safety" was rescued (or moved out)', [
  ['Firefighters brought 40 people to safety.', 'freed people 40-40 exact'],
  ['Soldiers helped 300 residents to safety.', 'freed civilians 300-300 exact'],
  ['Officials shifted 120 villagers to safety.', 'displaced civilians 120-120 exact'],
]);

absent('a speaker\'s unsized share of "us" counts nobody', [
  ['"Many of us have lost everything," a trader said.', 'present people 2-null vague'],
  ['"Some of us had been queuing since dawn," she said.', 'present people 2-null vague'],
]);

table('... while a sized one still counts who was there', [
  ['"Twelve of us went back for the nets," the fisherman said.', 'present people 12-12 exact'],
]);

absent('pickups, hyphenated or not, are vehicles', [
  ['The rebels showed photos of three seized pick-ups and rifles.', 'held people 3-3 exact'],
  ['Gunmen in four pickup trucks raided the village.', 'present people 4-4 exact'],
]);

table('after a place phrase on the noun, an idiom of verb and definite object is the finite verb', [
  ['The three pilots on board paid the ultimate price.', 'killed crew 3-3 exact'],
]);

table('... but a place phrase with "the" is no such verb', [
  ['Rescuers had pulled 21 people alive from under the rubble.', 'freed people 21-21 exact'],
]);

table('a cue verb with a possessive object is finite, over a participle before the noun', [
  ['Three abducted nurses regained their freedom on Monday.', 'freed nurses 3-3 exact'],
  ['Seven kidnapped traders lost their lives in captivity.', 'killed traders 7-7 exact'],
]);

table('a place of custody or shelter that holds people says how many were there', [
  ['The jail, built for 300, holds more than 900 detainees.', 'present detainees 900-null at_least'],
  ['The camp currently holds 4,100 refugees.', 'present refugees 4100-4100 exact'],
]);

absent('... while captors who hold people hold them captive, and a stadium\'s size is none', [
  ['The rebels still hold 23 aid workers.', 'present workers 23-23 exact'],
  ['The stadium holds 45,000.', 'present people 45000-45000 exact'],
]);

table('a crowd that blocks or occupies a place was there, past a named origin', [
  ['Several thousand residents blocked the highway with burning tyres.', 'present civilians 3000-9000 vague'],
  ['Hundreds of residents of the Kibera settlement blocked the road.', 'present civilians 200-999 vague'],
  ['About 300 students from Makerere and Kyambogo occupied the rectorate.', 'present students 300-300 about'],
]);

absent('... while a blocked object is no crowd', [
  ['Police blocked 200 protesters at the bridge.', 'present protesters 200-200 exact'],
]);

absent('the subject of the verb that governs "them" is never who "them" are', [
  ['Gunmen seized traders on the highway. The kidnappers later freed 6 of them.', 'freed attackers 6-6 exact'],
  ['Raiders took villagers into the hills. The raiders are still holding 14 of them.', 'held attackers 14-14 exact'],
]);

table('... while a group named as the object before is', [
  ['Troops pursued the attackers and neutralised three of them.', 'killed attackers 3-3 exact'],
]);

table('captives said to be home again are freed', [
  ['Twenty of the abducted worshippers are back with their families.', 'freed worshippers 20-20 exact'],
  ['The six herders were back home by Sunday.', 'freed herders 6-6 exact'],
]);

table('uprooting people, or their fleeing over a border, displaces them', [
  ['The clashes have uprooted 8,000 herders.', 'displaced herders 8000-8000 exact'],
  ['Some 700 fled across the border overnight.', 'displaced people 700-700 about'],
]);

absent('... while trees are no people', [
  ['The storm uprooted hundreds of trees.', 'displaced people 200-999 vague'],
]);

table('a search or hunt for the wanted counts them as other, not missing', [
  ['Detectives are hunting for 3 gunmen who fled on foot.', 'other attackers 3-3 exact'],
  ['Police launched a manhunt for four suspects.', 'other suspects 4-4 exact'],
]);

table('... while a search for anyone else is for the missing', [
  ['Police launched a search for two fishermen.', 'missing fishermen 2-2 exact'],
]);

table('the object of a move to a place of care was hurt', [
  ['Ambulances ferried 14 casualties to the district hospital.', 'injured people 14-14 exact'],
  ['Neighbours took 6 children to the health centre.', 'injured children 6-6 exact'],
]);

table('light wounds and care looked for are harm', [
  ['Five others suffered minor cuts and bruises.', 'injured people 5-5 exact'],
  ['Some 45 people sought treatment at the clinic.', 'injured people 45-45 about'],
]);

absent('... but seeking refuge is no care', [
  ['About 200 villagers sought refuge in a church.', 'injured civilians 200-200 about'],
]);

table('a verb\'s reflexive first object leaves the count after "and" its own', [
  ['A suicide bomber killed himself and 9 others at the checkpoint.', 'killed people 9-9 exact'],
]);

table('suicide attackers who blew themselves up died', [
  ['Three attackers blew themselves up at the gate.', 'killed attackers 3-3 exact'],
]);

table('responders sent to the scene, or an operation that involves them, were there', [
  ['Thirty medics were sent to the site within the hour.', 'present medics 30-30 exact'],
  ['The search involves 120 divers and four boats.', 'present divers 120-120 exact'],
]);

absent('... and an operation that involves vehicles counts no people', [
  ['The convoy involved 3 trucks.', 'present people 3-3 exact'],
]);

table('the subject of "account for" names the group of the share after it', [
  ['The flood killed 40 people. Pupils accounted for 11 of the dead.', 'killed pupils 11-11 exact'],
  ['Soldiers account for 20 of the 31 deaths.', 'killed security_forces 20-20 exact'],
]);

table('in an outbreak, "no cases among" a group is that group\'s zero of the affected', [
  ['The measles outbreak has reached 230 cases. No cases have been recorded among nurses.', 'affected nurses 0-0 exact'],
]);

absent('... but not a zero that counts something else before "cases"', [
  ['The cholera outbreak has reached 412 cases. No new district reported cases this week.', 'affected people 0-0 exact'],
]);

table('a bare count of the displaced a sentence after a count of displaced people picks out of them', [
  ['The floods left some 4,000 villagers homeless. About 900 have been moved to a school.', 'displaced civilians 900-900 about'],
]);
