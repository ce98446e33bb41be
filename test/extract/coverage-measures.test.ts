// Coverage of how English reporting says who was taken, freed, missing, there, displaced, arrested or affected.
// Each case crosses a measure with a construction (active, passive, nominal, copular, relative, participle,
// headline, label, parts, zero, hedge); the rows follow docs/ANNOTATION.md. Cases marked `gap` are known misses:
// the test checks they still fail, so a fix shows up as a failing test to be promoted.
import { coverage, type Case } from './coverage-helpers.js';

const held: Case[] = [
  // active
  { text: 'Gunmen abducted 27 passengers from a bus on the highway.', want: ['held passengers 27-27 exact'] },
  { text: 'Bandits kidnapped at least 15 farmers in the village on Sunday.', want: ['held farmers 15-null at_least'] },
  { text: 'Armed men seized about 40 worshippers during the evening service.', want: ['held worshippers 40-40 about'] },
  { text: 'The pirates took 19 sailors hostage off the coast.', want: ['held crew 19-19 exact'] },
  { text: 'The hijackers took 214 hostages.', want: ['held hostages 214-214 exact'] },
  { text: 'The gang snatched six traders on the market road.', want: ['held traders 6-6 exact'] },
  { text: 'Militants are holding 31 construction workers at a camp in the hills.', want: ['held workers 31-31 exact'] },
  { text: 'The gunmen whisked away nine engineers from the site.', want: ['held engineers 9-9 exact'] },
  { text: 'Raiders herded about 60 villagers into the forest.', want: ['held civilians 60-60 about'] },
  { text: 'Fighters marched 17 soldiers off to an unknown location.', want: ['held security_forces 17-17 exact'] },
  { text: 'Jihadists captured 11 soldiers after overrunning the outpost.', want: ['held security_forces 11-11 exact'] },
  { text: 'Militants kept 40 teachers inside the school for two days.', want: ['held teachers 40-40 exact'] },
  { text: 'The attackers took 30 passengers with them into the bush.', want: ['held passengers 30-30 exact'] },
  { text: 'The gang is demanding a ransom for the 9 hostages it holds.', want: ['held hostages 9-9 exact'] },
  { text: 'Kidnappers dragged 14 pupils out of their classrooms.', gap: "'dragged' alone is held or rescued by its subject; only away/off or a hideout after it is read", want: ['held pupils 14-14 exact'] },
  { text: 'Gunmen carried off 22 women from the market.', want: ['held women 22-22 exact'] },
  { text: 'The insurgents led away five aid workers at gunpoint.', want: ['held workers 5-5 exact'] },
  // passive
  { text: 'Twenty-one students were abducted from their dormitory overnight.', want: ['held students 21-21 exact'] },
  { text: 'At least 50 people were kidnapped in the raid.', want: ['held people 50-null at_least'] },
  { text: 'Some 12 fishermen were taken hostage off the coast.', want: ['held fishermen 12-12 about'] },
  { text: 'Three engineers were seized by gunmen near the dam.', want: ['held engineers 3-3 exact'] },
  { text: 'Six nurses were taken captive when the clinic was overrun.', want: ['held nurses 6-6 exact'] },
  { text: 'Eight tourists were taken away by the armed group.', want: ['held tourists 8-8 exact'] },
  { text: 'Nineteen children were taken by the raiders.', want: ['held children 19-19 exact'] },
  { text: 'Two priests were grabbed from the parish house at night.', want: ['held priests 2-2 exact'] },
  { text: 'Seven nationals of the country were taken prisoner by the rebels.', want: ['held nationals 7-7 exact'] },
  // nominal
  { text: 'The abduction of 40 pupils has shocked the region.', want: ['held pupils 40-40 exact'] },
  { text: 'The kidnapping of 13 miners drew wide condemnation.', want: ['held miners 13-13 exact'] },
  { text: 'Police confirmed the seizure of 25 crew members by pirates.', want: ['held crew 25-25 exact'] },
  { text: 'The mass abduction of about 300 schoolgirls stunned the country.', want: ['held children 300-300 about'] },
  // copular and state
  { text: 'Nineteen passengers remain in captivity.', want: ['held passengers 19-19 exact'] },
  { text: 'About 30 women are still being held.', want: ['held women 30-30 about'] },
  { text: 'Eleven hostages remain with their kidnappers.', want: ['held hostages 11-11 exact'] },
  { text: 'At least 70 people are believed to be in the hands of the insurgents.', want: ['held people 70-null at_least'] },
  { text: 'Some 200 children remain in captivity.', want: ['held children 200-200 about'] },
  { text: 'Fourteen of the abducted are still held by the group.', want: ['held people 14-14 exact'] },
  { text: 'Nine truck drivers are still in the custody of the kidnappers.', want: ['held crew 9-9 exact'] },
  { text: 'Twelve farmers are still being held captive in the forest.', want: ['held farmers 12-12 exact'] },
  // relative clause, participle
  { text: 'Families of the 23 farmers who were kidnapped on Friday appealed for help.', want: ['held farmers 23-23 exact'] },
  { text: 'The 40 students, held since Monday, are said to be unharmed.', gap: "a participle aside's state is lost when the main predicate has no cue", want: ['held students 40-40 exact'] },
  { text: 'Relatives of the 16 workers abducted last week marched on the governor\'s office.', want: ['held workers 16-16 exact'] },
  // headline and label
  { text: 'Gunmen kidnap 30 in northern village', want: ['held people 30-30 exact'] },
  { text: '18 sailors abducted off West African coast', want: ['held crew 18-18 exact'] },
  { text: 'Abducted: 45', want: ['held people 45-45 exact'] },
  { text: 'Hostages: 12 still held', want: ['held hostages 12-12 exact'] },
  // parts, of whom, among them
  {
    text: 'Gunmen abducted 15 people, including four women and three children.',
    want: ['held people 15-15 exact', 'held women 4-4 exact', 'held children 3-3 exact'],
  },
  { text: 'Raiders took 30 villagers, of whom 12 were children.', want: ['held civilians 30-30 exact', 'held children 12-12 exact'] },
  { text: 'Militants seized 22 travellers, among them five foreigners.', want: ['held passengers 22-22 exact', 'held foreigners 5-5 exact'] },
  // zero
  { text: 'No one was abducted in the attack, police said.', want: ['held people 0-0 exact'] },
  // hedges
  { text: 'Nearly 100 people were abducted.', want: ['held people null-100 at_most'] },
  { text: 'Between 20 and 30 pupils were kidnapped.', want: ['held pupils 20-30 range'] },
  { text: 'Dozens of villagers were abducted.', want: ['held civilians 24-99 vague'] },
  { text: 'More than a dozen traders were seized.', want: ['held traders 12-null at_least'] },
  { text: 'Up to 80 people may have been abducted.', want: ['held people null-80 at_most'] },
  { text: 'All 16 crew were taken hostage.', want: ['held crew 16-16 exact'] },
  // held is not arrested
  { text: 'Police are holding 12 men for questioning.', want: ['arrested men 12-12 exact'], not: ['held men 12-12 exact'] },
];

const freed: Case[] = [
  // active
  { text: 'Troops rescued 35 hostages from a rebel camp.', want: ['freed hostages 35-35 exact'] },
  { text: 'The kidnappers released 12 women on Tuesday.', want: ['freed women 12-12 exact'] },
  { text: 'Commandos freed all 21 passengers.', want: ['freed passengers 21-21 exact'] },
  { text: 'Police set free 7 workers held in a warehouse.', want: ['freed workers 7-7 exact'] },
  { text: 'The group let go 10 elderly captives.', want: ['freed hostages 10-10 exact'] },
  { text: 'The captors handed over 18 detainees to the Red Cross.', want: ['freed detainees 18-18 exact'] },
  { text: 'Rescuers pulled 6 survivors from the rubble.', want: ['freed people 6-6 exact'] },
  { text: 'Divers brought 4 miners to the surface alive.', want: ['freed miners 4-4 exact'] },
  { text: 'The coast guard saved 58 migrants off the island.', want: ['freed migrants 58-58 exact'] },
  { text: 'Police evacuated 14 hostages from the besieged bank.', want: ['freed hostages 14-14 exact'] },
  { text: 'Soldiers liberated 47 captives from a militant hideout.', want: ['freed hostages 47-47 exact'] },
  { text: 'The navy plucked 23 fishermen from the sea.', want: ['freed fishermen 23-23 exact'] },
  // passive
  { text: 'Forty-two abducted students have been released.', want: ['freed students 42-42 exact'] },
  { text: 'Seven crew members were freed unharmed on Sunday.', want: ['freed crew 7-7 exact'] },
  { text: 'About 90 people were rescued from the flooded mine.', want: ['freed people 90-90 about'] },
  { text: 'Three hostages were set free after a ransom was paid.', want: ['freed hostages 3-3 exact'] },
  { text: 'Twelve captives were let go late on Friday.', want: ['freed hostages 12-12 exact'] },
  { text: 'Two nuns were handed over to their families.', want: ['freed nuns 2-2 exact'] },
  { text: 'Eleven miners were pulled alive from the collapsed shaft.', want: ['freed miners 11-11 exact'] },
  { text: 'Nine people were brought out alive from the rubble.', want: ['freed people 9-9 exact'] },
  { text: 'Five children were recovered alive under the debris.', want: ['freed children 5-5 exact'] },
  { text: 'Fourteen climbers were airlifted off the mountain.', want: ['freed climbers 14-14 exact'] },
  { text: 'At least 300 people were brought to safety by boat.', want: ['freed people 300-null at_least'] },
  { text: 'Twenty passengers were winched to safety by helicopter.', want: ['freed passengers 20-20 exact'] },
  { text: 'The 26 abducted worshippers were reunited with their families on Monday.', want: ['freed worshippers 26-26 exact'] },
  // escape
  { text: 'Four of the kidnapped schoolgirls escaped.', want: ['freed children 4-4 exact'] },
  { text: 'Six hostages managed to flee while the guards slept.', want: ['freed hostages 6-6 exact'] },
  { text: 'Two captives slipped away from the camp.', want: ['freed hostages 2-2 exact'] },
  { text: 'Eight abductees escaped from their captors on Wednesday.', want: ['freed hostages 8-8 exact'] },
  { text: 'Three of the hostages broke free and ran to a nearby farm.', want: ['freed hostages 3-3 exact'] },
  // nominal
  { text: 'The release of 25 hostages was confirmed by the ministry.', want: ['freed hostages 25-25 exact'] },
  { text: 'Officials welcomed the rescue of 70 people from the collapsed building.', want: ['freed people 70-70 exact'] },
  { text: 'The freeing of 15 sailors followed weeks of talks.', want: ['freed crew 15-15 exact'] },
  { text: 'Negotiators secured the release of 31 abducted pupils.', want: ['freed pupils 31-31 exact'] },
  // copular and state
  { text: 'Sixty passengers are now free.', want: ['freed passengers 60-60 exact'] },
  { text: 'Thirteen of the hostages are safe and back with their families.', want: ['freed hostages 13-13 exact'] },
  { text: 'The 8 freed workers are in good health.', want: ['freed workers 8-8 exact'] },
  { text: 'All 19 rescued miners were reunited with their families.', want: ['freed miners 19-19 exact'] },
  // relative clause
  { text: 'The 19 who were rescued were taken to a clinic for checks.', gap: "a definite count in digits with no noun is dropped as pointing back", want: ['freed people 19-19 exact'] },
  // headline and label
  { text: '12 rescued as boat capsizes off coast', want: ['freed people 12-12 exact'] },
  { text: 'Gunmen free 30 abducted farmers', want: ['freed farmers 30-30 exact'] },
  { text: 'Rescued: 45', want: ['freed people 45-45 exact'] },
  { text: 'Freed: 9 hostages', want: ['freed hostages 9-9 exact'] },
  // parts
  { text: 'Rescuers saved 40 people, including 15 children.', want: ['freed people 40-40 exact', 'freed children 15-15 exact'] },
  {
    text: 'The rebels released 20 hostages, among them six women.',
    want: ['freed hostages 20-20 exact', 'freed women 6-6 exact'],
  },
  // zero
  { text: 'No hostages have been released so far.', want: ['freed hostages 0-0 exact'] },
  // hedges
  { text: 'Almost 200 people were rescued from rooftops.', want: ['freed people null-200 at_most'] },
  { text: 'Several hostages were freed.', want: ['freed hostages 3-9 vague'] },
  { text: 'Hundreds of passengers were rescued.', want: ['freed passengers 200-999 vague'] },
  // release and custody
  { text: 'Two of the suspects were later released on bail.', want: ['freed suspects 2-2 exact'] },
];

