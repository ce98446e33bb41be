// Round 16 of measures: which measure a count takes when the harm is said by a noun phrase or an intransitive verb,
// when the counted head is itself a state, and when a number word counts no people at all. Cases found by scoring
// blind texts (dev 446-481) and checked against the same shapes across the dev set before fixing. All sentences are
// our own; texts are read with no metadata.
import { absent, table } from './helpers.js';

// people who were walking by are civilians, hyphenated or not, and harm received as a noun ("sustained injuries")
// reaches every count of a coordinated subject
table('round 16 measures: harm received, said as a noun', [
  ['Five (5) constables and three (3) passers-by sustained injuries when the device went off.', 'injured civilians 3-3 exact'],
  ['Five (5) constables and three (3) passers-by sustained injuries when the device went off.', 'injured security_forces 5-5 exact'],
  ['Two passersby suffered burns as the tanker caught fire.', 'injured civilians 2-2 exact'],
  ['Six guards received gunshot wounds, and two passers-by were hurt by flying glass.', 'injured civilians 2-2 exact'],
]);

// a count whose head is itself a harm state keeps that state: where they were moved, or that they were brought out,
// does not change what befell them
table('round 16 measures: a harm state as the head of the count', [
  ['9 injured were evacuated to the district health centre at dusk.', 'injured people 9-9 exact'],
  ['Four wounded were moved by road to the regional hospital in Mopti.', 'injured people 4-4 exact'],
  ['Eleven injured were rescued from the flooded shaft by the fire brigade.', 'injured people 11-11 exact'],
  ['The 14 dead were carried out of the gallery overnight.', 'killed people 14-14 exact'],
]);
absent('round 16 measures: a harm state is no displacement or rescue', [
  ['9 injured were evacuated to the district health centre at dusk.', 'displaced people 9-9 exact'],
  ['Eleven injured were rescued from the flooded shaft by the fire brigade.', 'freed people 11-11 exact'],
]);
// a later death still beats the injury
table('round 16 measures: the injured who later died', [
  ['Two injured later died at the clinic.', 'killed people 2-2 exact'],
]);

// the army's or the fighters' own dead in the formal words of communiques: "fallen with honour", "fell as heroes",
// "gave their lives"
table('round 16 measures: the fallen of one\'s own side', [
  ['Friendly side: six (6) soldiers fallen with honour and nine (9) wounded.', 'killed security_forces 6-6 exact'],
  ['Two of our brothers fell as heroes during the night raid.', 'killed attackers 2-2 exact'],
  ['Four gendarmes gave their lives holding the bridge.', 'killed security_forces 4-4 exact'],
  ['One police officer gave his life shielding the pupils.', 'killed security_forces 1-1 exact'],
]);

// "nil" and "zero" before a harm noun are zero claims like "no" (the guide's zero rules)
table('round 16 measures: nil and zero casualties', [
  ['Nil casualties among firefighters.', 'killed firefighters 0-0 exact'],
  ['There were nil deaths at the crossing.', 'killed people 0-0 exact'],
  ['The coast guard recorded zero deaths.', 'killed people 0-0 exact'],
  ['Nil injuries were recorded on the ward.', 'injured people 0-0 exact'],
]);

// "the abducted" / "the kidnapped" name the taken as a whole; a part of them takes the verb that follows, also past an
// aside that only says who they are (escaping from captivity is freed, per the guide)
table('round 16 measures: a part of the abducted', [
  ['Two of the abducted, both boys aged 12, escaped and reached a police post.', 'freed people 2-2 exact'],
  ['Three of the kidnapped were released near the border on Sunday.', 'freed people 3-3 exact'],
  ['Four of the kidnapped, all of them farmers, escaped during a storm and walked home.', 'freed people 4-4 exact'],
  ['One of the abducted died in captivity, the family said.', 'killed people 1-1 exact'],
]);
// a relative, a parent or a neighbour "of one of the" counted is one person described by a tie, no count
absent('round 16 measures: kin of one of the counted', [
  ['A cousin of one of the abducted said the callers wanted money.', 'held people 1-1 exact'],
  ['The father of one of the kidnapped pupils told reporters he had not slept.', 'held pupils 1-1 exact'],
  ['A neighbour of one of the dead fishermen said the boat was old.', 'killed fishermen 1-1 exact'],
]);

// trapped is missing (the guide), also as the active verb of a collapse or in the participle clause after it
table('round 16 measures: trapped by a collapse', [
  ['Part of the pit wall gave way in the afternoon, trapping dozens of diggers.', 'missing diggers 24-99 vague'],
  ['The gallery caved in, trapping 14 workers below the second level.', 'missing workers 14-14 exact'],
  ['A mudslide hit the hamlet and trapped at least 20 residents in their homes.', 'missing civilians 20-null at_least'],
]);

