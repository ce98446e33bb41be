// Round 19 (measures): blind misses of dev 506–541 (F23–F25) — who was there, held, moved, hurt, missing, freed.
import { absent, table } from './helpers.js';

table('asleep at the scene: present', [
  ['The roof fell on the east wing, where some 80 people were asleep.', 'present people 80-80 about'],
  ['About 30 guests were asleep in the lodge when the mudslide hit.', 'present guests 30-30 about'],
  ['Fire crews said 14 workers were fast asleep in the dormitory above the kitchen.', 'present workers 14-14 exact'],
]);

absent('asleep before a verb of harm is no count of who was there', [
  ['Three children who were asleep upstairs died in the fire.', 'present children 3-3 exact'],
  ['Two guards who were still asleep were injured by the blast.', 'present security_forces 2-2 exact'],
]);

table('a short aside between the count and its doing: present', [
  ['The slide hit the trail where about 40 people, most of them foreign hikers, were climbing towards the pass.', 'present people 40-40 about'],
  ['The shell landed while some 200 people, many of them women with small children, were queuing for water.', 'present people 200-200 about'],
  ['The bridge gave way as roughly 60 pupils, all from the same village school, were crossing it.', 'present pupils 60-60 about'],
]);

table('people seen doing something when it happened: present', [
  ['A guide said he had counted 14 people walking ahead of him when the slope gave way.', 'present people 14-14 exact'],
  ['A cook said she had seen about a dozen men working on the top floors when the wind rose.', 'present men 12-12 about'],
  ['The driver noticed some 25 pilgrims resting by the road as the truck lost its brakes.', 'present pilgrims 25-25 about'],
]);

table('forces and responders as the subject of what they did there: present', [
  ['Around 60 firefighters from four towns battled the blaze for most of the night.', 'present firefighters 60-60 about'],
  ['A total of 160 personnel from the army, the police and the Red Cross are engaged in search and rescue.', 'present personnel 160-160 exact'],
  ['Navy and air force teams, along with 450 army personnel, are engaged in relief operations.', 'present security_forces 450-450 exact'],
  ['More than 300 police officers cordoned off the district overnight.', 'present security_forces 300-null at_least'],
  ['Some 45 rescuers worked through the night to reach the men.', 'present rescuers 45-45 about'],
]);

absent('forces as the object or the source of a verb are not read as at work', [
  ['The rebels said 30 soldiers surrendered their weapons at the border.', 'present security_forces 30-30 exact'],
  ['Gunmen ambushed a convoy and killed 12 soldiers escorting it.', 'present security_forces 12-12 exact'],
]);

table('holed up with people: held', [
  ['The robbers barricaded themselves inside the bank with twenty-three (23) people.', 'held people 23-23 exact'],
  ['The gunmen holed up in a farmhouse with about 15 villagers.', 'held civilians 15-15 about'],
  ['After the chase the suspects were entrenched in a warehouse with nine workers.', 'held workers 9-9 exact'],
]);

table('moved between places of custody: other', [
  ['Soldiers regained control by noon and transferred 40 inmates to the maximum security prison.', 'other inmates 40-40 exact'],
  ['So far, 214 persons deprived of liberty have been transferred to other centres.', 'other people 214-214 exact'],
  ['Guards moved 120 prisoners to another facility overnight.', 'other prisoners 120-120 exact'],
]);

absent('a move to a place of care or an arrest is not a custody move', [
  ['The army transferred 30 wounded soldiers to the military hospital.', 'other security_forces 30-30 exact'],
  ['Police said 16 people detained at the scene had been moved to the central prison.', 'other people 16-16 exact'],
]);

table('a verb with no cue, then "and died" or "with" a harm: killed or injured', [
  ['One (1) traveller in a passing car was also hit by a stray bullet and died on the spot.', 'killed passengers 1-1 exact'],
  ['Three miners were struck by falling rock and died before help arrived.', 'killed miners 3-3 exact'],
  ['Two herders were knocked off the bridge by the current and later died.', 'killed herders 2-2 exact'],
  ['Rescuers found 22 people alive, eleven of whom were flown by helicopter to the capital with frostbite.', 'injured people 11-11 exact'],
  ['Four climbers were carried down the mountain on stretchers with broken legs.', 'injured climbers 4-4 exact'],
  ['Thirty-eight persons were delivered to medical institutions with injuries.', 'injured people 38-38 exact'],
]);