const missing: Case[] = [
  { text: 'Twelve fishermen are missing after their boat sank.', want: ['missing fishermen 12-12 exact'] },
  { text: 'At least 30 people remain unaccounted for.', want: ['missing people 30-null at_least'] },
  { text: 'About 20 miners are trapped underground.', want: ['missing miners 20-20 about'] },
  { text: 'Seven workers are feared buried under the landslide.', want: ['missing workers 7-7 exact'] },
  { text: 'The whereabouts of 14 passengers remain unknown.', want: ['missing passengers 14-14 exact'] },
  { text: 'The search continues for 9 crew members.', want: ['missing crew 9-9 exact'] },
  { text: 'Rescuers are still looking for 5 children swept away by the river.', want: ['missing children 5-5 exact'] },
  { text: 'Four hikers have not yet been traced.', want: ['missing hikers 4-4 exact'] },
  { text: 'Three villagers went missing during the flood.', want: ['missing civilians 3-3 exact'] },
  { text: 'Nine students have not been found.', want: ['missing students 9-9 exact'] },
  { text: 'The number of missing stands at 43.', want: ['missing people 43-43 exact'] },
  { text: 'Missing: 17', want: ['missing people 17-17 exact'] },
  { text: 'The flood left 25 people missing.', want: ['missing people 25-25 exact'] },
  { text: 'The mudslide trapped 40 people in their homes.', want: ['missing people 40-40 exact'] },
  { text: 'Some 60 workers are believed trapped inside the tunnel.', want: ['missing workers 60-60 about'] },
  { text: 'Nobody is missing, the mayor said.', want: ['missing people 0-0 exact'] },
  { text: 'No one remains unaccounted for.', want: ['missing people 0-0 exact'] },
  { text: 'Dozens are missing after the ferry capsized.', want: ['missing people 24-99 vague'] },
  { text: 'Up to 15 people could still be buried beneath the rubble.', want: ['missing people null-15 at_most'] },
  { text: 'Twenty-two sailors disappeared with the vessel.', want: ['missing crew 22-22 exact'] },
  { text: 'Rescuers are searching for at least 8 people.', want: ['missing people 8-null at_least'] },
  { text: 'Eight of the passengers are still missing.', want: ['missing passengers 8-8 exact'] },
  {
    text: 'Five people, including two children, remain missing.',
    want: ['missing people 5-5 exact', 'missing children 2-2 exact'],
  },
  { text: 'Four anglers have been reported missing.', want: ['missing anglers 4-4 exact'] },
  { text: 'There is no sign of 3 divers who went down on Friday.', want: ['missing divers 3-3 exact'] },
  { text: 'Fifty-one pilgrims remain missing after the stampede.', want: ['missing pilgrims 51-51 exact'] },
  { text: 'Seven soldiers were missing in action after the ambush.', want: ['missing security_forces 7-7 exact'] },
  { text: 'Six climbers are still unaccounted for on the glacier.', want: ['missing climbers 6-6 exact'] },
  { text: 'Contact was lost with 11 fishermen on Sunday.', want: ['missing fishermen 11-11 exact'] },
  { text: 'The fate of 34 migrants remains unknown.', want: ['missing migrants 34-34 exact'] },
  { text: 'Thirty commuters were trapped in the carriages.', want: ['missing passengers 30-30 exact'] },
  { text: 'Emergency crews are trying to reach 18 people trapped in the collapsed block.', want: ['missing people 18-18 exact'] },
  { text: 'The 13 students who vanished during the storm have not been found.', want: ['missing students 13-13 exact'] },
  { text: 'Two children remain missing, presumed drowned.', want: ['missing children 2-2 exact'] },
  { text: 'Nine miners are yet to be accounted for.', want: ['missing miners 9-9 exact'] },
  { text: 'Divers are still combing the lake for 4 swimmers.', gap: "a search verb with its place between it and 'for N' is no missing cue", want: ['missing swimmers 4-4 exact'] },
];

const present: Case[] = [
  { text: 'The bus was carrying 45 passengers.', want: ['present passengers 45-45 exact'] },
  { text: 'There were 212 people on board the ferry.', want: ['present people 212-212 exact'] },
  {
    text: 'The plane had 180 passengers and six crew aboard.',
    want: ['present passengers 180-180 exact', 'present crew 6-6 exact'],
  },
  { text: 'About 500 worshippers were inside the mosque at the time.', want: ['present worshippers 500-500 about'] },
  { text: 'Some 3,000 people had gathered for the rally.', want: ['present people 3000-3000 about'] },
  { text: 'The concert was attended by roughly 20,000 fans.', want: ['present fans 20000-20000 about'] },
  { text: 'A crowd of about 10,000 people filled the square.', want: ['present people 10000-10000 about'] },
  { text: 'Forty-two miners were working underground when the gas exploded.', want: ['present miners 42-42 exact'] },
  { text: 'The boat was packed with more than 300 migrants.', want: ['present migrants 300-null at_least'] },
  { text: 'The train, with 900 passengers, derailed near the bridge.', want: ['present passengers 900-900 exact'] },
  {
    text: 'The vessel, licensed for 50, had 130 people aboard.',
    want: ['present people 130-130 exact'],
    not: ['present people 50-50 exact'],
  },
  { text: 'A minibus ferrying 18 schoolchildren overturned.', want: ['present children 18-18 exact'] },
  { text: 'Roughly 60 students were in the classroom block when it collapsed.', want: ['present students 60-60 about'] },
  { text: 'The tanker had a crew of 24.', want: ['present crew 24-24 exact'] },
  { text: 'Around 70 patients were in the ward when fire broke out.', want: ['present patients 70-70 about'] },
  { text: 'Eighty workers had clocked in for the night shift.', want: ['present workers 80-80 exact'] },
  { text: 'The prison was holding 2,100 inmates.', want: ['present inmates 2100-2100 exact'] },
  { text: 'There were no civilians on board.', want: ['present civilians 0-0 exact'] },
  { text: 'Some 400 people were attending the wedding.', want: ['present people 400-400 about'] },
  { text: 'An estimated 5,000 protesters marched through the city.', want: ['present protesters 5000-5000 about'] },
  { text: 'Several hundred youths had massed near the border.', want: ['present youths 300-900 vague'] },
  { text: 'The stadium was crowded with about 40,000 spectators.', want: ['present spectators 40000-40000 about'] },
  { text: 'Thirty-five tourists were staying at the hotel when the quake struck.', want: ['present tourists 35-35 exact'] },
  { text: 'A flight with 132 people on board crashed.', want: ['present people 132-132 exact'] },
  { text: 'Police deployed 600 officers to the area.', want: ['present security_forces 600-600 exact'] },
  { text: 'About 120 rescuers are working at the site.', want: ['present rescuers 120-120 about'] },
  { text: 'The ferry had some 250 people on board when it listed.', want: ['present people 250-250 about'] },
  { text: 'Nearly 1,000 pilgrims were camped at the foot of the hill.', want: ['present pilgrims null-1000 at_most'] },
  { text: 'The hall, built for 300, was filled by about 700 guests.', want: ['present guests 700-700 about'], not: ['present people 300-300 exact'] },
  { text: 'The truck was transporting 60 labourers to a farm.', want: ['present labourers 60-60 exact'] },
  { text: 'Some 2,000 people were at the market when the shell landed.', want: ['present people 2000-2000 about'] },
  { text: 'The boat, which had left port with 85 people, sank at dawn.', want: ['present people 85-85 exact'] },
  { text: 'The 120 miners on shift were brought up safely.', want: ['freed miners 120-120 exact'] },
  { text: 'About 50 employees were in the factory at the time of the blast.', want: ['present employees 50-50 about'] },
];