// responders at work in the present tense of a bulletin, also when a second count of machines and the bodies they
// come from stand between the count and the verb
table('round 16 measures: responders involved in the work', [
  ['About 200 rescuers are involved in the search for the missing climbers.', 'present rescuers 200-200 about'],
  ['Over 300 volunteers are taking part in the clean-up.', 'present volunteers 300-null at_least'],
  ['Some 85 firefighters and 12 units of equipment of the city brigade and the airport service are involved.', 'present firefighters 85-85 about'],
  ['A gas explosion brought down two floors of a block of flats overnight. In total, 120 personnel and 25 units of equipment of the ministry, the police and the health service are involved in the work.', 'present personnel 120-120 exact'],
]);

// a number before a noun that names no people counts that thing; the harm verb after it is the next count's
absent('round 16 measures: a count of things is no count of people', [
  ['The explosion ripped through the block, collapsing one entrance and killing at least five tenants.', 'killed people 1-1 exact'],
  ['Gunmen torched one lorry, killing at least three drivers.', 'killed people 1-1 exact'],
  ['The flood swept away one footbridge, killing at least four pupils.', 'killed people 1-1 exact'],
]);
table('round 16 measures: the people counted after a count of things', [
  ['The explosion ripped through the block, collapsing one entrance and killing at least five tenants.', 'killed tenants 5-null at_least'],
  ['The quake brought down one minaret and injured at least 30 worshippers.', 'injured worshippers 30-null at_least'],
]);

// "Of the nine dead" takes up a toll given as "at least nine" paragraphs before: its parts are killed, wherever the
// parts were (a place after them is no presence)
table('round 16 measures: parts of a hedged toll taken up by a definite count', [
  ['Flash floods left at least eleven people dead on Monday. About 3,000 residents were moved to schools. Of the eleven dead, seven were in Kasese and four in nearby Bundibugyo.', 'killed people 4-4 exact'],
  ['Flash floods left at least eleven people dead on Monday. About 3,000 residents were moved to schools. Of the eleven dead, seven were in Kasese and four in nearby Bundibugyo.', 'killed people 7-7 exact'],
  ['At least six miners died in the flooded pit. Rescuers pumped water out all night. Of the six dead, two were brothers from Geita.', 'killed miners 2-2 exact'],
  ['Gunmen killed at least 14 villagers on Sunday. Troops reached the area at dusk. Of the 14 killed, nine were women.', 'killed women 9-9 exact'],
]);

// a vehicle's load: the finite verb after the count is the vehicle's ("was swept away", "was hit"), so they were aboard
table('round 16 measures: what a vehicle or a convoy carried', [
  ['A pick-up truck carrying 17 farm labourers was swept away at the ford.', 'present labourers 17-17 exact'],
  ['A canoe ferrying 35 traders was swept away near the rapids on Monday.', 'present traders 35-35 exact'],
  ['Militiamen attacked a convoy transferring 58 prisoners to the regional jail.', 'present prisoners 58-58 exact'],
]);

// a move with the harm named after it: "evacuated with injuries", "flown out with burns"
table('round 16 measures: moved with injuries', [
  ['Four (4) soldiers were evacuated with injuries to the base hospital.', 'injured security_forces 4-4 exact'],
  ['Nine miners were brought out with serious burns late on Friday.', 'injured miners 9-9 exact'],
  ['Two crew members were airlifted with head injuries to Durban.', 'injured crew 2-2 exact'],
]);

// custody and condition in the words of translated releases
table('round 16 measures: handed to the courts, deprived of liberty', [
  ['Five (5) persons have been placed at the disposal of the public prosecutor.', 'arrested people 5-5 exact'],
  ['Twelve suspects were put at the disposal of the examining judge on Monday.', 'arrested suspects 12-12 exact'],
  ['The police report that three (3) persons have been deprived of liberty.', 'arrested people 3-3 exact'],
]);
table('round 16 measures: a life-threatening condition', [
  ['Thirty people were taken to hospital, of whom six (6) are in life-threatening condition.', 'injured people 6-6 exact'],
  ['Two of the climbers are in a life-threatening condition in Innsbruck.', 'injured climbers 2-2 exact'],
  ['Three (3) workers remain in life-threatening condition at the burns unit.', 'injured workers 3-3 exact'],
]);

// a death said of a life, and a zero said so
table('round 16 measures: a life lost', [
  ['No life was lost in the stampede.', 'killed people 0-0 exact'],
  ['One life was lost when the wall fell.', 'killed people 1-1 exact'],
  ['Officials confirmed that no life was lost in the flooding.', 'killed people 0-0 exact'],
]);