table('a relative clause of harm received: injured', [
  ['Two officers were wounded, as well as one (1) customer who suffered a gunshot wound to the leg.', 'injured customers 1-1 exact'],
  ['The blast also hurt two passers-by, as well as one vendor who sustained burns to his arms.', 'injured vendors 1-1 exact'],
  ['One shopkeeper who received cuts from flying glass was treated at the scene.', 'injured shopkeepers 1-1 exact'],
  ['Three pupils who suffered fractures were flown to the capital.', 'injured pupils 3-3 exact'],
]);

absent('a main verb after the relative clause still rules', [
  ['Four workers who received serious burns later died.', 'injured workers 4-4 exact'],
]);

table('not back, said without "from": missing', [
  ['He said 31 fishermen who had set out in dugouts before the warning reached them had not returned.', 'missing fishermen 31-31 exact'],
  ['Officials said 12 fishermen had not returned.', 'missing fishermen 12-12 exact'],
  ['Some 40 herders who took their cattle up the valley have not come back.', 'missing herders 40-40 about'],
  ['Five hunters who went into the forest on Monday never returned.', 'missing hunters 5-5 exact'],
]);

table('brought down or lowered safely: freed', [
  ['The operator said the 19 passengers stranded in the second cabin were brought down safely.', 'freed passengers 19-19 exact'],
  ['Rescuers said six climbers were lowered to safety by rope.', 'freed climbers 6-6 exact'],
  ['By midnight the last 12 skiers had been safely brought down from the stalled lift.', 'freed skiers 12-12 exact'],
]);

table('none of a hedged whole: zero, and the whole there', [
  ['The railway said none of the roughly 400 passengers on the train had been hurt.', 'injured passengers 0-0 exact'],
  ['The railway said none of the roughly 400 passengers on the train had been hurt.', 'present passengers 400-400 about'],
  ['Twelve of the roughly 40 passengers on the bus were injured.', 'injured passengers 12-12 exact'],
  ['Two of the 30 workers in the mine died.', 'present workers 30-30 exact'],
]);

absent('the whole of a part does not take the verb of the part', [
  ['Two of the 30 workers in the mine died.', 'killed workers 30-30 exact'],
  ['None of the about 50 guests in the hall were hurt.', 'injured guests 50-50 about'],
]);

table('a share of the displaced staying anywhere: displaced', [
  ['An estimated 4,100 persons have been displaced, of whom 2,650 are staying at a primary school and two churches.', 'displaced people 2650-2650 exact'],
  ['Some 1,200 villagers have been displaced, 800 of whom are sheltering in a church.', 'displaced civilians 800-800 exact'],
  ['More than 300 people fled their homes, of whom 120 are living in the parish hall.', 'displaced people 120-120 exact'],
]);

table('a count set off after "or": the verb after the closing comma', [
  ['The office said 86 families, or some 340 residents, had been evacuated to a covered court.', 'displaced civilians 340-340 about'],
  ['About 50 households, or roughly 200 people, were evacuated from the flooded ward.', 'displaced people 200-200 about'],
  ['Thirty homes, or about 150 villagers, were evacuated as the river rose.', 'displaced civilians 150-150 about'],
]);

table('leaving the place one lives in: displaced', [
  ['According to the governor, around 400 residents left the village for the municipal seat.', 'displaced civilians 400-400 about'],
  ['Some 2,000 people had left the town by nightfall.', 'displaced people 2000-2000 about'],
  ['Officials said 600 villagers left the area after the shelling.', 'displaced civilians 600-600 exact'],
]);

table('moved or staying away from home for the night: displaced', [
  ['The city said 46 residents of the damaged block and the two next to it had been moved to a hotel and a gym for the night.', 'displaced civilians 46-46 exact'],
  ['He said about 1,100 residents of the valley and the hamlet above it had spent the night in schools and a mosque.', 'displaced civilians 1100-1100 about'],
  ['Some 250 villagers were taken to a church hall for the night.', 'displaced civilians 250-250 about'],
  ['She was among around 1,500 people moved overnight to two school buildings.', 'displaced people 1500-1500 about'],
  ['About 90 residents were relocated overnight to a church.', 'displaced civilians 90-90 about'],
]);

absent('a stay the event interrupted is no displacement', [
  ['Some 300 guests were staying in the hotel for the night when the fire broke out.', 'displaced guests 300-300 about'],
]);