const displaced: Case[] = [
  { text: 'More than 2,000 people fled their homes.', want: ['displaced people 2000-null at_least'] },
  { text: 'Authorities evacuated 15,000 residents from low-lying areas.', want: ['displaced civilians 15000-15000 exact'] },
  { text: 'About 3,500 people were moved to shelters.', want: ['displaced people 3500-3500 about'] },
  { text: 'The floods left 12,000 people homeless.', want: ['displaced people 12000-12000 exact'] },
  { text: 'Some 400 villagers took refuge in a church.', want: ['displaced civilians 400-400 about'] },
  { text: 'Nearly 9,000 people are sheltering in schools.', want: ['displaced people null-9000 at_most'] },
  { text: 'Around 600 people were relocated to higher ground.', want: ['displaced people 600-600 about'] },
  { text: 'At least 5,000 residents sought shelter in relief camps.', want: ['displaced civilians 5000-null at_least'] },
  { text: 'The fighting has displaced 40,000 people.', want: ['displaced people 40000-40000 exact'] },
  { text: 'Tens of thousands of people have been displaced.', want: ['displaced people 20000-99999 vague'] },
  { text: 'The fighting caused the displacement of 70,000 civilians.', want: ['displaced civilians 70000-70000 exact'] },
  { text: 'Some 1,200 evacuees are staying in 14 evacuation centres.', want: ['displaced people 1200-1200 about'] },
  { text: 'Displaced: 4,300', want: ['displaced people 4300-4300 exact'] },
  { text: 'Evacuated: 950 persons', want: ['displaced people 950-950 exact'] },
  { text: 'About 250 people were left without homes.', want: ['displaced people 250-250 about'] },
  { text: 'The storm forced 30,000 people to leave their homes.', want: ['displaced people 30000-30000 exact'] },
  { text: 'About 2,000 residents fled the town after the attack.', want: ['displaced civilians 2000-2000 about'] },
  { text: 'Over 700 migrants were moved to temporary shelters.', want: ['displaced migrants 700-null at_least'] },
  { text: 'Thousands fled across the border into the neighbouring country.', want: ['displaced people 2000-9999 vague'] },
  { text: 'The quake made 3,400 people homeless.', want: ['displaced people 3400-3400 exact'] },
  { text: 'The number of displaced has risen to 18,500.', want: ['displaced people 18500-18500 exact'] },
  { text: '6,000 residents were ordered to evacuate.', want: ['displaced civilians 6000-6000 exact'] },
  { text: 'Eight hundred people spent the night in tents.', want: ['displaced people 800-800 exact'] },
  { text: 'Around 1,500 people are living with relatives after the fire.', want: ['displaced people 1500-1500 about'] },
  { text: 'Some 45,000 people have been internally displaced.', want: ['displaced people 45000-45000 about'] },
  { text: 'Floodwaters drove 5,000 people from their homes.', want: ['displaced people 5000-5000 exact'] },
  { text: 'The eruption prompted the evacuation of 12,000 residents.', want: ['displaced civilians 12000-12000 exact'] },
  { text: 'Nearly 400 tourists were evacuated from the island as the fire spread.', want: ['displaced tourists null-400 at_most'] },
  { text: 'About 900 people were rehoused in community halls after the floods.', want: ['displaced people 900-900 about'] },
  { text: 'Some 3,000 villagers have abandoned their homes since the clashes.', want: ['displaced civilians 3000-3000 about'] },
  { text: 'Aid groups said 11,000 people were now living in makeshift camps.', want: ['displaced people 11000-11000 exact'] },
  { text: 'The blaze left around 700 residents without a roof over their heads.', want: ['displaced civilians 700-700 about'] },
  { text: 'About 60,000 people have been uprooted by the fighting.', want: ['displaced people 60000-60000 about'] },
  { text: 'The landslide threat saw 2,400 people evacuated from their villages.', want: ['displaced people 2400-2400 exact'] },
  { text: 'About 8,000 refugees have fled across the border this week.', want: ['displaced refugees 8000-8000 about'] },
];

const arrested: Case[] = [
  { text: 'Police arrested 23 suspects after the riot.', want: ['arrested suspects 23-23 exact'] },
  { text: 'At least 150 protesters were detained.', want: ['arrested protesters 150-null at_least'] },
  { text: 'Security forces rounded up about 60 young men.', want: ['arrested men 60-60 about'] },
  { text: 'Eleven people were taken into custody.', want: ['arrested people 11-11 exact'] },
  { text: 'Officers picked up 9 suspects overnight.', want: ['arrested suspects 9-9 exact'] },
  { text: 'Four men were held for questioning.', want: ['arrested men 4-4 exact'] },
  { text: 'Police announced the arrest of 14 gang members.', want: ['arrested attackers 14-14 exact'] },
  { text: 'Arrests: 32', want: ['arrested people 32-32 exact'] },
  { text: 'No arrests have been made.', want: ['arrested people 0-0 exact'] },
  { text: 'Seventeen suspects remain in custody.', want: ['arrested suspects 17-17 exact'] },
  { text: 'The army captured 5 insurgents alive.', want: ['arrested attackers 5-5 exact'] },
  { text: 'Three of the attackers were apprehended near the border.', want: ['arrested attackers 3-3 exact'] },
  { text: 'Thirty-one people were booked under the riot act.', want: ['arrested people 31-31 exact'] },
  { text: 'Authorities have detained more than 200 migrants.', want: ['arrested migrants 200-null at_least'] },
  {
    text: 'Two hundred demonstrators were arrested, including 40 students.',
    want: ['arrested demonstrators 200-200 exact', 'arrested students 40-40 exact'],
  },
  { text: 'Six suspects surrendered to police.', want: ['arrested suspects 6-6 exact'] },
  { text: 'Gendarmes rounded up dozens of youths.', want: ['arrested youths 24-99 vague'] },
  { text: 'Five men have been remanded in custody.', want: ['arrested men 5-5 exact'] },
  { text: 'Eight suspects were charged with murder.', want: ['arrested suspects 8-8 exact'] },
  { text: 'Around 80 people were hauled in by police.', want: ['arrested people 80-80 about'] },
  { text: 'Police nabbed 3 robbers.', want: ['arrested attackers 3-3 exact'] },
  { text: 'Rights groups condemned the detention of 25 activists.', want: ['arrested activists 25-25 exact'] },
  { text: 'Police said 40 suspects had been arrested.', want: ['arrested suspects 40-40 exact'], src: { at: '40', kind: 'official' } },
  { text: 'Troops detained 12 villagers suspected of helping the rebels.', want: ['arrested civilians 12-12 exact'] },
  { text: 'The crackdown saw 300 people jailed.', want: ['arrested people 300-300 exact'] },
  { text: 'Seven men were in police custody on Sunday night.', want: ['arrested men 7-7 exact'] },
  { text: 'Police have so far made 19 arrests.', want: ['arrested people 19-19 exact'] },
  { text: 'Officers took 16 people in for questioning.', want: ['arrested people 16-16 exact'] },
  { text: 'Ten suspects were locked up pending trial.', want: ['arrested suspects 10-10 exact'] },
  { text: 'Investigators are questioning 6 men held after the blast.', gap: "the participle 'held' after the noun beats 'questioning' before it", want: ['arrested men 6-6 exact'] },
  { text: 'More than 1,000 people have been detained since the protests began.', want: ['arrested people 1000-null at_least'] },
];

const affected: Case[] = [
  { text: 'The floods have affected more than 120,000 people.', want: ['affected people 120000-null at_least'] },
  { text: 'About 40,000 people were affected by the cyclone.', want: ['affected people 40000-40000 about'] },
  { text: 'Affected: 8,500 persons', want: ['affected people 8500-8500 exact'] },
  { text: 'Some 3,000 residents have been affected by the water cuts.', want: ['affected civilians 3000-3000 about'] },
  { text: 'The drought is affecting roughly 2 million people.', want: ['affected people 2000000-2000000 about'] },
  { text: 'The number of people affected has climbed to 56,000.', want: ['affected people 56000-56000 exact'] },
];

const sources: Case[] = [
  { text: 'The army said it had rescued 24 hostages.', want: ['freed hostages 24-24 exact'], src: { at: '24', kind: 'official' } },
  {
    text: 'The rebels said they were holding 12 soldiers.',
    want: ['held security_forces 12-12 exact'],
    src: { at: '12', kind: 'militant' },
  },
  {
    text: 'A survivor said about 150 people were on the boat.',
    want: ['present people 150-150 about'],
    src: { at: 'about 150', kind: 'witness' },
  },
  {
    text: 'Disaster officials said 4,000 people had been evacuated.',
    want: ['displaced people 4000-4000 exact'],
    src: { at: '4,000', kind: 'official' },
  },
];