// those a riot or a clash drew in were there
table('round 16 measures: a riot involving people', [
  ['The quarrel grew into a brawl involving about 80 inmates of the east wing.', 'present inmates 80-80 about'],
  ['Clashes involving some 300 youths went on until midnight.', 'present youths 300-300 about'],
  ['The dispute turned into a riot involving approximately 150 residents of the camp.', 'present civilians 150-150 about'],
]);

// taken to the captors' place past an aside that breaks the count down
table('round 16 measures: marched into the forest past an aside', [
  ['Kidnappers stopped the bus and marched 12 travellers, including two nurses, into the forest.', 'held passengers 12-12 exact'],
  ['Kidnappers blocked the road and marched 9 farmers, among them a village head, into the bush.', 'held farmers 9-9 exact'],
  ['Kidnappers herded 30 villagers, including several children, towards the hills.', 'held civilians 30-30 exact'],
]);

// tents for the homeless are shelters and a place of stay
table('round 16 measures: moved to tents', [
  ['About 9,000 persons have been shifted to tent villages at Kalam and Bahrain.', 'displaced people 9000-9000 about'],
  ['Some 600 people are staying in tents near the district school.', 'displaced people 600-600 about'],
  ['Over 1,200 villagers were relocated to tent camps on higher ground.', 'displaced civilians 1200-null at_least'],
]);

// an aside naming a list of places, then one of ages, between the count and its verb
table('round 16 measures: a list aside and an age aside before the verb', [
  ['Twelve (12) persons, nationals of Iraq, Iran and Eritrea, aged between 18 and 40, were arrested for arson.', 'arrested people 12-12 exact'],
  ['Six men, citizens of Chad, Niger and Sudan, aged 22 to 35, were detained at the border.', 'arrested men 6-6 exact'],
  ['Eight (8) persons, residents of Kuje, Gwagwa and Bwari, aged between 19 and 50, were abducted overnight.', 'held people 8-8 exact'],
]);

// a place that houses people names who were there when it happened; housed in shelters or tents is displacement
table('round 16 measures: housed or accommodated where it happened', [
  ['The fire started in the wing where 64 migrants of Eritrean, Sudanese and Somali nationality were being housed.', 'present migrants 64-64 exact'],
  ['Around 1,800 persons were accommodated at the centre at the time of the unrest.', 'present people 1800-1800 about'],
  ['The blaze gutted the hostel, where about 90 seasonal workers were housed.', 'present workers 90-90 about'],
]);
table('round 16 measures: housed in shelters after a disaster', [
  ['Some 1,200 people were accommodated in evacuation centres after the flood.', 'displaced people 1200-1200 about'],
  ['Nearly 700 evacuees are housed in tents on the football pitch.', 'displaced people null-700 at_most'],
]);

// taken by an armed band, or taken away by the attackers, is captivity in any report
table('round 16 measures: taken by the raiders', [
  ['Nineteen children were taken by the raiders, the commissioner said.', 'held children 19-19 exact'],
  ['Six women were taken by the gunmen during the night.', 'held women 6-6 exact'],
  ['The attackers looted the clinic and had taken away four young men.', 'held men 4-4 exact'],
]);
absent('round 16 measures: taken by others is no captivity', [
  ['Two girls were taken by their parents to the clinic.', 'held children 2-2 exact'],
  ['Five men were taken by the police for questioning.', 'held men 5-5 exact'],
]);

// a second plural noun of people joined by "and", with no number of its own, shares the count and its verb
// (two different nouns of people are people, as the guide's "pupils and teachers" and dev 219's gold say)
table('round 16 measures: "N brewers and sellers" share the verb', [
  ['Officers said 14 brewers and sellers have been arrested in the county.', 'arrested people 14-14 exact'],
  ['In the raid 22 smugglers and drivers were detained at the checkpoint.', 'arrested people 22-22 exact'],
  ['Police confirmed that 9 herders and traders were abducted near the river.', 'held people 9-9 exact'],
]);

// the same past a second count of machines with the perfect ("have been deployed")
table('round 16 measures: responders and machines, perfect tense', [
  ['About 300 rescuers and 40 vehicles have been deployed to the valley.', 'present rescuers 300-300 about'],
  ['A total of 520 personnel and 60 vehicles of the fire service, the army and the police have been deployed for the search.', 'present personnel 520-520 exact'],
  ['Some 75 firefighters and nine engines have been deployed at the depot.', 'present firefighters 75-75 about'],
]);

// a search that goes on, and people "still not found", are missing
table('round 16 measures: still not found', [
  ['The crews continue to search for 31 pupils who are still not found.', 'missing pupils 31-31 exact'],
  ['Four fishermen are still not found after the squall.', 'missing fishermen 4-4 exact'],
  ['Bus plunges into river: six dead, search goes on for five.', 'missing people 5-5 exact'],
]);