table('a subset taken to a hospital with a long name: injured', [
  ['"We have rescued 54 people from rooftops, and 31 of those were taken to Kisii Teaching and Referral Hospital," he said.', 'injured people 31-31 exact'],
  ['Twelve were rushed to Mater Misericordiae University Hospital.', 'injured people 12-12 exact'],
  ['Four were taken to Saint Joseph Mission Hospital in the valley.', 'injured people 4-4 exact'],
]);

table('a list whose last item is headed by a harm: each keeps its own', [
  ['By evening we had pulled out 11 bodies and more than 40 injured.', 'killed people 11-11 exact'],
  ['Rescuers recovered six bodies and about 20 wounded from the hull.', 'killed people 6-6 exact'],
  ['The team brought out three bodies and nine injured by noon.', 'killed people 3-3 exact'],
]);

table('harm from gas, heat or exposure: injured', [
  ['Hospitals received a total of 112 persons suffering from breathing difficulties.', 'injured people 112-112 exact'],
  ['Patrols found 14 migrants dead and dozens more suffering from dehydration.', 'injured migrants 24-99 vague'],
  ['Nine firefighters were treated for smoke inhalation.', 'injured firefighters 9-9 exact'],
]);

table('kept under observation, or put in hospital by the event: injured', [
  ['Of these, 91 were discharged, while twenty-one (21) remain under observation at the regional hospital.', 'injured people 21-21 exact'],
  ['Nine were kept under observation overnight.', 'injured people 9-9 exact'],
  ['A chlorine leak at a treatment plant hospitalised 23 people.', 'injured people 23-23 exact'],
]);

table('sent to hell, the object between: killed', [
  ['Own troops engaged the khwarij and sent four (4) of them to hell.', 'killed attackers 4-4 exact'],
  ['Troops sent 12 terrorists to hell in the exchange of fire.', 'killed attackers 12-12 exact'],
  ['The soldiers sent the three militants to hell after a long chase.', 'killed attackers 3-3 exact'],
]);

absent('what a place or a vehicle can take is no count', [
  ['The cabin, which can hold 25 passengers, was carrying only five people.', 'held passengers 25-25 exact'],
  ['The hall, which could accommodate 500 people, was full.', 'present people 500-500 exact'],
  ['Boats able to carry 40 people were sent.', 'present people 40-40 exact'],
]);

table('"only" before a count of those aboard or killed', [
  ['The cabin was carrying only five people when the cable slipped.', 'present people 5-5 exact'],
  ['The gunmen killed only two guards before fleeing.', 'killed security_forces 2-2 exact'],
  ['The ferry had only 30 passengers on board when it capsized.', 'present passengers 30-30 exact'],
]);

table('attackers as the subject of a reported clause: present', [
  ['Witnesses said three or four gunmen on motorbikes drove up to the school.', 'present attackers 3-4 range'],
  ['Police said that about 20 militants attacked the post.', 'present attackers 20-20 about'],
  ['The chief says five gunmen fired on the crowd from a pickup.', 'present attackers 5-5 exact'],
]);

table('a condition picks from the injured, not from people seen lying or a crowd', [
  ['A volunteer saw at least twenty people lying on the steps. The hospital said 38 of the injured were still admitted, four of them in a critical state.', 'injured people 4-4 exact'],
  ['Some 200 people were lying on the platform. The hospital said 40 of the injured remained admitted, six of them in critical condition.', 'injured people 6-6 exact'],
  ['Dozens of pilgrims were lying by the gate. Doctors said 25 of the wounded were still in the ward, three of them in a serious condition.', 'injured people 3-3 exact'],
]);

absent('a share picked out by "of them" gives its harm to no one else', [
  ['The remaining 12 seafarers, one of them wounded by gunfire, sailed the vessel to port.', 'injured seafarers 12-12 exact'],
  ['Twenty miners, two of them injured, walked out of the shaft.', 'injured miners 20-20 exact'],
]);

table('personnel beside fire engines: personnel', [
  ['Four (4) fire tenders and thirty-two (32) personnel from three stations were deployed to the scene.', 'present personnel 32-32 exact'],
  ['Six fire appliances and 40 personnel were deployed to the depot.', 'present personnel 40-40 exact'],
  ['The service deployed five tenders and about 50 personnel to the market.', 'present personnel 50-50 about'],
]);