// News-length sentences: the same measures with a speaker, a time, a place or a clause around the count.
const reported: Case[] = [
  {
    text: 'Gunmen stormed the school on Friday night and abducted 73 students and two teachers, police said.',
    want: ['held students 73-73 exact', 'held teachers 2-2 exact'],
  },
  {
    text: 'The kidnappers, who are demanding a large ransom, are believed to be holding 12 of the workers.',
    want: ['held workers 12-12 exact'],
  },
  {
    text: 'At least 25 of those kidnapped are still in captivity, a local official told reporters.',
    want: ['held people 25-null at_least'],
  },
  {
    text: 'The armed group has been holding the 17 missionaries since mid-October.',
    want: ['held missionaries 17-17 exact'],
  },
  {
    text: 'More than 100 passengers were taken hostage when militants stopped the train in a tunnel.',
    want: ['held passengers 100-null at_least'],
  },
  { text: 'Pirates boarded the tanker and took its 21 crew members captive.', want: ['held crew 21-21 exact'] },
  {
    text: 'Gunmen on motorcycles rounded up 40 villagers and led them into the bush.',
    want: ['held civilians 40-40 exact'],
  },
  { text: 'Jihadists kidnapped dozens of women who had gone to collect firewood.', want: ['held women 24-99 vague'] },
  { text: 'The number of people abducted in the raid has risen to 80.', want: ['held people 80-80 exact'] },
  { text: 'At least 12 people remain in the hands of their abductors.', want: ['held people 12-null at_least'] },
  {
    text: 'Some 30 commuters seized from a bus on Tuesday are still being held.',
    want: ['held passengers 30-30 about'],
  },
  { text: 'Four aid workers kidnapped in July remain in captivity.', want: ['held workers 4-4 exact'] },
  { text: 'The rebels say they have 9 soldiers in their custody.', want: ['held security_forces 9-9 exact'] },
  {
    text: 'Around 50 people were taken captive during the attack on the village, residents said.',
    want: ['held people 50-50 about'],
  },
  {
    text: 'Forty-two people, including 27 students, were kidnapped.',
    want: ['held people 42-42 exact', 'held students 27-27 exact'],
  },
  { text: 'A total of 287 pupils were abducted, the state government said.', want: ['held pupils 287-287 exact'] },
  { text: 'The gunmen are thought to be holding about 15 people inside the hotel.', want: ['held people 15-15 about'] },
  { text: 'The hostage-takers were holding 23 people in the bank.', want: ['held people 23-23 exact'] },
  {
    text: 'All 27 passengers abducted on Sunday have regained their freedom, police said.',
    want: ['freed passengers 27-27 exact'],
  },
  {
    text: 'Security forces secured the release of 11 abducted farmers after a gunfight.',
    want: ['freed farmers 11-11 exact'],
  },
  { text: 'Ten of the kidnapped girls have returned home.', want: ['freed children 10-10 exact'] },
  { text: 'The army said troops had freed 62 people held by the insurgents.', want: ['freed people 62-62 exact'] },
  { text: 'Some 40 hostages were released in batches over the weekend.', want: ['freed hostages 40-40 about'] },
  { text: 'Of the 130 abducted, 101 have been freed.', want: ['freed people 101-101 exact'] },
  {
    text: 'Rescue workers dug out 17 survivors from the flattened apartment block.',
    want: ['freed people 17-17 exact'],
  },
  { text: 'The first 4 miners were hoisted to the surface shortly after dawn.', want: ['freed miners 4-4 exact'] },
  { text: 'Emergency crews have extricated 9 people from the wreckage.', want: ['freed people 9-9 exact'] },
  { text: 'Lifeguards rescued dozens of swimmers caught in rip currents.', want: ['freed swimmers 24-99 vague'] },
  {
    text: 'Police said 8 of the abducted traders escaped from their captors and found their way home.',
    want: ['freed traders 8-8 exact'],
  },
  { text: 'Fishermen picked up 26 survivors clinging to debris.', want: ['freed people 26-26 exact'] },
  { text: 'More than 350 people have been rescued from the flooded areas.', want: ['freed people 350-null at_least'] },
  { text: 'At least 19 migrants were saved by a merchant ship.', want: ['freed migrants 19-null at_least'] },
  { text: 'The remaining 5 hostages were freed in a dawn raid.', want: ['freed hostages 5-5 exact'] },
  { text: 'Their captors freed 3 of the nurses.', want: ['freed nurses 3-3 exact'] },
  { text: 'Fourteen hostages have been released unharmed, officials said.', want: ['freed hostages 14-14 exact'] },
  {
    text: 'Rescuers were still searching for 12 people believed buried under the debris.',
    want: ['missing people 12-12 exact'],
  },
  {
    text: 'At least 40 people remain unaccounted for after the flash floods.',
    want: ['missing people 40-null at_least'],
  },
  { text: 'The navy said 18 sailors were still missing after the frigate sank.', want: ['missing crew 18-18 exact'] },
  { text: 'Police have received reports of 26 people missing.', want: ['missing people 26-26 exact'] },
  { text: 'Some 50 miners are believed to be trapped underground.', want: ['missing miners 50-50 about'] },
  { text: 'Hopes are fading for 9 climbers missing on the mountain.', want: ['missing climbers 9-9 exact'] },
  { text: 'The number of people listed as missing rose to 213.', want: ['missing people 213-213 exact'] },
  { text: 'Seven crew are still missing at sea.', want: ['missing crew 7-7 exact'] },
  { text: 'Twenty-three workers have not been heard from since the blast.', want: ['missing workers 23-23 exact'] },
  { text: 'The search for 11 missing fishermen resumed on Monday.', want: ['missing fishermen 11-11 exact'] },
  {
    text: 'Relatives said 15 people from the village had not been seen since the attack.',
    want: ['missing people 15-15 exact'],
  },
  { text: 'About 100 people are feared trapped in the collapsed building.', want: ['missing people 100-100 about'] },
  { text: 'Emergency services are trying to locate 6 hikers.', want: ['missing hikers 6-6 exact'] },
  { text: 'Three children are still unaccounted for.', want: ['missing children 3-3 exact'] },
  {
    text: 'Divers are searching for 4 passengers believed to be trapped in the sunken bus.',
    want: ['missing passengers 4-4 exact'],
  },
  {
    text: 'Contact has been lost with some 60 migrants who set off from the coast.',
    want: ['missing migrants 60-60 about'],
  },
  {
    text: 'There were about 450 people in the building when the fire broke out.',
    want: ['present people 450-450 about'],
  },
  {
    text: 'The ferry, which has a capacity of 200, was carrying more than 400 passengers.',
    want: ['present passengers 400-null at_least'],
    not: ['present people 200-200 exact'],
  },
  {
    text: 'The aircraft was carrying 157 passengers and eight crew members.',
    want: ['present passengers 157-157 exact', 'present crew 8-8 exact'],
  },
  {
    text: 'Witnesses said more than 1,000 worshippers were praying inside the mosque.',
    want: ['present worshippers 1000-null at_least'],
  },
  { text: 'Around 80 people were at the party.', want: ['present people 80-80 about'] },
  { text: 'A crowd estimated at 50,000 had turned out for the festival.', want: ['present people 50000-50000 about'] },
  { text: 'Some 200 workers were on duty when the blast happened.', want: ['present workers 200-200 about'] },
  { text: 'About 1,500 people turned up for the funeral.', want: ['present people 1500-1500 about'] },
  { text: 'Over 30,000 fans packed the stadium.', want: ['present fans 30000-null at_least'] },
  { text: 'The boat had been carrying some 120 migrants when it capsized.', want: ['present migrants 120-120 about'] },
  { text: 'Officials said 14 people were on the bus.', want: ['present people 14-14 exact'] },
  { text: 'Police said the bus had 60 people on board.', want: ['present people 60-60 exact'] },
  { text: 'Nearly 5,000 pilgrims had assembled at the shrine.', want: ['present pilgrims null-5000 at_most'] },
  { text: 'Approximately 700 employees were on site at the time.', want: ['present employees 700-700 about'] },
  {
    text: 'The floods have forced more than 100,000 people from their homes.',
    want: ['displaced people 100000-null at_least'],
  },
  {
    text: 'About 3,000 people have been evacuated from villages near the volcano.',
    want: ['displaced people 3000-3000 about'],
  },
  { text: 'Around 20,000 residents were told to leave their homes.', want: ['displaced civilians 20000-20000 about'] },
  { text: 'Some 8,000 people are now living in camps.', want: ['displaced people 8000-8000 about'] },
  { text: 'The clashes have sent 12,000 people fleeing.', want: ['displaced people 12000-12000 exact'] },
  { text: 'The fire destroyed 300 homes, leaving 1,200 people homeless.', want: ['displaced people 1200-1200 exact'] },
  {
    text: 'More than 4,000 people were housed in temporary shelters overnight.',
    want: ['displaced people 4000-null at_least'],
  },
  { text: 'Around 600 people have taken shelter in a stadium.', want: ['displaced people 600-600 about'] },
  {
    text: 'About 10,000 people were evacuated as the wildfire approached.',
    want: ['displaced people 10000-10000 about'],
  },
  { text: 'Nearly 2,000 residents have been relocated.', want: ['displaced civilians null-2000 at_most'] },
  {
    text: 'An estimated 15,000 people fled the fighting over the weekend.',
    want: ['displaced people 15000-15000 about'],
  },
  {
    text: 'Some 40,000 people have sought refuge in the neighbouring country.',
    want: ['displaced people 40000-40000 about'],
  },
  { text: 'Displaced persons: 3,250', want: ['displaced people 3250-3250 exact'] },
  { text: 'The number of evacuees has reached 7,800.', want: ['displaced people 7800-7800 exact'] },
  {
    text: 'Police said 56 people had been arrested in connection with the violence.',
    want: ['arrested people 56-56 exact'],
  },
  {
    text: 'Security forces have detained 12 suspects, including two women.',
    want: ['arrested suspects 12-12 exact', 'arrested women 2-2 exact'],
  },
  {
    text: 'At least 30 people were arrested during the protest, according to rights groups.',
    want: ['arrested people 30-null at_least'],
  },
  { text: 'Authorities said 9 suspects were in custody.', want: ['arrested suspects 9-9 exact'] },
  { text: 'Officers made 14 arrests.', want: ['arrested people 14-14 exact'] },
  { text: 'Troops arrested 5 suspected militants at a checkpoint.', want: ['arrested attackers 5-5 exact'] },
  { text: 'A total of 71 protesters were taken into custody.', want: ['arrested protesters 71-71 exact'] },
  { text: 'Police have so far apprehended 3 of the suspects.', want: ['arrested suspects 3-3 exact'] },
  {
    text: 'The police commissioner said 24 suspects were being interrogated.',
    want: ['arrested suspects 24-24 exact'],
  },
  { text: 'Two men have been charged over the attack.', want: ['arrested men 2-2 exact'] },
  { text: 'At least 100 people were rounded up in overnight raids.', want: ['arrested people 100-null at_least'] },
  { text: 'Eleven suspects were later released without charge.', want: ['freed suspects 11-11 exact'] },
  { text: 'Six people were detained for questioning.', want: ['arrested people 6-6 exact'] },
];


// Reports of several sentences, labels and breakdowns: counts whose measure or group comes from around them.
const mixed: Case[] = [
  {
    text: 'Gunmen attacked a village on Sunday. They took away 14 people, mostly women.',
    gap: "a pronoun subject ('they') is not taken back to the attackers of the sentence before", want: ['held people 14-14 exact'],
  },
  {
    text: 'Armed men kidnapped 45 passengers from two buses. Nine were later released, and 36 remain in captivity.',
    want: ['held passengers 45-45 exact', 'freed passengers 9-9 exact', 'held passengers 36-36 exact'],
  },
  {
    text: 'Of the 276 girls seized from the school, 57 escaped in the first hours.',
    want: ['freed children 57-57 exact'],
  },
  { text: 'The kidnappers are still holding the remaining 11.', want: ['held people 11-11 exact'] },
  { text: 'Twelve were abducted, among them a priest.', want: ['held people 12-12 exact'] },
  {
    text: 'The abducted include 18 women and 6 children.',
    want: ['held women 18-18 exact', 'held children 6-6 exact'],
  },
  { text: 'Those kidnapped include three Chinese engineers.', want: ['held engineers 3-3 exact'] },
  { text: 'Hostages: 40-50 (est.)', want: ['held hostages 40-50 range'] },
  { text: 'The attackers left with at least 20 captives.', want: ['held hostages 20-null at_least'] },
  { text: 'Pirates hijacked the cargo ship and its 19 crew.', gap: "a count joined to the object of 'hijacked' by 'and its' is read as the ship's crew (present)", want: ['held crew 19-19 exact'] },
  { text: 'The gang is now holding 14 hostages, down from 20.', want: ['held hostages 14-14 exact'] },
  {
    text: 'Five more people were kidnapped on Tuesday, bringing the total to 32.',
    want: ['held people 5-5 exact', 'held people 32-32 exact'],
  },
  { text: 'Taken hostage: 6 foreign workers', want: ['held workers 6-6 exact'] },
  { text: 'After 40 days in captivity, 23 pupils were freed.', want: ['freed pupils 23-23 exact'] },
  {
    text: 'Twenty-nine of the hostages were released on Wednesday; the others are still held.',
    want: ['freed hostages 29-29 exact'],
  },
  { text: 'Soldiers stormed the hideout and rescued all 12 captives.', want: ['freed hostages 12-12 exact'] },
  {
    text: 'The army announced that 316 women and children had been rescued from the forest.',
    want: ['freed people 316-316 exact'],
  },
  { text: 'Released: 14 (ICRC)', want: ['freed people 14-14 exact'] },
  { text: '7 hostages escape from kidnappers\' den', want: ['freed hostages 7-7 exact'] },
  { text: 'The kidnappers freed the 4 women but kept the men.', want: ['freed women 4-4 exact'] },
  { text: 'Only 3 survivors were pulled from the water.', want: ['freed people 3-3 exact'] },
  { text: 'Rescue teams brought 51 people out of the collapsed mine.', want: ['freed people 51-51 exact'] },
  {
    text: 'The coast guard said it had rescued 112 people from the capsized vessel.',
    want: ['freed people 112-112 exact'],
  },
  { text: 'Nineteen people were found alive in the debris.', want: ['freed people 19-19 exact'] },
  { text: 'Of the 26 people trapped, 20 have been brought out alive.', want: ['freed people 20-20 exact'] },
  {
    text: 'The vessel sank with 32 crew on board; 10 were rescued and 22 are missing.',
    want: ['present crew 32-32 exact', 'freed crew 10-10 exact', 'missing crew 22-22 exact'],
  },
  { text: 'Missing persons: 7', want: ['missing people 7-7 exact'] },
  { text: 'Still missing: 4 fishermen', want: ['missing fishermen 4-4 exact'] },
  { text: 'Unaccounted for: 12', want: ['missing people 12-12 exact'] },
  { text: 'At least 20 people were swept away by the floodwaters.', want: ['missing people 20-null at_least'] },
  {
    text: 'Authorities fear that as many as 40 people are still under the rubble.',
    want: ['missing people null-40 at_most'],
  },
  {
    text: 'Eleven people, including four children, are still missing after the boat capsized.',
    want: ['missing people 11-11 exact', 'missing children 4-4 exact'],
  },
  { text: 'The missing include two Danish tourists.', want: ['missing tourists 2-2 exact'] },
  { text: 'Among the missing are 6 children.', want: ['missing children 6-6 exact'] },
  {
    text: 'The ship was carrying 2,600 people, including 1,900 passengers.',
    want: ['present people 2600-2600 exact', 'present passengers 1900-1900 exact'],
  },
  {
    text: 'On board the plane were 78 passengers and 6 crew.',
    want: ['present passengers 78-78 exact', 'present crew 6-6 exact'],
  },
  { text: 'Passengers on board: 33', want: ['present passengers 33-33 exact'] },
  { text: 'Occupants: 5', want: ['present occupants 5-5 exact'] },
  {
    text: 'The minibus, which was designed to carry 14, had 27 people inside.',
    want: ['present people 27-27 exact'],
    not: ['present people 14-14 exact'],
  },
  { text: 'At the time of the collapse, 64 workers were inside the factory.', want: ['present workers 64-64 exact'] },
  { text: 'The bus had left the capital with 52 passengers.', want: ['present passengers 52-52 exact'] },
  { text: 'The plane carrying 68 people crashed.', want: ['present people 68-68 exact'] },
  {
    text: 'The blast hit a crowded market where hundreds of people were shopping.',
    want: ['present people 200-999 vague'],
  },
  { text: 'Some 600 people attended the rally.', want: ['present people 600-600 about'] },
  { text: 'The fighting has forced about 5,000 villagers to flee.', want: ['displaced civilians 5000-5000 about'] },
  { text: 'Evacuees: 1,250', want: ['displaced people 1250-1250 exact'] },
  { text: 'Homeless: 340', want: ['displaced people 340-340 exact'] },
  {
    text: 'Around 90,000 people have fled to neighbouring countries since Friday.',
    want: ['displaced people 90000-90000 about'],
  },
  { text: 'Some 2,400 people are staying at 18 evacuation centres.', want: ['displaced people 2400-2400 about'] },
  {
    text: 'The floods left 800 families and 3,500 people without shelter.',
    want: ['displaced people 3500-3500 exact'],
  },
  { text: 'Thousands of residents fled into the surrounding hills.', want: ['displaced civilians 2000-9999 vague'] },
  { text: 'About 700 people who fled the clashes are camped at a school.', want: ['displaced people 700-700 about'] },
  { text: 'Those displaced include 1,200 children.', want: ['displaced children 1200-1200 exact'] },
  { text: 'Police said they had arrested 17 people and were looking for more.', want: ['arrested people 17-17 exact'] },
  { text: 'Arrested: 4 suspects', want: ['arrested suspects 4-4 exact'] },
  { text: 'Those arrested include 3 foreigners.', want: ['arrested foreigners 3-3 exact'] },
  { text: 'Among those detained were 11 minors.', want: ['arrested children 11-11 exact'] },
  {
    text: 'Police arrested 35 people, 20 of whom were later released.',
    want: ['arrested people 35-35 exact', 'freed people 20-20 exact'],
  },
  { text: 'Some 400 people have been arrested since the unrest began.', want: ['arrested people 400-400 about'] },
  { text: 'The ministry said 29 militants had surrendered.', want: ['arrested attackers 29-29 exact'] },
  { text: 'Troops captured 14 fighters, the army said.', want: ['arrested attackers 14-14 exact'] },
  { text: 'A total of 4,560 people in 12 villages have been affected.', want: ['affected people 4560-4560 exact'] },
  { text: 'The storm affected some 90,000 residents.', want: ['affected civilians 90000-90000 about'] },
  { text: 'Police rescued 23 trafficked women.', want: ['freed women 23-23 exact'] },
  { text: 'Gunmen kidnapped 4 Italian nuns.', want: ['held nuns 4-4 exact'] },
  { text: 'The boat carried 47 Rohingya refugees.', want: ['present refugees 47-47 exact'] },
  { text: 'Seven expatriate workers were kidnapped.', want: ['held workers 7-7 exact'] },
  { text: 'Eighteen Filipino seafarers were released.', want: ['freed crew 18-18 exact'] },
  { text: 'Twelve Nepali climbers were rescued.', want: ['freed climbers 12-12 exact'] },
  { text: 'Forty schoolchildren were trapped in the bus.', want: ['missing children 40-40 exact'] },
  { text: 'Some 200 prison inmates were evacuated.', want: ['displaced inmates 200-200 about'] },
  { text: 'Five coal miners were killed and 9 are trapped.', want: ['missing miners 9-9 exact'] },
  { text: 'Three policemen were kidnapped and two others were killed.', want: ['held security_forces 3-3 exact'] },
  {
    text: 'The attackers seized 15 hostages, including 3 Americans.',
    want: ['held hostages 15-15 exact', 'held hostages 3-3 exact'],
  },
];

// Idioms of each measure and people nouns with modifiers (origin, trade, nationality) before the head.
const idioms: Case[] = [
  {
    text: 'The bandits, who are still holding 9 of the travellers, have demanded a ransom.',
    want: ['held passengers 9-9 exact'],
  },
  { text: 'Nine of the travellers are still being held by the bandits.', want: ['held passengers 9-9 exact'] },
  {
    text: 'Some 80 people, mostly women and children, are believed to be held by the group.',
    want: ['held people 80-80 about'],
  },
  { text: 'The group claims to be holding 25 soldiers.', want: ['held security_forces 25-25 exact'] },
  { text: 'The militants have 3 foreign hostages.', want: ['held hostages 3-3 exact'] },
  { text: 'In captivity: 17', want: ['held people 17-17 exact'] },
  { text: 'Twenty-one schoolchildren and their driver were kidnapped.', want: ['held children 21-21 exact'] },
  { text: 'The insurgents hold at least 60 civilians.', want: ['held civilians 60-null at_least'] },
  { text: 'About 150 people were held hostage in the theatre for three days.', want: ['held people 150-150 about'] },
  { text: 'Eight people being held by the gang were freed.', want: ['freed people 8-8 exact'] },
  { text: 'Armed men snatched 3 doctors from the hospital.', want: ['held doctors 3-3 exact'] },
  { text: 'Eleven hostages walked free on Thursday.', want: ['freed hostages 11-11 exact'] },
  { text: 'Hostages freed: 31', want: ['freed hostages 31-31 exact'] },
  { text: 'The gang let the 12 women go.', want: ['freed women 12-12 exact'] },
  { text: 'Thirty-three people were plucked from rooftops by helicopter.', want: ['freed people 33-33 exact'] },
  { text: 'Nine survivors were found clinging to the hull.', want: ['freed people 9-9 exact'] },
  { text: 'The 21 remaining hostages were let go at dawn.', want: ['freed hostages 21-21 exact'] },
  { text: 'Nine crew members remain unaccounted for.', want: ['missing crew 9-9 exact'] },
  { text: 'Rescuers are still trying to reach 12 miners.', want: ['missing miners 12-12 exact'] },
  { text: 'The fate of another 7 remains unclear.', want: ['missing people 7-7 exact'] },
  { text: 'At least 5 people are missing, presumed dead.', want: ['missing people 5-null at_least'] },
  { text: 'Eighteen others have yet to be found.', want: ['missing people 18-18 exact'] },
  { text: 'The search is on for 14 people.', want: ['missing people 14-14 exact'] },
  { text: 'Families are waiting for news of 23 miners.', want: ['missing miners 23-23 exact'] },
  { text: 'Seven people remain buried under the rubble.', want: ['missing people 7-7 exact'] },
  { text: 'The number of people still missing stands at 56.', want: ['missing people 56-56 exact'] },
  { text: 'Inside the church at the time were about 200 worshippers.', want: ['present worshippers 200-200 about'] },
  { text: 'Some 40 people were in the bus.', want: ['present people 40-40 about'] },
  { text: 'The building housed 120 workers.', want: ['present workers 120-120 exact'] },
  { text: 'The mine employs 1,300 workers.', want: [], not: ['present workers 1300-1300 exact'] },
  { text: 'Police estimated the crowd at 25,000.', want: ['present people 25000-25000 about'] },
  {
    text: 'The flight had 4 crew and 120 passengers.',
    want: ['present crew 4-4 exact', 'present passengers 120-120 exact'],
  },
  { text: 'Around 500 students were sitting exams in the hall.', want: ['present students 500-500 about'] },
  {
    text: 'The eruption has displaced about 20,000 people and destroyed hundreds of homes.',
    want: ['displaced people 20000-20000 about'],
  },
  { text: 'Roughly 6,000 people were left homeless.', want: ['displaced people 6000-6000 about'] },
  { text: 'About 1,000 people are still in evacuation centres.', want: ['displaced people 1000-1000 about'] },
  { text: 'The authorities moved 3,000 villagers to safer areas.', want: ['displaced civilians 3000-3000 exact'] },
  {
    text: 'The number of internally displaced persons has risen to 92,000.',
    want: ['displaced people 92000-92000 exact'],
  },
  { text: 'Over 500 people were forced to abandon their homes.', want: ['displaced people 500-null at_least'] },
  { text: 'About 2,500 residents were ordered out of their homes.', want: ['displaced civilians 2500-2500 about'] },
  { text: 'About 12,000 people sought safety in churches.', want: ['displaced people 12000-12000 about'] },
  { text: 'Police arrested 8, including the driver.', want: ['arrested people 8-8 exact'] },
  { text: 'Detained: 63', want: ['arrested people 63-63 exact'] },
  { text: 'Police took 14 suspects into custody.', want: ['arrested suspects 14-14 exact'] },
  { text: 'Some 30 people were held overnight at the police station.', want: ['arrested people 30-30 about'] },
  { text: 'Immigration officers detained 70 undocumented migrants.', want: ['arrested migrants 70-70 exact'] },
  { text: 'Authorities said 240 people had been held under emergency laws.', want: ['arrested people 240-240 exact'] },
  { text: 'Nine people were taken in for questioning.', want: ['arrested people 9-9 exact'] },
  { text: 'Four Red Cross staff were abducted.', want: ['held staff 4-4 exact'] },
  { text: 'Two UN staff members were kidnapped.', want: ['held staff 2-2 exact'] },
  { text: 'Gunmen kidnapped 3 Catholic priests and a seminarian.', want: ['held priests 3-3 exact'] },
  { text: 'Eleven Pakistani nationals were detained.', want: ['arrested nationals 11-11 exact'] },
  { text: 'Five foreign tourists were taken hostage.', want: ['held tourists 5-5 exact'] },
  { text: 'The bandits abducted 19 farm workers.', want: ['held workers 19-19 exact'] },
  { text: 'Twenty-eight herders were abducted along with their cattle.', want: ['held herders 28-28 exact'] },
  { text: 'Fourteen wedding guests were kidnapped.', want: ['held guests 14-14 exact'] },
  { text: 'Six election officials were abducted.', want: ['held officials 6-6 exact'] },
  { text: 'Seven crew of a fishing trawler were kidnapped.', want: ['held crew 7-7 exact'] },
  { text: 'Thirty-two school pupils were freed.', want: ['freed pupils 32-32 exact'] },
  { text: 'Eighteen Sri Lankan fishermen were arrested.', want: ['arrested fishermen 18-18 exact'] },
  { text: 'Six tea estate workers were trapped.', want: ['missing workers 6-6 exact'] },
  { text: 'Twelve mine workers are missing.', want: ['missing workers 12-12 exact'] },
  { text: 'About 40 gold miners were trapped.', want: ['missing miners 40-40 about'] },
  { text: 'Nine health workers were kidnapped.', want: ['held workers 9-9 exact'] },
];

// Relative clauses and agents: whose verb a count is the object of, and who did the detaining.
const clauses: Case[] = [
  {
    text: 'Police say the men who abducted 6 pupils have been arrested.',
    want: ['held pupils 6-6 exact'],
    not: ['arrested pupils 6-6 exact'],
  },
  {
    text: 'Gunmen who seized nine road workers last week have freed four of them, the company said.',
    want: ['held workers 9-9 exact', 'freed workers 4-4 exact'],
  },
  {
    text: 'The soldiers who rescued 12 hostages were injured in the raid.',
    want: ['freed hostages 12-12 exact'],
    not: ['injured hostages 12-12 exact'],
  },
  { text: 'Officers who arrested 3 suspects were praised by the governor.', want: ['arrested suspects 3-3 exact'] },
  { text: 'The fishermen who pulled 7 survivors from the sea were honoured.', want: ['freed people 7-7 exact'] },
  { text: 'The militants, who are holding 20 hostages, issued new demands.', want: ['held hostages 20-20 exact'] },
  {
    text: 'The gang, which kidnapped 17 missionaries in October, demanded a ransom.',
    want: ['held missionaries 17-17 exact'],
  },
  {
    text: 'The army, which rescued 27 people from the flood, said more were missing.',
    want: ['freed people 27-27 exact'],
  },
  {
    text: 'The rebels said the 14 workers detained by their fighters were in good health.',
    want: ['held workers 14-14 exact'],
  },
  { text: 'Six aid workers detained by the armed group remain in captivity.', want: ['held workers 6-6 exact'] },
  { text: 'Nine villagers detained by the rebels were released on Sunday.', want: ['freed civilians 9-9 exact'] },
  {
    text: 'The police said 12 suspects detained by officers were being questioned.',
    want: ['arrested suspects 12-12 exact'],
  },
  { text: 'The 15 workers seized by the militia have been freed.', want: ['freed workers 15-15 exact'] },
  { text: 'Police freed 4 people held by the gang.', want: ['freed people 4-4 exact'] },
  { text: 'The group released a video of 5 engineers it abducted last month.', want: ['held engineers 5-5 exact'] },
  { text: 'The boat capsized with 80 people it was carrying.', want: ['present people 80-80 exact'] },
  { text: 'The 12 hostages the gang freed on Monday were flown home.', gap: "the counted noun's own cue (hostages: held) wins over a relative clause with a noun subject", want: ['freed hostages 12-12 exact'] },
  {
    text: 'The ferry that was carrying 300 passengers sank near the harbour.',
    want: ['present passengers 300-300 exact'],
  },
  {
    text: 'The helicopter that airlifted 9 climbers to safety crashed on its return.',
    want: ['freed climbers 9-9 exact'],
  },
];

// More ways of saying who was on a roll or came, who was let go, who stays where, and held by whom.
const more: Case[] = [
  { text: 'The ferry\'s 40-strong crew were rescued by a passing tanker.', want: ['freed crew 40-40 exact'] },
  { text: 'A group of 14 hikers was caught in the avalanche.', want: ['present hikers 14-14 exact'] },
  {
    text: 'Some 629 students were enrolled at the school at the time of the attack.',
    want: ['present students 629-629 about'],
  },
  { text: 'The school has 900 pupils.', want: ['present pupils 900-900 exact'] },
  { text: 'About 3,000 people had come to watch the match.', want: ['present people 3000-3000 about'] },
  { text: 'Some 45,000 fans were in attendance.', want: ['present fans 45000-45000 about'] },
  { text: 'Four suspects are being held at the central police station.', want: ['arrested suspects 4-4 exact'] },
  { text: 'Four suspects are being held.', want: ['arrested suspects 4-4 exact'] },
  { text: 'Nine people were placed under arrest.', want: ['arrested people 9-9 exact'] },
  { text: 'Twelve people were taken to police stations for questioning.', want: ['arrested people 12-12 exact'] },
  { text: 'The hijackers allowed 30 passengers to leave the plane.', want: ['freed passengers 30-30 exact'] },
  { text: 'Forty passengers were allowed to leave the plane.', want: ['freed passengers 40-40 exact'] },
  { text: 'Seven people remain hostage in the embassy.', want: ['held people 7-7 exact'] },
  { text: 'The kidnappers are demanding a ransom for 14 abducted farmers.', want: ['held farmers 14-14 exact'] },
  { text: 'Thirty customers were held at gunpoint for two hours.', want: ['held customers 30-30 exact'] },
  { text: 'Gunmen forced 20 passengers off the bus and marched them away.', want: ['held passengers 20-20 exact'] },
  { text: 'The pirates are still holding the vessel and its 18 crew.', want: ['held crew 18-18 exact'] },
  { text: 'Sixteen people were still in the hands of the kidnappers on Friday.', want: ['held people 16-16 exact'] },
  {
    text: 'At least 60 people were believed to be inside the mine when it flooded.',
    want: ['present people 60-null at_least'],
  },
  {
    text: 'More than 20 people are still believed to be inside the collapsed building.',
    gap: "'inside' reads as who was there; 'still ... inside' after a collapse is not read as missing", want: ['missing people 20-null at_least'],
  },
  { text: 'Rescuers were trying to free 8 people trapped in their cars.', gap: "a modal verb before the count ('trying to free') drops it, though the participle after says trapped", want: ['missing people 8-8 exact'] },
  { text: 'The 300 evacuees are being housed in two schools.', want: ['displaced people 300-300 exact'] },
  { text: 'Some 1,100 people were evacuated to higher ground.', want: ['displaced people 1100-1100 about'] },
  { text: 'About 90,000 people remain displaced.', want: ['displaced people 90000-90000 about'] },
  { text: 'An estimated 200 people were left stranded on rooftops.', want: ['other people 200-200 about'] },
  { text: 'Around 40 stranded tourists were evacuated by boat.', want: ['displaced tourists 40-40 about'] },
  {
    text: 'Floods have affected 1.2 million people across 14 districts.',
    want: ['affected people 1200000-1200000 exact'],
  },
  {
    text: 'Twenty-two of the abducted were freed; 9 are still held.',
    want: ['freed people 22-22 exact', 'held people 9-9 exact'],
  },
  { text: 'Freed: 22; still held: 9', want: ['freed people 22-22 exact', 'held people 9-9 exact'] },
  {
    text: 'Police detained 14, then released 6 without charge.',
    want: ['arrested people 14-14 exact', 'freed people 6-6 exact'],
  },
];

// Zero claims, hedges and vague quantities, and headline wording, across these measures.
const values: Case[] = [
  { text: 'No one was kidnapped.', want: ['held people 0-0 exact'] },
  { text: 'None of the passengers was abducted.', want: ['held passengers 0-0 exact'] },
  { text: 'No one has been arrested.', want: ['arrested people 0-0 exact'] },
  { text: 'There were no passengers on board.', want: ['present passengers 0-0 exact'] },
  { text: 'No residents were evacuated.', want: ['displaced civilians 0-0 exact'] },
  { text: 'Nobody was displaced by the tremor.', want: ['displaced people 0-0 exact'] },
  { text: 'No one is unaccounted for.', want: ['missing people 0-0 exact'] },
  { text: 'No crew members are missing.', want: ['missing crew 0-0 exact'] },
  { text: 'None of the workers is missing.', want: ['missing workers 0-0 exact'] },
  { text: 'No one was trapped.', want: ['missing people 0-0 exact'] },
  { text: 'Missing: none', want: ['missing people 0-0 exact'] },
  { text: 'Arrests: none', want: ['arrested people 0-0 exact'] },
  { text: 'Abducted: 0', want: ['held people 0-0 exact'] },
  { text: 'No hostages have been freed yet.', want: ['freed hostages 0-0 exact'] },
  { text: 'Some two dozen hostages were freed.', want: ['freed hostages 24-24 about'] },
  { text: 'Roughly half a dozen fishermen are missing.', want: ['missing fishermen 6-6 about'] },
  { text: 'Nearly three dozen passengers were abducted.', want: ['held passengers null-36 at_most'] },
  { text: 'More than a hundred villagers fled.', want: ['displaced civilians 100-null at_least'] },
  { text: 'Scores of students were abducted.', want: ['held students 40-99 vague'] },
  { text: 'A handful of hostages were freed.', want: ['freed hostages 2-5 vague'] },
  { text: 'A couple of hikers are missing.', want: ['missing hikers 2-3 vague'] },
  { text: 'Several dozen miners are trapped.', want: ['missing miners 36-108 vague'] },
  { text: 'Hundreds of thousands have been displaced.', want: ['displaced people 200000-999999 vague'] },
  { text: 'Between 300 and 400 people were arrested.', want: ['arrested people 300-400 range'] },
  { text: 'Thirty to forty people were kidnapped.', want: ['held people 30-40 range'] },
  { text: 'Up to 2,000 people were evacuated.', want: ['displaced people null-2000 at_most'] },
  { text: 'No fewer than 50 people were abducted.', want: ['held people 50-null at_least'] },
  { text: 'Fewer than 10 people remain missing.', want: ['missing people null-10 at_most'] },
  { text: 'Close to 600 migrants were rescued.', want: ['freed migrants null-600 at_most'] },
  { text: 'An estimated 1.5 million people have been displaced.', want: ['displaced people 1500000-1500000 about'] },
  { text: 'Around 1,000 were detained.', want: ['arrested people 1000-1000 about'] },
  { text: '50-plus people were rescued.', want: ['freed people 50-null at_least'] },
  { text: 'Two lakh people were evacuated.', want: ['displaced people 200000-200000 exact'] },
  { text: 'A dozen miners are trapped.', want: ['missing miners 12-12 exact'] },
  { text: 'Fifteen or sixteen people are missing.', want: ['missing people 15-16 range'] },
  { text: 'Upwards of 300 people were rescued.', want: ['freed people 300-null at_least'] },
  { text: 'Well over 1,000 people fled.', want: ['displaced people 1000-null at_least'] },
  { text: 'Just under 200 people were evacuated.', want: ['displaced people null-200 at_most'] },
  { text: 'Gunmen Kidnap 12 Worshippers', want: ['held worshippers 12-12 exact'] },
  { text: 'Ferry Carrying 200 Sinks', gap: "in a title-case headline a capitalised verb after the count ('Sinks') is read as the counted noun", want: ['present people 200-200 exact'] },
  { text: '300 Evacuated As Wildfire Spreads', want: ['displaced people 300-300 exact'] },
  { text: 'Police Arrest 45 After Riot', want: ['arrested people 45-45 exact'] },
  { text: 'Dozens Missing After Landslide', want: ['missing people 24-99 vague'] },
  { text: '12 Miners Trapped In Collapsed Shaft', want: ['missing miners 12-12 exact'] },
  { text: 'All 21 Hostages Freed', want: ['freed hostages 21-21 exact'] },
  { text: 'Kidnappers free 9, keep 4', want: ['freed people 9-9 exact', 'held people 4-4 exact'] },
  {
    text: 'Flood: 5,000 displaced, 12 missing',
    want: ['displaced people 5000-5000 exact', 'missing people 12-12 exact'],
  },
  { text: 'Ship hijacked, 18 crew held', want: ['held crew 18-18 exact'] },
];

// Official releases, translated word order and coders' labels.
const releases: Case[] = [
  { text: 'Troops rescued twelve (12) kidnapped victims.', want: ['freed people 12-12 exact'] },
  { text: 'The operation led to the release of eight (8) hostages.', want: ['freed hostages 8-8 exact'] },
  { text: 'A total of 17 persons have been evacuated to safer places.', want: ['displaced people 17-17 exact'] },
  { text: 'Were evacuated 450 persons from the affected area.', want: ['displaced people 450-450 exact'] },
  {
    text: 'Were rescued 23 people, including 5 children.',
    want: ['freed people 23-23 exact', 'freed children 5-5 exact'],
  },
  { text: 'In the course of the operation, 14 suspects were apprehended.', want: ['arrested suspects 14-14 exact'] },
  { text: 'Abducted: 12 (local sources)', want: ['held people 12-12 exact'] },
  { text: 'Kidnapped: 5 engineers; freed: 3', gap: "a label list after a semicolon does not carry the first label's noun to a bare count", want: ['held engineers 5-5 exact', 'freed engineers 3-3 exact'] },
  { text: 'Persons rescued: 31; persons missing: 4', want: ['freed people 31-31 exact', 'missing people 4-4 exact'] },
  { text: 'Displaced households: 120 (approx. 600 persons)', want: ['displaced people 600-600 about'] },
  { text: 'The number of evacuated persons amounts to 1,250.', want: ['displaced people 1250-1250 exact'] },
  { text: 'The number of rescued persons stands at 64.', want: ['freed people 64-64 exact'] },
  { text: 'The search for the remaining three (3) missing persons is ongoing.', want: ['missing people 3-3 exact'] },
  { text: 'Twenty-seven (27) persons are still unaccounted for.', want: ['missing people 27-27 exact'] },
  {
    text: 'Seven (7) suspects are in custody and assisting police with investigations.',
    want: ['arrested suspects 7-7 exact'],
  },
  {
    text: 'Forty-one (41) inmates escaped; 12 have been recaptured.',
    want: ['other inmates 41-41 exact', 'arrested inmates 12-12 exact'],
  },
  {
    text: 'The coast guard rescued 47 migrants, 6 of them minors.',
    want: ['freed migrants 47-47 exact', 'freed children 6-6 exact'],
  },
  { text: 'Evacuation of 2,300 residents is under way.', want: ['displaced civilians 2300-2300 exact'] },
  { text: 'Police took into custody 15 persons.', want: ['arrested people 15-15 exact'] },
  { text: 'Security forces apprehended a total of 22 suspects.', want: ['arrested suspects 22-22 exact'] },
  { text: 'They were holding captive 11 civilians.', want: ['held civilians 11-11 exact'] },
  { text: 'The gunmen took captive 9 passengers.', want: ['held passengers 9-9 exact'] },
  { text: 'Freed hostages: 12', want: ['freed hostages 12-12 exact'] },
  { text: 'Number of persons evacuated: 3,400', want: ['displaced people 3400-3400 exact'] },
  { text: 'Number of people trapped: 9', want: ['missing people 9-9 exact'] },
  { text: 'Number of arrests: 27', want: ['arrested people 27-27 exact'] },
  { text: 'Rescued alive: 14', want: ['freed people 14-14 exact'] },
  { text: 'Still in captivity: 33', want: ['held people 33-33 exact'] },
  { text: 'Released on bail: 6', want: ['freed people 6-6 exact'] },
  { text: 'Relocated: 1,020 persons', want: ['displaced people 1020-1020 exact'] },
];

// Short stories of two sentences: bare counts that pick out of the people counted just before.
const stories: Case[] = [
  {
    text: 'The boat was carrying 56 migrants. Thirty-one were rescued and the rest are missing.',
    want: ['present migrants 56-56 exact', 'freed migrants 31-31 exact'],
  },
  {
    text: 'The boat was carrying 56 migrants. Thirty-one were rescued, and 25 are still missing.',
    want: ['present migrants 56-56 exact', 'freed migrants 31-31 exact', 'missing migrants 25-25 exact'],
  },
  {
    text: 'Gunmen kidnapped 40 pupils on Monday. On Wednesday 15 of them escaped.',
    want: ['held pupils 40-40 exact', 'freed pupils 15-15 exact'],
  },
  {
    text: 'Gunmen kidnapped 40 pupils on Monday. Fifteen escaped on Wednesday, and the remaining 25 are still held.',
    want: ['held pupils 40-40 exact', 'freed pupils 15-15 exact', 'held pupils 25-25 exact'],
  },
  {
    text: 'Twenty-two miners were underground when the shaft flooded. Rescuers have brought 14 to the surface.',
    want: ['present miners 22-22 exact', 'freed miners 14-14 exact'],
  },
  {
    text: 'Twenty-two miners were underground when the shaft flooded. Eight are still trapped.',
    want: ['present miners 22-22 exact', 'missing miners 8-8 exact'],
  },
  {
    text: 'The ferry had 300 people on board. Officials said 250 had been rescued and 50 were unaccounted for.',
    want: ['present people 300-300 exact', 'freed people 250-250 exact', 'missing people 50-50 exact'],
  },
  {
    text: 'Police arrested 60 protesters on Saturday. Forty were released the next day.',
    want: ['arrested protesters 60-60 exact', 'freed protesters 40-40 exact'],
  },
  {
    text: 'The militants seized 12 soldiers. They later freed 5 of them.',
    want: ['held security_forces 12-12 exact', 'freed security_forces 5-5 exact'],
  },
  {
    text: 'Around 3,000 villagers fled the fighting. About 1,200 of them have reached a camp near the border.',
    want: ['displaced civilians 3000-3000 about'],
  },
  {
    text: 'Gunmen attacked a bus carrying 30 passengers. Eighteen were abducted.',
    want: ['present passengers 30-30 exact', 'held passengers 18-18 exact'],
  },
  {
    text: 'Gunmen attacked a bus carrying 30 passengers and abducted 18 of them.',
    want: ['present passengers 30-30 exact', 'held passengers 18-18 exact'],
  },
  {
    text: 'The hijackers freed 25 women and children. About 100 men are still on the plane.',
    gap: "people still aboard a hijacked plane read as present, not held", want: ['freed people 25-25 exact', 'held men 100-100 about'],
  },
  {
    text: 'Pirates boarded the vessel, which had 24 crew. Six crew members were taken.',
    want: ['present crew 24-24 exact', 'held crew 6-6 exact'],
  },
  {
    text: 'Nine climbers were caught by the avalanche. Five have been found alive, and four are still missing.',
    want: ['freed people 5-5 exact', 'missing people 4-4 exact'],
    not: ['arrested climbers 9-9 exact'],
  },
  { text: 'Two robbers were caught in the act.', want: ['arrested attackers 2-2 exact'] },
  {
    text: 'Fifty-three people were trapped by the landslide. Forty have been pulled out alive.',
    want: ['missing people 53-53 exact', 'freed people 40-40 exact'],
  },
  {
    text: 'The attackers took 17 hostages. Two were killed during the rescue and 15 were freed.',
    gap: "bare counts that are not the first of their sentence, or killed, do not take the hostages' group", want: ['held hostages 17-17 exact', 'killed hostages 2-2 exact', 'freed hostages 15-15 exact'],
  },
  {
    text: 'About 500 people were inside the mall. Most escaped, but 30 are missing.',
    want: ['present people 500-500 about', 'missing people 30-30 exact'],
  },
  {
    text: 'Police detained 120 people during the raids. Of these, 80 have been charged.',
    want: ['arrested people 120-120 exact', 'arrested people 80-80 exact'],
  },
  {
    text: 'Some 8,000 people have been evacuated. Of these, 2,000 are in relief camps.',
    want: ['displaced people 8000-8000 about', 'displaced people 2000-2000 exact'],
  },
];

// Still missing or still there: not yet found, stuck, overdue; on shift, watching; capacities and populations are no counts.
const still: Case[] = [
  { text: 'Twelve people are believed to have been swept away by the river.', want: ['missing people 12-12 exact'] },
  { text: 'Efforts to find 7 fishermen continue.', want: ['missing fishermen 7-7 exact'] },
  {
    text: 'The 12 missing include three children.',
    want: ['missing people 12-12 exact', 'missing children 3-3 exact'],
  },
  { text: 'Nine miners have yet to be rescued.', want: ['missing miners 9-9 exact'], not: ['freed miners 9-9 exact'] },
  { text: 'Four workers remain stuck in the lift shaft.', want: ['missing workers 4-4 exact'] },
  { text: 'Three hikers were reported overdue on Sunday evening.', want: ['missing hikers 3-3 exact'] },
  { text: 'Six sailors remain lost at sea.', want: ['missing crew 6-6 exact'] },
  { text: 'Rescuers said 14 people were believed to be alive under the rubble.', want: ['missing people 14-14 exact'] },
  { text: 'Around 25 people are believed to be still trapped.', want: ['missing people 25-25 about'] },
  { text: 'About 40 workers were on shift when the fire started.', want: ['present workers 40-40 about'] },
  { text: 'Some 30,000 spectators watched the final.', want: ['present spectators 30000-30000 about'] },
  { text: 'The 12-seat aircraft crashed into a hillside.', want: [], not: ['present people 12-12 exact'] },
  { text: 'Some 2,000 people live in the village.', want: [], not: ['present people 2000-2000 about'] },
  { text: 'About 150 people were at the stadium when the stand collapsed.', want: ['present people 150-150 about'] },
  { text: 'At least 200 people were still inside when the fire spread.', want: ['present people 200-null at_least'] },
  {
    text: 'Eleven crew members and 54 passengers were on the flight.',
    want: ['present crew 11-11 exact', 'present passengers 54-54 exact'],
  },
  { text: 'About 200 vehicles were stuck in the snow.', want: [], not: ['missing vehicles 200-200 about'] },
];

// Who detains: civilians hold captive, the state arrests; inhabitants are civilians.
const detainers: Case[] = [
  { text: 'In March, villagers detained 12 police officers for a day.', want: ['held security_forces 12-12 exact'] },
  { text: 'Angry residents detained 5 soldiers overnight.', want: ['held security_forces 5-5 exact'] },
  { text: 'Police detained 12 villagers.', want: ['arrested civilians 12-12 exact'] },
  {
    text: 'Troops neutralised 9 insurgents and apprehended 3 others.',
    want: ['arrested attackers 3-3 exact'],
    not: ['held attackers 3-3 exact'],
  },
  { text: 'About 400 inhabitants took refuge in the church.', want: ['displaced civilians 400-400 about'] },
];

// Who was there: on board, on duty, in the queue, a crowd's size, who set out or boarded, sheltering when hit.
const there: Case[] = [
  {
    text: 'Among the 230 people on board were 12 children.',
    want: ['present people 230-230 exact', 'present children 12-12 exact'],
  },
  { text: 'About 60 people were in the queue when the bomb went off.', want: ['present people 60-60 about'] },
  { text: 'Some 20 guards were on duty at the gate.', want: ['present security_forces 20-20 about'] },
  { text: 'More than 100 people were present at the meeting.', want: ['present people 100-null at_least'] },
  { text: 'The crowd numbered about 5,000.', want: ['present people 5000-5000 about'] },
  { text: 'A 10,000-strong crowd gathered outside the court.', want: ['present people 10000-10000 exact'] },
  { text: 'Police fired on a 2,000-strong crowd.', want: ['present people 2000-2000 exact'] },
  { text: 'The march drew some 15,000 people.', want: ['present people 15000-15000 about'] },
  { text: 'There were 64 people in the bus.', want: ['present people 64-64 exact'] },
  {
    text: 'The jeep was carrying 11 people, including 4 children.',
    want: ['present people 11-11 exact', 'present children 4-4 exact'],
  },
  {
    text: 'The plane, an airliner with 148 people aboard, crashed on landing.',
    want: ['present people 148-148 exact'],
  },
  { text: 'At the time, 35 people were working in the building.', want: ['present people 35-35 exact'] },
  { text: 'About 70 people were travelling on the ferry.', want: ['present people 70-70 about'] },
  { text: 'The school had some 400 pupils in class when the roof collapsed.', want: ['present pupils 400-400 about'] },
  { text: 'Twelve fishermen had set out on Sunday.', want: ['present fishermen 12-12 exact'] },
  { text: 'Nearly 90 passengers had boarded the train.', want: ['present passengers null-90 at_most'] },
  { text: 'Roughly 300 people were sheltering in the school when it was hit.', want: ['present people 300-300 about'] },
];

coverage('held: taken, kept and still with captors', held);
coverage('freed: released, rescued, escaped, brought out alive', freed);
coverage('missing: unaccounted for, trapped, not traced, searched for', missing);
coverage('present: aboard, carrying, inside, gathered, at work', present);
coverage('displaced: fled, evacuated, homeless, in shelters', displaced);
coverage('arrested: detained, in custody, rounded up', arrested);
coverage('affected', affected);
coverage('sources of these measures', sources);
coverage('news-length sentences', reported);
coverage('several sentences, labels and breakdowns', mixed);
coverage('idioms and modified people nouns', idioms);
coverage('relative clauses and agents', clauses);
coverage('rolls, leaving, staying and holding', more);
coverage('zeros, hedges and headlines', values);
coverage('releases, translated order and labels', releases);
coverage('two-sentence stories', stories);
coverage('still missing or still there', still);
coverage('who detains', detainers);
coverage('who was there', there);
