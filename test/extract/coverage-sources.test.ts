// Coverage of how English reporting says who asserts a figure (issue #4, sources): each construction of
// attribution crossed with the speakers reporting has, one row each, in sentences written for this table.
// A row names the figure by the text its evidence opens on, and the source it must carry: the name is read as
// the eval reads it (case-insensitive, a leading "the" dropped, either name containing the other), the kind
// exactly, and `via` as a substring when the row gives one. Rows are read as a newspaper's (outlet Coastal Herald)
// unless they give another outlet: a coder's log ('Event log') or none at all (a release read alone, '').
// A row marked `gap` is a known miss: it is checked to still fail, with the reason beside it, so that the next
// person sees what is left.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';
import { sourceMatches } from '../../src/eval/score.js';
import type { ReportMeta } from '../../src/extract/types.js';

type Row = {
  text: string;
  at: string;
  name: string;
  kind: string;
  via?: string;
  outlet?: string;
  gap?: string;
};

const OUTLET = 'Coastal Herald';

/** Why the row fails, or '' when the figure carries the source it should. */
function verdict(r: Row): string {
  const meta: ReportMeta | undefined = r.outlet === '' ? undefined : { outlet: r.outlet ?? OUTLET };
  const f = figures(r.text, meta).find((c) => r.text.slice(c.span.start).startsWith(r.at));
  if (!f) return `no figure at "${r.at}"`;
  const got = `${f.source.name} (${f.source.kind}${f.source.via ? `, via ${f.source.via}` : ''})`;
  if (!sourceMatches({ names: r.name.split('|'), kind: r.kind } as never, f.source)) return `got ${got}`;
  if (r.via && !(f.source.via ?? '').toLowerCase().includes(r.via.toLowerCase())) return `via: got ${got}`;
  return '';
}

function rows(name: string, list: Row[]): void {
  describe(name, () => {
    for (const r of list) {
      const title = r.gap ? `[gap: ${r.gap}] ${r.text}` : r.text;
      it(title, () => {
        const why = verdict(r);
        if (r.gap) expect(why, 'a known gap now passes: drop its gap mark').not.toBe('');
        else expect(why).toBe('');
      });
    }
  });
}

const r = (text: string, at: string, name: string, kind: string, more: Partial<Row> = {}): Row =>
  ({ text, at, name, kind, ...more });

rows('"X said" after the clause, "said X" inverted', [
  r('Twelve people were killed when the bridge gave way, police said.', 'Twelve people', 'police', 'official'),
  r('At least 30 people died in the floods, the disaster management agency said on Tuesday.', 'At least 30',
    'disaster management agency', 'official'),
  r('Four soldiers were wounded in the ambush, said Colonel Idriss Mahamat.', 'Four soldiers', 'Idriss Mahamat',
    'official'),
  r('Nine miners remain trapped underground, said the mine operator, Kivu Gold.', 'Nine miners',
    'Kivu Gold|mine operator', 'official'),
  r('"We have recovered 14 bodies so far," said Hamid Rahimi, the provincial police chief.', '14 bodies',
    'Hamid Rahimi', 'official'),
  r('Eighteen passengers were hurt, a railway spokeswoman said.', 'Eighteen passengers', 'railway spokeswoman',
    'official'),
  r('About 2,000 people fled the fighting, local officials said.', 'About 2,000', 'local officials', 'official'),
  r('Six policemen were killed in the raid, says the interior ministry.', 'Six policemen', 'interior ministry',
    'official'),
  r('The blast killed 22 worshippers, officials say.', '22 worshippers', 'officials', 'official'),
  r('Fifteen of the wounded are in critical condition, hospital officials said.', 'Fifteen', 'hospital officials',
    'official'),
]);

rows('"X, the <title>, said" and titles before names', [
  r('Amos Kipkemboi, the county police commander, said 7 bandits were shot dead.', '7 bandits', 'Amos Kipkemboi',
    'official'),
  r('Provincial Governor Mohammad Qasim said 25 civilians were among the dead.', '25 civilians', 'Mohammad Qasim',
    'official'),
  r('Health Minister Zainab Bello told reporters that 41 patients were still in hospital.', '41 patients',
    'Zainab Bello', 'official'),
  r('Police spokesman Tomas Lindqvist said three suspects had been detained.', 'three suspects', 'Tomas Lindqvist',
    'official'),
  r('Mayor Elena Petrescu said 60 residents had been evacuated from the block.', '60 residents', 'Elena Petrescu',
    'official'),
  r('District Commissioner Rashid Mwinyi said 11 fishermen were still missing.', '11 fishermen', 'Rashid Mwinyi',
    'official'),
  r('The deputy commissioner of Kurram, Javed Iqbal, said 16 people had been killed.', '16 people', 'Javed Iqbal',
    'official'),
  r('Dr Priya Nair, the medical superintendent of the civil hospital, said 33 injured were brought in.',
    '33 injured', 'Priya Nair', 'official'),
  r('The head of the provincial rescue service, Ahmet Demir, said 8 people were pulled out alive.', '8 people',
    'Ahmet Demir', 'official'),
  r('Army spokesman Brigadier General Ousmane Traore said 19 militants were neutralised.', '19 militants',
    'Ousmane Traore', 'official'),
  r('Lt. Col. Ahmed Hassan, a military spokesman, said 5 soldiers died in the attack.', '5 soldiers', 'Ahmed Hassan',
    'official'),
]);

rows('"according to X", before and after', [
  r('According to the fire brigade, 23 people were rescued from the upper floors.', '23 people', 'fire brigade',
    'official'),
  r('At least 40 people were killed, according to the United Nations.', 'At least 40', 'United Nations',
    'official'),
  r('Seven children drowned, according to a local official.', 'Seven children', 'local official', 'official'),
  r('According to residents, more than 50 houses burned and 9 people died.', '9 people', 'residents', 'witness'),
  r('The attack left 14 dead, according to Reuters.', '14 dead', 'Reuters', 'media'),
  r('According to Save the Children, 300 pupils have been displaced by the clashes.', '300 pupils',
    'Save the Children', 'official'),
  r('According to the World Health Organization, 1,200 cholera patients were treated last week.',
    '1,200 cholera patients', 'World Health Organization', 'official'),
  r('According to figures from the health ministry, 87 people have died since the outbreak.', '87 people',
    'health ministry', 'official'),
  r('According to one survivor, about 60 passengers were on the boat.', 'about 60', 'survivor', 'witness'),
  r('According to security sources, 12 attackers were killed.', '12 attackers', 'security sources', 'unnamed'),
]);

rows('"X told <outlet>": the speaker is the source, the outlet the channel', [
  r('A police official told Reuters that 15 people had been arrested.', '15 people', 'police official', 'official',
    { via: 'Reuters' }),
  r('Maryam Saleh, whose brother was on the bus, told the BBC that 30 passengers were missing.', '30 passengers',
    'Maryam Saleh', 'witness', { via: 'BBC' }),
  r('A hospital doctor told AFP that 26 wounded had been admitted overnight.', '26 wounded', 'hospital doctor',
    'official', { via: 'AFP' }),
  r('Military sources told Al Jazeera that 10 soldiers were killed.', '10 soldiers', 'military sources', 'unnamed',
    { via: 'Al Jazeera' }),
  r('A resident of the village told The Associated Press that gunmen killed 8 farmers.', '8 farmers', 'resident',
    'witness'),
  r('The governor told a local radio station on Friday that 43 people had died.', '43 people', 'governor',
    'official'),
]);

rows('"X was quoted as saying", "quoted X as saying"', [
  r('The district chief was quoted as saying that 17 villagers had been abducted.', '17 villagers', 'district chief',
    'official'),
  r('State television quoted the health minister as saying 52 people were injured.', '52 people', 'health minister',
    'official', { via: 'State television' }),
  r('The agency quoted a rescue official as saying that 6 bodies had been found.', '6 bodies', 'rescue official',
    'official'),
  r('Local media quoted witnesses as saying at least 20 people were shot dead.', 'at least 20', 'witnesses', 'witness'),
]);

rows('statements: "in a statement, X said", "X\'s statement said", "a statement from X"', [
  r('In a statement, the army said 13 insurgents were killed in the operation.', '13 insurgents', 'army', 'official'),
  r('The interior ministry said in a statement that 28 suspects had been arrested.', '28 suspects',
    'interior ministry', 'official'),
  r("The ministry's statement said 9 border guards were wounded.", '9 border guards', 'ministry', 'official'),
  r('A statement from the Red Crescent said 140 families had received tents and that 35 people were injured.',
    '35 people', 'Red Crescent', 'official'),
  r('A statement issued by the provincial government said 48 people had been rescued.', '48 people',
    'provincial government', 'official'),
  r('According to a statement by the coast guard, 71 migrants were picked up at sea.', '71 migrants', 'coast guard',
    'official'),
  r('The police statement said 4 officers were hurt during the protest.', '4 officers', 'police', 'official'),
  r('A joint statement by the two agencies said 500 people had fled.', '500 people', 'two agencies', 'official'),
  r('The company said in a statement that 12 of its workers were unaccounted for.', '12 of its workers', 'company',
    'official'),
]);

rows('verbs of asserting a figure: confirmed, reported, announced, put the toll at, estimated', [
  r('Police confirmed that 3 people had died in the crash.', '3 people', 'police', 'official'),
  r('The health ministry confirmed 19 deaths on Sunday.', '19 deaths', 'health ministry', 'official'),
  r('The National Disaster Management Authority reported 64 deaths across the province.', '64 deaths',
    'National Disaster Management Authority', 'official'),
  r('The military announced that 27 fighters had been killed in air strikes.', '27 fighters', 'military',
    'official'),
  r('Officials put the death toll at 38.', '38', 'officials', 'official'),
  r('The regional health office put the number of injured at 112.', '112', 'regional health office', 'official'),
  r('The UN refugee agency estimated that 45,000 people had fled across the border.', '45,000 people',
    'UN refugee agency', 'official'),
  r('Rescuers estimate that 70 people are still buried under the rubble.', '70 people', 'Rescuers', 'official'),
  r('The civil defence raised the death toll to 31 on Monday.', '31', 'civil defence', 'official'),
  r('The fire department counted 5 dead and 14 injured.', '5 dead', 'fire department', 'official'),
  r('The coast guard recovered 11 bodies, a spokesman said.', '11 bodies', 'spokesman', 'official'),
  r('Authorities have so far registered 2,300 displaced people in camps.', '2,300 displaced', 'Authorities',
    'official', ),
]);

rows('figures released, data showing, citing X', [
  r('Figures released by the interior ministry show 340 people were arrested during the unrest.', '340 people',
    'interior ministry', 'official'),
  r('Data from the International Organization for Migration showed that 1,100 migrants went missing.',
    '1,100 migrants', 'International Organization for Migration', 'official', ),
  r('Government data showed 92 people had died in the heatwave.', '92 people', 'Government', 'official'),
  r('Xinhua reported that 21 miners were killed, citing local authorities.', '21 miners', 'local authorities',
    'official', { via: 'Xinhua' }),
  r('Citing hospital sources, the newspaper said 18 people had died.', '18 people', 'hospital sources', 'unnamed'),
  r('The channel, citing police, said 7 people were arrested.', '7 people', 'police', 'official'),
  r('Preliminary figures from OCHA indicate that 4,500 people have been displaced.', '4,500 people', 'OCHA',
    'official', ),
]);

rows('spokespersons of a body', [
  r('A spokesperson for the fire service said 2 firefighters were injured.', '2 firefighters', 'fire service',
    'official'),
  r("The army's spokesman, Major Kofi Mensah, said 6 soldiers died.", '6 soldiers', 'Kofi Mensah', 'official', ),
  r('Ali Jaber, a spokesman for the civil defence, said 40 people had been pulled alive from the rubble.', '40 people',
    'Ali Jaber', 'official'),
  r('UNHCR spokesman Andrej Novak said 12,000 refugees had fled their homes since Friday.', '12,000 refugees',
    'Andrej Novak', 'official'),
  r('A Taliban spokesman, Qari Yousaf, said the group had killed 15 soldiers.', '15 soldiers', 'Qari Yousaf',
    'militant'),
  r('A spokesman for the rebels said their fighters had captured 30 government troops.', '30 government troops',
    'rebels', 'militant'),
  r('Speaking for the hospital, Dr Leila Haddad said 9 of the wounded had died.', '9 of the wounded',
    'Leila Haddad', 'official'),
]);

rows('officials at a place or a body, roles of a body', [
  r('Officials at the district hospital said 37 people were being treated for burns.', '37 people',
    'district hospital', 'official'),
  r('Officials in Kandahar said 20 civilians were killed.', '20 civilians', 'Officials in Kandahar', 'official'),
  r('The director of the regional hospital said 10 patients were in intensive care.', '10 patients',
    'director of the regional hospital', 'official'),
  r('The village headman said 4 herders had been killed.', '4 herders', 'village headman', 'witness'),
  r('The head of the local Red Cross branch said 250 people were sheltering in the school.', '250 people',
    'Red Cross', 'official'),
  r('A senior police officer at the scene said 8 bodies had been recovered.', '8 bodies', 'police officer',
    'official'),
  r('Doctors at the Aga Khan Hospital said 14 of the injured were in a serious condition.', '14 of the injured',
    'Doctors', 'official'),
  r('A nurse at the clinic said 22 children had been brought in with burns.', '22 children', 'nurse', 'official'),
  r('Staff at the shelter said 130 people had spent the night there.', '130 people', 'Staff', 'official'),
  r('A health worker said 9 people were killed in the shelling.', '9 people', 'health worker', 'official'),
  r('Hospital workers told the radio that 16 wounded were brought in overnight.', '16 wounded', 'Hospital workers',
    'official'),
  r('A relief worker in the camp said 300 families had fled and 12 people had died.', '12 people', 'relief worker',
    'official'),
]);

rows('unnamed: sources, anonymous officials, security sources', [
  r('Security sources said 11 militants were killed in the clash.', '11 militants', 'Security sources', 'unnamed'),
  r('A security source said 6 soldiers had been wounded.', '6 soldiers', 'security source', 'unnamed'),
  r('Sources said at least 25 people were abducted.', 'at least 25', 'Sources', 'unnamed'),
  r('An official who spoke on condition of anonymity said 16 prisoners escaped.', '16 prisoners', 'official',
    'unnamed'),
  r('A police officer, who asked not to be named, said 5 people were shot dead.', '5 people', 'police officer',
    'unnamed'),
  r('Two officials, speaking on condition of anonymity because they were not authorised to talk to the press, said ' +
    '34 people were killed.', '34 people', 'officials', 'unnamed'),
  r('A source close to the investigation said 3 suspects were in custody.', '3 suspects', 'source', 'unnamed'),
  r('Diplomatic sources said 40 foreigners remained trapped in the hotel.', '40 foreigners', 'Diplomatic sources',
    'unnamed'),
  r('Medical sources put the toll at 19.', '19', 'Medical sources', 'unnamed'),
  r('An intelligence official, who declined to be identified, said 9 fighters were killed.', '9 fighters',
    'intelligence official', 'unnamed'),
  r('A military source told AFP that 13 soldiers had been killed.', '13 soldiers', 'military source', 'unnamed'),
  r('Twenty people were killed, reports said.', 'Twenty people', 'reports', 'unnamed'),
  r('Unconfirmed reports put the number of dead at 50.', '50', 'reports', 'unnamed'),
  r('Fourteen people were reportedly killed in the shelling.', 'Fourteen people', 'reports', 'unnamed'),
]);

rows('witnesses, residents, relatives, survivors', [
  r('Witnesses said the gunmen shot dead 12 men at the market.', '12 men', 'Witnesses', 'witness'),
  r('A resident, Fatima Garba, said 7 of her neighbours were kidnapped.', '7 of her neighbours', 'Fatima Garba',
    'witness'),
  r('Residents said more than 40 bodies were buried on Sunday.', 'more than 40', 'Residents', 'witness'),
  r('Survivors said about 150 people had been on board.', 'about 150', 'Survivors', 'witness'),
  r('Relatives of the missing said 23 fishermen had not returned.', '23 fishermen', 'Relatives', 'witness'),
  r('A local elder said 9 villagers were killed in the raid.', '9 villagers', 'local elder', 'witness'),
  r('An eyewitness told the station that at least 15 people were lying on the road.', 'at least 15', 'eyewitness',
    'witness'),
  r('"I counted 30 bodies," said Samuel Otieno, a trader at the market.', '30 bodies', 'Samuel Otieno', 'witness'),
  r('Villagers said 6 children were among those abducted.', '6 children', 'Villagers', 'witness'),
  r('A farmer who escaped the attack said 20 people were killed in his village.', '20 people', 'farmer', 'witness'),
  r('Passengers said 4 people were hurt when the train braked.', '4 people', 'Passengers', 'witness'),
  r('Parents of the kidnapped pupils said 80 children were still missing.', '80 children', 'Parents', 'witness'),
]);

rows('media as the origin: state media, agencies, other outlets', [
  r('State media reported that 26 people were killed in the explosion.', '26 people', 'State media', 'media'),
  r('Eight people died in the collapse, the state news agency reported.', 'Eight people', 'state news agency',
    'media'),
  r('Local media said 5 soldiers were killed.', '5 soldiers', 'Local media', 'media'),
  r('According to the Times of India, 14 pilgrims drowned.', '14 pilgrims', 'Times of India', 'media', ),
  r('The Dawn newspaper reported that 31 people were injured.', '31 people', 'Dawn', 'media'),
  r('Al Arabiya reported 60 dead.', '60 dead', 'Al Arabiya', 'media', ),
  r('IRNA said 17 people were hurt in the quake.', '17 people', 'IRNA', 'media'),
  r('State broadcaster NTV said at least 10 people had been killed.', 'at least 10', 'NTV', 'media'),
  r('Television footage showed dozens of people fleeing; broadcaster CCTV said 9 were missing.', '9 were missing',
    'CCTV', 'media'),
]);

rows('armed groups and their claims', [
  r('The Islamic State group claimed responsibility for the attack, saying it had killed 24 soldiers.',
    '24 soldiers', 'Islamic State', 'militant'),
  r('Al-Shabaab said its fighters killed 30 troops at the base.', '30 troops', 'Al-Shabaab', 'militant'),
  r('The Baloch Liberation Army claimed it had taken 90 passengers hostage.', '90 passengers',
    'Baloch Liberation Army', 'militant'),
  r('The rebels said in a statement that they had captured 40 soldiers.', '40 soldiers', 'rebels', 'militant'),
  r('The militant group said on its Telegram channel that 12 of its fighters died.', '12 of its fighters',
    'militant group', 'militant'),
  r('Houthi military spokesman Yahya Ali said 18 enemy troops were killed.', '18 enemy troops', 'Yahya Ali',
    'militant'),
  r('Zabihullah Khan, a spokesman for the insurgents, said 7 police were killed.', '7 police', 'Zabihullah Khan',
    'militant'),
  r('The armed group released a video showing 16 captives.', '16 captives', 'armed group', 'militant'),
]);

rows('armed parties\' own statements, read alone', [
  r('Statement of the Baloch Liberation Army\n\nOur fighters attacked the convoy and killed 18 personnel of the ' +
    'occupying army.', '18 personnel', 'Baloch Liberation Army', 'militant', { outlet: '' }),
  r('We, the Jaish al-Adl, announce that our mujahideen killed 9 border guards.', '9 border guards', 'Jaish al-Adl',
    'militant', { outlet: '' }),
  r('The enemy claims that 40 of our fighters died. This is false.\n\nOnly 3 of our brothers were martyred.',
    '3 of our brothers', 'outlet', 'militant', { outlet: '' }),
  r('Communique No. 14\n\nThe Command of the Revolutionary Front informs that its units destroyed 2 tanks and ' +
    'killed 25 soldiers.', '25 soldiers', 'Revolutionary Front', 'militant', { outlet: '' }),
  r('The SPLM-N said its fighters had killed 12 soldiers near Kadugli.', '12 soldiers', 'SPLM-N', 'militant'),
  r('IS-linked media claimed that 40 soldiers were killed in the attack on the base.', '40 soldiers', 'IS-linked media',
    'militant'),
  r('The Taliban-run Bakhtar news agency said 21 people died.', '21 people', 'Bakhtar', 'media'),
  r('The Political Bureau of Hamas said 6 of its members were killed in the strike.', '6 of its members', 'Hamas',
    'militant'),
  r('The spokesman of the Movement, Abu Omar, stated that 12 enemy soldiers were killed.', '12 enemy soldiers',
    'Abu Omar', 'official'),
]);

rows('kinds of the speakers reporting has', [
  r('The Ministry of Defence said 3 soldiers were wounded.', '3 soldiers', 'Ministry of Defence', 'official'),
  r('ISPR said 4 terrorists were killed in the operation.', '4 terrorists', 'ISPR', 'official'),
  r('The Inter-Services Public Relations said 6 soldiers embraced martyrdom.', '6 soldiers',
    'Inter-Services Public Relations', 'official'),
  r('The state governor said 57 people were killed.', '57 people', 'governor', 'official'),
  r('The mayor of the town said 300 homes were damaged and 12 people hurt.', '12 people', 'mayor', 'official'),
  r('The Red Cross said 45 people were treated at its field clinic.', '45 people', 'Red Cross', 'official'),
  r('Medecins Sans Frontieres said its teams treated 210 wounded.', '210 wounded', 'Medecins Sans Frontieres',
    'official'),
  r('Amnesty International said at least 100 protesters were killed.', 'at least 100', 'Amnesty International',
    'official'),
  r('UNICEF said 9 children were among the dead.', '9 children', 'UNICEF', 'official'),
  r('The railway company said 420 passengers were on the train.', '420 passengers', 'railway company', 'official'),
  r('The airline said 148 passengers and 6 crew were on board.', '148 passengers', 'airline', 'official'),
  r('The Rescue 1122 service said 15 injured were shifted to hospital.', '15 injured', 'Rescue 1122', 'official'),
  r('The National Emergency Management Agency said 2,000 people were displaced.', '2,000 people',
    'National Emergency Management Agency', 'official'),
  r('The SDF said 11 of its fighters were killed.', '11 of its fighters', 'SDF', 'militant'),
  r('A teachers\' union said 14 teachers had been abducted this term.', '14 teachers', 'union', 'official'),
  r('Human Rights Watch said 37 detainees had died in custody.', '37 detainees', 'Human Rights Watch', 'official'),
  r('The Syrian Observatory for Human Rights said 22 fighters were killed.', '22 fighters',
    'Syrian Observatory for Human Rights', 'official'),
  r('A local vigilante leader said his men had killed 8 bandits.', '8 bandits', 'vigilante leader', 'witness'),
  r('The diocese said 60 worshippers were inside the church.', '60 worshippers', 'diocese', 'official'),
  r('The school principal said 120 pupils were in class when the roof fell.', '120 pupils', 'school principal',
    'official'),
]);

rows('offices under local and international titles', [
  r('SDM Rajesh Kumar said 9 pilgrims drowned when the boat tipped over.', '9 pilgrims', 'Rajesh Kumar', 'official'),
  r('SSP Ramesh Kumar told reporters that 6 suspects were held.', '6 suspects', 'Ramesh Kumar', 'official'),
  r('An SDRF official said 14 people were rescued from the river.', '14 people', 'SDRF official', 'official'),
  r('Civil surgeon Dr Anil Gupta said 22 injured were admitted to the district hospital.', '22 injured',
    'Anil Gupta', 'official'),
  r('The station master said 600 passengers were on the train.', '600 passengers', 'station master', 'official'),
  r('A MONUSCO spokesman said 17 civilians were killed in the raid.', '17 civilians', 'MONUSCO', 'official'),
  r('A State Department spokesperson said 3 Americans were among the dead.', '3 Americans', 'State Department',
    'official'),
  r('The Indian embassy said 12 of its nationals were missing.', '12 of its nationals', 'Indian embassy',
    'official'),
  r('The Philippine National Police said 8 suspects were killed in the shootout.', '8 suspects',
    'Philippine National Police', 'official'),
  r('The sarpanch of the village said 9 people were killed when the wall fell.', '9 people', 'sarpanch', 'witness'),
  r('Mukhiya Ram Prasad said 11 houses were washed away and 2 children drowned.', '2 children', 'Ram Prasad',
    'witness'),
]);

rows('a speaker carried: pronouns, "the group", "the ministry", quotes across sentences', [
  r('Police said 5 people died in the fire. They added that 12 others were injured.', '12 others', 'Police',
    'official'),
  r('The health ministry said 40 people were killed. It said 120 more were wounded.', '120 more', 'health ministry',
    'official'),
  r('Governor Aliyu Bello said 33 people were abducted. He added that 10 had escaped.', '10 had escaped',
    'Aliyu Bello', 'official'),
  r('The Jaish al-Adl group said it attacked the post. The group said 9 guards were killed.', '9 guards',
    'Jaish al-Adl', 'militant'),
  r('The Health Ministry issued a statement on Monday. The ministry said 18 people were in hospital.',
    '18 people', 'Health Ministry', 'official'),
  r('The UN migration agency said the boat capsized at night. The agency said 61 migrants were missing.',
    '61 migrants', 'migration agency', 'official'),
  r('"We found 12 bodies in the house. Another 5 people are missing," the commander said.', 'Another 5', 'commander',
    'official'),
  r('"Fourteen of our men were killed," said the rebel commander. "We also lost 3 vehicles."', 'Fourteen of our men',
    'rebel commander', 'militant'),
  r('The fire chief said the blaze started at noon. Firefighters rescued 23 people, he said.', '23 people',
    'fire chief', 'official'),
  r('According to the army, the attack began at dawn. Seven soldiers were killed and 11 wounded, the army said.',
    'Seven soldiers', 'army', 'official'),
  r('The spokesman, Abdul Karim, said the fighters entered at night. He said they killed 16 policemen.',
    '16 policemen', 'Abdul Karim', 'official'),
  r('The governor spoke to reporters on Friday. He said 28 people had died.', '28 people', 'governor', 'official', ),
  r('Police said the bus overturned on a bend. The driver and 4 passengers died at the scene, they said.',
    '4 passengers', 'Police', 'official'),
  r('The ministry said rescue work continued. So far, 19 people have been found alive, it added.', '19 people',
    'ministry', 'official'),
]);

rows('the outlet\'s own voice where nobody is named', [
  r('Twelve people were killed when a bus plunged into a river on Sunday.', 'Twelve people', OUTLET, 'media'),
  r('Police said the driver fled.\n\nAt least 20 passengers were hurt in the crash.', 'At least 20', OUTLET,
    'media'),
  r('More than 3,000 people have been killed in the conflict since 2020.', 'More than 3,000', OUTLET, 'media'),
  r('Nine people were killed when the roof of a bus station fell in on Monday.', 'Nine people', 'Pamir Times Service',
    'media', { outlet: 'Pamir Times Service' }),
  r('Rescuers recovered 14 bodies from the river after the bridge collapsed.', '14 bodies', 'Tribune News Service',
    'media', { outlet: 'Tribune News Service' }),
]);

rows('headline attribution', [
  r('Police: 12 dead in market blast\n\nA bomb exploded in the central market on Tuesday.', '12 dead', 'Police',
    'official'),
  r('Nine killed in bus crash, officials say\n\nThe bus left the road near the pass.', 'Nine killed', 'officials',
    'official'),
  r('Floods kill 40, says UN\n\nHeavy rain has fallen for a week.', '40', 'UN', 'official'),
  r('Army says 15 militants killed in raid\n\nThe operation began on Monday.', '15 militants', 'Army', 'official'),
  r('Rebels claim 20 soldiers killed\n\nThe fighting is in the east.', '20 soldiers', 'Rebels', 'militant'),
]);

rows('official releases whose issuer is only in the letterhead, dateline or signature', [
  r('PRESS RELEASE\nMinistry of Interior\n\nTwenty-two suspects were arrested in a joint operation on Friday.',
    'Twenty-two suspects', 'Ministry of Interior', 'official', { outlet: '' }),
  r('Security forces conducted an operation in the district. 5 terrorists were killed.\n\n-- ISPR', '5 terrorists',
    'ISPR', 'official', { outlet: '' }),
  r('Rescue teams evacuated 340 residents from the flooded zone.\n\nIssued by: Provincial Disaster Management ' +
    'Authority', '340 residents', 'Provincial Disaster Management Authority', 'official', { outlet: '' }),
  r('Public Relations Office\nState Police Command\n\nSeven suspects were arrested at a hideout on Monday.',
    'Seven suspects', 'State Police Command', 'official', { outlet: '' }),
  r('RAWALPINDI, March 4: Two soldiers embraced shahadat in an exchange of fire. (ISPR)', 'Two soldiers', 'ISPR',
    'official', { outlet: '' }),
  r('The Command wishes to inform the public that 12 victims have been rescued.\n\nSigned\nPolice Public ' +
    'Relations Officer\nBorno State Command', '12 victims', 'Borno State Command|Police Public Relations Officer',
    'official', { outlet: '' }),
  r('Public Relations Office\n\nState Police Command\n\nSeven suspects were arrested at a hideout on Monday.',
    'Seven suspects', 'State Police Command', 'official', { outlet: '' }),
  r('Public Relations Office, State Police Command\n\nSeven suspects were arrested at a hideout on Monday.',
    'Seven suspects', 'State Police Command', 'official',
    { outlet: '' }),
  r('Five soldiers were wounded in the blast.\n\nMedia Cell\nDefence Headquarters', 'Five soldiers',
    'Defence Headquarters', 'official', { outlet: '' }),
  r('Troops neutralised 12 terrorists in the operation.\n\nMaj Gen Edward Buba\nDirector Defence Media Operations',
    '12 terrorists', 'Defence Media Operations', 'official', { outlet: '' }),
  r('The Agency recorded 4 deaths and 11 injuries.\n\nManzo Ezekiel\nHead, Media and Public Relations\nNEMA',
    '4 deaths', 'NEMA', 'official', { outlet: '' }),
  r('Rescuers pulled 14 survivors alive from the debris.\n\nIssued at 1800 hours by the National Disaster ' +
    'Operations Centre', '14 survivors', 'National Disaster Operations Centre', 'official', { outlet: '' }),
  r('Operatives rescued 9 kidnapped victims at Kuje.\n\nSigned:\nASP Josephine Adeh\nPolice Public Relations ' +
    'Officer\nFCT Police Command', '9 kidnapped victims', 'FCT Police Command', 'official', { outlet: '' }),
  r('Our fighters killed 17 soldiers of the apostate army.\n\nMedia Office of the Mujahideen Movement',
    '17 soldiers', 'Mujahideen Movement', 'militant', { outlet: '' }),
  r('Emergency Operations Centre\nSituation Report No. 3\n\n1,450 people have been relocated to evacuation centres.',
    '1,450 people', 'Emergency Operations Centre', 'official', { outlet: '' }),
]);

rows('coder notes that source figures inline', [
  r('Gunmen killed 6 traders on the highway near Gusau (Daily Trust, 12 March).', '6 traders', 'Daily Trust',
    'media', { outlet: 'Event log' }),
  r('Per local police, 9 people were abducted from a farm near Katsina.', '9 people', 'local police', 'official',
    { outlet: 'Event log' }),
  r('Bandits kidnapped 14 villagers in a night raid.\nSource: Premium Times', '14 villagers', 'Premium Times',
    'media', { outlet: 'Event log' }),
  r('An IED hit a patrol, killing 4 soldiers (army).', '4 soldiers', 'army', 'official', { outlet: 'Event log' }),
  r('Reported fatalities: 11 (police), 18 (residents).', '18', 'residents', 'witness', { outlet: 'Event log' }),
  r('Clashes between herders and farmers left 8 dead, per the state government.', '8 dead', 'state government',
    'official', { outlet: 'Event log' }),
  r('3 policemen killed in an ambush [Reuters].', '3 policemen', 'Reuters', 'media', { outlet: 'Event log' }),
  r('Militants stormed a checkpoint and killed 5 guards.\n(Sources: The Nation; district police)', '5 guards',
    'The Nation', 'media', { outlet: 'Event log' }),
]);

rows('channels of a statement: posts, addresses, briefings, documents', [
  r('During the night police said 14 people had died in the fire.', '14 people', 'police', 'official'),
  r('Speaking to reporters in the capital, the interior minister said 9 policemen were killed.', '9 policemen',
    'interior minister', 'official'),
  r('The governor said on Twitter that 35 people had been rescued.', '35 people', 'governor', 'official'),
  r('In a post on Facebook, the district police wrote that 6 suspects were arrested.', '6 suspects',
    'district police', 'official'),
  r("The governor's office said 50 people were injured.", '50 people', 'governor', 'official'),
  r('In a televised address, the president said 120 people had died.', '120 people', 'president', 'official'),
  r('A police report seen by Reuters said 13 people were killed.', '13 people', 'police', 'official'),
  r('Hospital records showed 44 people were admitted with gunshot wounds.', '44 people', 'hospital', 'official'),
  r('By the ministry\'s count, 61 people have died.', '61 people', 'ministry', 'official', ),
  r('The ministry later revised the toll to 58.', '58', 'ministry', 'official'),
  r('At least 61 people have died, by the UN\'s own tally.', 'At least 61', 'UN', 'official'),
  r('Gunmen killed 9 people in Zamfara, according to a police statement seen by this newspaper.', '9 people',
    'police', 'official'),
  r('Nine people were killed, the group said in a statement, adding that the attack was revenge.', 'Nine people',
    'group', 'militant'),
  r('At a news conference on Sunday, the police commissioner said 23 suspects had been arrested.', '23 suspects',
    'police commissioner', 'official'),
  r('The agency said on its website that 340 people had been evacuated.', '340 people', 'agency', 'official', ),
]);

rows('roles of office, aides and workers', [
  r('The coroner said 7 bodies had been identified.', '7 bodies', 'coroner', 'official'),
  r('Paramedics said 10 people were treated at the scene.', '10 people', 'Paramedics', 'official'),
  r('Aid workers said 3,000 people were sleeping in the open.', '3,000 people', 'Aid workers', 'official'),
  r('A ministry official said 17 people were wounded.', '17 people', 'ministry official', 'official'),
  r('An aide to the governor said 12 guards were killed.', '12 guards', 'aide to the governor', 'official'),
  r('The Taliban-appointed governor of the province said 30 people died.', '30 people', 'governor', 'militant'),
  r('A senior UN official said 400 civilians had been killed.', '400 civilians', 'UN official', 'official'),
  r('Rescue workers said they had recovered 19 bodies.', '19 bodies', 'Rescue workers', 'official'),
  r('The head teacher said 45 pupils were in the dormitory.', '45 pupils', 'head teacher', 'official', ),
  r('The ship\'s captain said 31 crew members were rescued.', '31 crew members', 'captain', 'official'),
]);

rows('more than one voice in a sentence or a paragraph', [
  r('Officials said 14 people died. Separately, residents said 20 people were killed.', '20 people', 'residents',
    'witness'),
  r('The prefect said 6 gendarmes were killed, a figure disputed by the rebels, who said they killed 40.', '40',
    'rebels', 'militant'),
  r('The two sides gave conflicting tolls: the army said 5 soldiers died, while the insurgents claimed 30.', '30',
    'insurgents', 'militant'),
  r('Eight soldiers died, the military said, while the rebels put the toll at 25.', '25', 'rebels', 'militant'),
  r('The army said 5 soldiers were killed. Rebels, however, said they killed 20 troops.', '20 troops', 'Rebels',
    'militant'),
  r('The ministry said 10 people died, but residents said the toll was at least 30.', 'at least 30', 'residents',
    'witness'),
  r('Hamas said 7 of its members were killed, while Israel said it had killed 20 militants.', '20 militants',
    'Israel', 'official'),
  r('Police said on Monday that the gunmen arrived at dawn. Eleven villagers were killed and 4 wounded.',
    'Eleven villagers', 'Police', 'official'),
]);

rows('community speakers are witnesses: chiefs, vigilantes, kin, clergy', [
  r('The village chief said 9 people were killed in the night raid.', '9 people', 'village chief', 'witness'),
  r('A vigilante commander said his men had found 14 bodies in the bush.', '14 bodies', 'vigilante commander',
    'witness'),
  r('A member of the local self-defence group said 6 farmers were abducted.', '6 farmers', 'self-defence group',
    'witness'),
  r('A cousin of one of the victims said 11 people died in the fire.', '11 people', 'cousin', 'witness'),
  r('The imam of the mosque said 40 worshippers were inside when the roof fell.', '40 worshippers', 'imam',
    'witness'),
  r('The father of one of the girls said 23 pupils were still missing.', '23 pupils', 'father', 'witness'),
  r('Father Emmanuel Okoro, the parish priest, said 7 parishioners were killed.', '7 parishioners',
    'Emmanuel Okoro', 'witness'),
]);

rows('more verbs and frames of saying', [
  r('Twelve people were killed, according to the governor, who spoke to reporters in the capital.', 'Twelve people',
    'governor', 'official'),
  r('Twelve people were killed, according to the governor, who told reporters that the attackers fled.',
    'Twelve people', 'governor', 'official'),
  r('The state broadcaster is reporting that 12 people were killed.', '12 people', 'state broadcaster', 'media'),
  r('Residents are saying that 40 people died in the landslide.', '40 people', 'Residents', 'witness'),
  r('Officials fear that 12 people were killed in the blast.', '12 people', 'Officials', 'official'),
  r('Police believe 30 people were inside the building when it collapsed.', '30 people', 'Police', 'official'),
  r('The toll of 12 dead was confirmed by the regional governor.', '12 dead', 'regional governor', 'official'),
  r('The governor, quoted by Reuters, said 12 people were killed.', '12 people', 'governor', 'official'),
  r('Asked about the toll, the governor said 12 people were killed.', '12 people', 'governor', 'official'),
  r('Reached by phone, a local official said 12 people were killed.', '12 people', 'local official', 'official'),
  r('As reported by the state broadcaster, 12 people were killed.', '12 people', 'state broadcaster', 'media'),
  r('Twelve people were killed in the blast, with rescuers saying 30 more were missing.', '30 more', 'rescuers',
    'official', { gap: "'with X saying' opens no clause of its own, so X would take the whole sentence" }),
]);

rows('coreference: the agency, the force, the command, the official, the same source', [
  r('The State Emergency Management Agency said floods hit 12 villages. The agency added that 2,400 people were ' +
    'displaced.', '2,400 people', 'State Emergency Management Agency', 'official'),
  r('The Nigeria Police Force said its officers repelled the attack. The force said 6 bandits were killed.',
    '6 bandits', 'Nigeria Police Force', 'official'),
  r('The Kano State Police Command confirmed the attack. The command said 8 people were abducted.', '8 people',
    'Kano State Police Command', 'official'),
  r('The electoral commission said the polling unit was attacked. The commission said 3 of its staff were injured.',
    '3 of its staff', 'electoral commission', 'official'),
  r('A security official said the attackers came on motorbikes. The official said 11 villagers were killed.',
    '11 villagers', 'security official', 'official'),
  r('A hospital source said the ward was full. The same source said 31 wounded were admitted.', '31',
    'hospital source', 'unnamed'),
  r('Al-Shabaab said it stormed the base. The militants said they killed 47 soldiers.', '47 soldiers', 'Al-Shabaab',
    'militant'),
  r('The UN said aid convoys were blocked. The world body said 25,000 people had fled.', '25,000 people', 'UN',
    'official'),
  r('Colonel Musa Danjuma said troops responded quickly. Danjuma said 4 soldiers were wounded.', '4 soldiers',
    'Musa Danjuma', 'official'),
  r('Mr Okafor, the council chairman, said 18 homes burned. Okafor added that 2 children died.', '2 children',
    'Okafor', 'official'),
  r('The army and police issued a joint statement. They said 14 suspects were arrested.', '14 suspects',
    'army', 'official',
    { gap: "'issued a statement' is no reporting verb ('issued' would also take 'issued tents to 500 people')" }),
  r('"We were ambushed at the bridge," the commander said.\n\n"Four of my men were killed and two are missing."',
    'Four', 'commander', 'official'),
  r('The governor said the attackers were repelled.\n\n"We lost 6 policemen," he said.', '6 policemen', 'governor',
    'official'),
  r('The group claimed responsibility for the attack. It said its fighters had killed 15 soldiers.', '15 soldiers',
    'group', 'militant'),
]);

rows('datelines and wire credits', [
  r('DHAKA, May 3 (Bangla Wire) - Nine workers died when the factory wall collapsed.', 'Nine workers', 'Bangla Wire',
    'media', { outlet: '' }),
  r('KABUL, Afghanistan (AP) -- At least 19 people were killed in a suicide bombing, officials said.', 'At least 19',
    'officials', 'official', { outlet: '' }),
  r('ABUJA, Nigeria (Reuters) - Gunmen kidnapped 25 pupils from a school.', '25 pupils', 'Reuters', 'media',
    { outlet: '' }),
  r('Police said the fire spread fast.\n\nTwelve people died in the blaze.', 'Twelve people', OUTLET, 'media'),
]);

rows('coder notes: brackets, "per", labels and closing credits', [
  r('Eleven people were killed (Reuters, 4 June).', 'Eleven people', 'Reuters', 'media', { outlet: 'Event log' }),
  r('Eleven people were killed (per AFP).', 'Eleven people', 'AFP', 'media', { outlet: 'Event log' }),
  r('Eleven people were killed, per residents.', 'Eleven people', 'residents', 'witness', { outlet: 'Event log' }),
  r('Eleven people were killed. (Source: state police)', 'Eleven people', 'state police', 'official',
    { outlet: 'Event log' }),
  r('Sources: Premium Times; state police\n\nGunmen killed 11 people in a market in Gusau.', '11 people',
    'Premium Times', 'media', { outlet: 'Event log' }),
  r('Source: Daily Trust. Eleven people were killed in Gusau.', 'Eleven people', 'Daily Trust', 'media',
    { outlet: 'Event log' }),
  r('Fatalities: 11 (per local officials).', '11', 'local officials', 'official', { outlet: 'Event log' }),
  r('Killed: 11 (official); 25 (residents).', '25', 'residents', 'witness', { outlet: 'Event log' }),
  r('Two soldiers were martyred in the attack.\n\nISPR', 'Two soldiers', 'ISPR', 'official', { outlet: '' }),
  r('Troops killed 3 terrorists in a raid on a hideout.\n\n- Inter Services Public Relations (ISPR)', '3 terrorists',
    'Inter Services Public Relations|ISPR', 'official', { outlet: '' }),
  r('Police rescued 14 kidnapped victims on Sunday.\n\nSP Ahmed Musa\nPolice Public Relations Officer\nfor: ' +
    'Commissioner of Police', '14 kidnapped victims', 'Commissioner of Police|Police', 'official', { outlet: '' }),
  r('Issued by the Public Relations Office, Ministry of Defence\n\nFive soldiers were wounded in the blast.',
    'Five soldiers', 'Ministry of Defence', 'official', { outlet: '' }),
]);

rows('coder credits in other forms', [
  r('Gunmen killed 7 villagers near Zurmi, via AFP.', '7 villagers', 'AFP', 'media', { outlet: 'Event log' }),
  r('Gunmen killed 7 villagers near Zurmi - AFP.', '7 villagers', 'AFP', 'media', { outlet: 'Event log' }),
  r('Gunmen killed 7 villagers near Zurmi [Source: Daily Trust, 4 May].', '7 villagers', 'Daily Trust', 'media',
    { outlet: 'Event log' }),
  r('Gunmen killed 7 villagers near Zurmi.\nSrc: Daily Trust', '7 villagers', 'Daily Trust', 'media',
    { outlet: 'Event log' }),
  r('Gunmen killed 7 villagers near Zurmi. Reported by Daily Trust on 4 May.', '7 villagers', 'Daily Trust', 'media',
    { outlet: 'Event log' }),
  r('Gunmen killed 7 villagers near Zurmi (local sources).', '7 villagers', 'local sources', 'unnamed',
    { outlet: 'Event log' }),
  r('7 villagers killed by gunmen near Zurmi, per Zamfara police PRO.', '7 villagers', 'Zamfara police', 'official',
    { outlet: 'Event log' }),
  r('Deaths: 7 [HumAngle].', '7', 'HumAngle', 'media', { outlet: 'Event log' }),
  r('Gunmen killed 9 people in Ghazni (Pajhwok, citing provincial health officials).', '9 people',
    'provincial health officials', 'official', { via: 'Pajhwok', outlet: 'Event log' }),
  r('A bomb on a minibus killed 6 civilians and wounded 4 others; a district official blamed "Khawarij" (ISKP).',
    '6 civilians', 'Event log', 'media', { outlet: 'Event log' }),
  r('Gunmen killed 9 people.\nFatalities: 9 (Pajhwok, citing provincial health officials)', '9 (Pajhwok',
    'provincial health officials', 'official', { outlet: 'Event log' }),
  r('Fatalities: 7 per local media.', '7', 'local media', 'media', { outlet: 'Event log' }),
  r('7 killed (per a local vigilante leader).', '7', 'vigilante leader', 'witness', { outlet: 'Event log' }),
  r('Nine people were killed, Nation Media Group reported.', 'Nine people', 'Nation Media Group', 'media'),
]);

rows('hearsay and nominal reports', [
  r('Amid claims that 40 people had drowned, the navy sent two boats.', '40 people', 'claims', 'unnamed'),
  r('It was reported that 100 people had died in the stampede.', '100 people', 'reports', 'unnamed'),
  r('It has been alleged that 30 detainees died in custody.', '30 detainees', 'reports', 'unnamed'),
  r('There were reports that 100 people had died.', '100 people', 'reports', 'unnamed',
    ),
  r('There were unverified claims on social media that 100 people had died.', '100 people', 'social media',
    'unnamed', ),
  r('Amid reports that 40 people had drowned, the navy sent two boats.', '40 people', 'reports', 'unnamed'),
  r('Posts on social media said 100 people had died.', '100 people', 'social media', 'unnamed'),
  r('Rumours that 12 pupils had been killed spread quickly, but police denied them.', '12 pupils', 'Rumours',
    'unnamed'),
  r('Some 30 people are believed to have died, reports say.', 'Some 30', 'reports', 'unnamed'),
]);

// Whole documents: several voices, paragraphs, headlines, releases and notes, read as the eval reads a report.
const PLATEAU_WIRE = [
  'Gunmen kill 14 in raid on Plateau village, police say',
  '',
  'JOS, Nigeria, June 9 (Sahel Desk) - Gunmen killed at least 14 people in an overnight raid on a ' +
    'farming village in central Nigeria\'s Plateau state, police said on Sunday, the latest in a wave of ' +
    'attacks on rural communities.',
  '',
  'The attackers arrived on motorcycles shortly after midnight and opened fire on residents, state ' +
    'police spokesman Alabo Alfred said in a statement. He said 6 people were wounded and taken to ' +
    'hospital in Bokkos.',
  '',
  'A community leader, Danladi Ayuba, said the toll was higher. "We buried 21 people this morning, and ' +
    '9 are still missing," he told Sahel Desk by phone.',
  '',
  'More than 300 people have been killed in similar attacks in the state since January, according to a ' +
    'tally by the rights group Amnesty International.',
  '',
  'The army said troops had been deployed to the area and 3 suspects were arrested.',
].join('\n');
const COLLAPSE_WIRE = [
  'Death toll in Kathmandu building collapse rises to 19',
  '',
  'KATHMANDU, Aug 2 - The death toll from the collapse of a five-storey hotel in the Nepali capital ' +
    'rose to 19 on Tuesday as rescuers pulled more bodies from the rubble, officials said.',
  '',
  '"We have rescued 27 people alive so far," said Rajesh Thapa, a spokesman for the Nepal Police. ' +
    '"Around 8 people are believed to be still trapped."',
  '',
  'The hotel had 62 guests registered on the night of the collapse, the owner told reporters.',
  '',
  'Doctors at Bir Hospital said 11 of the injured were in a critical condition. The hospital\'s ' +
    'director, Dr Sunita Rai, said it had received 35 patients in all.',
  '',
  'Prime Minister Sher Bahadur announced compensation for the families of the dead.',
].join('\n');
const RED_CROSS_RELEASE = [
  'PRESS RELEASE',
  'Kenya Red Cross Society',
  'Nairobi, 14 May 2026',
  '',
  'FLASH FLOODS IN TANA RIVER COUNTY',
  '',
  'Flash floods following heavy rains have affected more than 4,000 households in Tana River County. ' +
    'Our teams have so far evacuated 1,250 people to higher ground, and 3 people are confirmed dead.',
  '',
  'According to the county commissioner, 2 children are missing after being swept away near Garsen.',
  '',
  'The Society has set up 4 camps hosting 2,800 displaced people.',
  '',
  'For more information contact the Communications Office.',
].join('\n');
const MALI_NOTE = [
  '12/03/2026 - Mali, Mopti region, Bandiagara circle. Suspected JNIM militants attacked a convoy of ' +
    'traders on the Bandiagara-Bankass road, killing 9 civilians and abducting 5 drivers. According to ' +
    'local sources, the attackers also burned 3 trucks. The Malian army said in a communique that 4 ' +
    'assailants were neutralised in a pursuit operation. Fatalities: 13.',
  '(Sources: Studio Tamani; FAMa)',
].join('\n');
const WAZIRISTAN_REPORT = [
  'ISLAMABAD: At least 11 soldiers were martyred and 5 terrorists killed in an attack on a check post ' +
    'in North Waziristan, the military\'s media wing said on Friday.',
  '',
  'According to the Inter-Services Public Relations (ISPR), terrorists attempted to storm the post in ' +
    'the early hours. "Own troops effectively engaged the terrorists," the ISPR said.',
  '',
  'Local officials, speaking on condition of anonymity, told Dawn that 3 civilians were also injured in the crossfire.',
  '',
  'The banned Tehreek-e-Taliban Pakistan claimed responsibility in a message to journalists, saying its ' +
    'fighters had killed 20 soldiers.',
  '',
  'Security sources said a clearance operation was under way. Two more soldiers succumbed to their ' +
    'injuries in hospital later, they said.',
].join('\n');
const LAKE_ALBERT_WIRE = [
  'Boat capsizes on Lake Albert; dozens feared dead',
  '',
  'At least 30 people drowned when an overloaded boat capsized on Lake Albert on Wednesday, a police ' +
    'official said, with many more missing.',
  '',
  'The boat was carrying about 100 passengers, mostly traders heading to a market in Congo, according ' +
    'to marine police commander Joseph Owori. Rescuers had pulled 41 survivors from the water by ' +
    'nightfall, he said.',
  '',
  'Survivors described chaos as the boat took on water. "Only a few of us could swim," said Grace Atim, ' +
    'a fish trader who clung to a jerrycan for two hours. She said she saw at least 10 children go under.',
  '',
  'Police said a search for the missing would resume at dawn. Fishermen joined the search and recovered ' +
    '6 more bodies on Thursday.',
  '',
  'Uganda\'s disaster minister said the government would cover funeral costs.',
].join('\n');
const QUAKE_LIVE_BLOG = [
  'LIVE: Earthquake in eastern Turkey',
  '',
  '09:40 - The disaster agency AFAD says the death toll has risen to 112, with 1,340 injured.',
  '',
  '09:55 - Health Minister Fahrettin Aydin tells a press conference that 430 of the injured remain in ' +
    'hospital, 57 of them in intensive care.',
  '',
  '10:20 - A rescue worker in Malatya tells our reporter his team has pulled 9 people alive from one ' +
    'building overnight.',
  '',
  '10:45 - Residents of Pazarcik say at least 40 people are still under the rubble of a collapsed apartment block.',
  '',
  '11:05 - More than 8,000 people have spent the night in tents set up in stadiums, according to the ' +
    'governor\'s office.',
].join('\n');
const FRONT_STATEMENT = [
  'STATEMENT',
  '',
  'In the name of God. On the night of Tuesday, the heroes of the Liberation Front carried out a ' +
    'blessed operation against the occupying army\'s positions in the Kalat district. Our fighters killed ' +
    '23 soldiers of the enemy and seized their weapons. 2 of our mujahideen were martyred in the battle.',
  '',
  'The enemy\'s media claims only 4 soldiers died. This is a lie.',
  '',
  'Spokesman of the Liberation Front',
].join('\n');
const MINISTRY_RELEASE = [
  'Ministry of Interior and Administration',
  'Directorate of Information',
  '',
  'The Ministry informs the public that on 4 March 2026 an armed group attacked the gendarmerie post at ' +
    'Koro. The gendarmes repelled the attack, neutralising 7 terrorists. 2 gendarmes lost their lives and ' +
    '3 others were wounded. ',
  '',
  'According to witnesses, the assailants fled towards the border. Search operations continue.',
  '',
  'The Minister extends his condolences to the families of the fallen.',
].join('\n');
const KADUNA_NEWS = [
  'Kidnapped students freed in Kaduna',
  '',
  'Seventeen students abducted from a secondary school in Kaduna state last week have been freed, the ' +
    'state government said on Saturday.',
  '',
  'Samuel Aruwan, the state commissioner for internal security, said in a statement that the students ' +
    'were rescued by troops in a forest near Kajuru. He said 2 students were still in the hands of the ' +
    'kidnappers.',
  '',
  'A parent, who asked not to be named for fear of reprisals, said families had paid a ransom. "We paid ' +
    'for each child," he said. He said 5 parents had sold land to raise the money.',
  '',
  'The school\'s principal said 23 students had been taken in the attack.',
  '',
  'Kidnappings for ransom have become common in northwest Nigeria, where more than 1,500 students have ' +
    'been abducted since 2020.',
].join('\n');

rows('whole documents: each figure with its own voice', [
  r(PLATEAU_WIRE, 'at least 14 people', 'police', 'official', { outlet: 'Sahel Desk' }),
  r(PLATEAU_WIRE, '6 people', 'Alabo Alfred', 'official', { outlet: 'Sahel Desk' }),
  r(PLATEAU_WIRE, 'More than 300 people', 'Amnesty International', 'official', { outlet: 'Sahel Desk' }),
  r(PLATEAU_WIRE, '3 suspects', 'army', 'official', { outlet: 'Sahel Desk' }),
  r(COLLAPSE_WIRE, '27 people', 'Rajesh Thapa', 'official'),
  r(COLLAPSE_WIRE, 'Around 8 people', 'Rajesh Thapa', 'official'),
  r(COLLAPSE_WIRE, '62 guests', 'owner', 'official'),
  r(COLLAPSE_WIRE, '11 of the injured', 'Doctors at Bir Hospital', 'official'),
  r(COLLAPSE_WIRE, '35 patients', 'Sunita Rai', 'official'),
  r(RED_CROSS_RELEASE, '1,250 people', 'Kenya Red Cross Society', 'official', { outlet: '' }),
  r(RED_CROSS_RELEASE, '3 people', 'Kenya Red Cross Society', 'official', { outlet: '' }),
  r(RED_CROSS_RELEASE, '2 children', 'county commissioner', 'official', { outlet: '' }),
  r(MALI_NOTE, '9 civilians', 'Studio Tamani', 'media', { outlet: 'Event log' }),
  r(MALI_NOTE, '4 assailants', 'Malian army', 'official', { outlet: 'Event log' }),
  r(MALI_NOTE, '13', 'Studio Tamani', 'media', { outlet: 'Event log' }),
  r(WAZIRISTAN_REPORT, 'At least 11 soldiers', 'military', 'official'),
  r(WAZIRISTAN_REPORT, '3 civilians', 'Local officials', 'unnamed', { via: 'Dawn' }),
  r(WAZIRISTAN_REPORT, '20 soldiers', 'Tehreek-e-Taliban Pakistan', 'militant'),
  r(WAZIRISTAN_REPORT, 'Two more soldiers', 'Security sources', 'unnamed'),
  r(LAKE_ALBERT_WIRE, 'At least 30 people', 'police official', 'official'),
  r(LAKE_ALBERT_WIRE, 'about 100 passengers', 'Joseph Owori', 'official'),
  r(LAKE_ALBERT_WIRE, '41 survivors', 'Joseph Owori', 'official'),
  r(LAKE_ALBERT_WIRE, '6 more bodies', 'Police', 'official'),
  r(QUAKE_LIVE_BLOG, '112', 'AFAD', 'official'),
  r(QUAKE_LIVE_BLOG, '430 of the injured', 'Fahrettin Aydin', 'official'),
  r(QUAKE_LIVE_BLOG, '57 of them', 'Fahrettin Aydin', 'official'),
  r(QUAKE_LIVE_BLOG, 'at least 40 people', 'Residents of Pazarcik', 'witness'),
  r(QUAKE_LIVE_BLOG, 'More than 8,000 people', 'governor', 'official'),
  r(FRONT_STATEMENT, '23 soldiers', 'Liberation Front', 'militant', { outlet: '' }),
  r(FRONT_STATEMENT, '2 of our mujahideen', 'Liberation Front', 'militant', { outlet: '' }),
  r(MINISTRY_RELEASE, '7 terrorists', 'Ministry of Interior and Administration', 'official', { outlet: '' }),
  r(MINISTRY_RELEASE, '3 others', 'Ministry of Interior and Administration', 'official', { outlet: '' }),
  r(KADUNA_NEWS, 'Seventeen students', 'state government', 'official'),
  r(KADUNA_NEWS, '2 students', 'Samuel Aruwan', 'official'),
  r(KADUNA_NEWS, 'more than 1,500 students', OUTLET, 'media'),
]);
const KARACHI_FIRE = [
  'Police say 9 killed in Karachi factory fire',
  '',
  'KARACHI: Nine workers were killed and 14 others injured when a fire broke out in a garment factory ' +
    'in Korangi on Thursday, police said.',
  '',
  '"The fire started on the ground floor and spread quickly," SSP Korangi Tariq Nawaz told this ' +
    'newspaper. "Most of the workers were trapped on the upper floors."',
  '',
  'According to Rescue 1122 officials, 11 fire tenders took part in the operation. A spokesman said 31 ' +
    'workers were evacuated from the building.',
  '',
  'Sources in the labour department said the factory had 120 registered workers but more were working there.',
].join('\n');
const MINE_TRANSLATED = [
  'According to the information of the Ministry of Emergency Situations, as of 10:00 Moscow time, 8 ' +
    'people have died as a result of the explosion at the mine. 41 people were evacuated to the surface.',
  '',
  'As reported by the regional administration, 3 of the injured are in serious condition. The search ' +
    'for 2 miners continues.',
  '',
  'The governor of the region declared a day of mourning.',
].join('\n');
const MAIDUGURI_LOCAL = [
  'Our correspondent reports from Maiduguri that suspected insurgents attacked Dalori village late on Saturday.',
  '',
  'Residents who fled to the city told our correspondent that at least 18 people were killed. One of ' +
    'them, Bukar Ali, said his two brothers were among the dead.',
  '',
  'The Borno State Police Command has yet to comment. However, a senior security source, who does not ' +
    'want his name in print, said 7 soldiers were wounded.',
  '',
  'The village had about 4,000 inhabitants, according to the local government chairman.',
].join('\n');
const LIBYA_WIRE = [
  'Reports: 200 missing after boat sinks off Libya',
  '',
  'TRIPOLI - Around 200 migrants are missing after a boat sank off the coast of Libya, the ' +
    'International Organization for Migration said on Friday.',
  '',
  'Libyan coastguards rescued 35 survivors, IOM spokeswoman Safa Msehli said. "They told us the boat ' +
    'was carrying about 240 people when it left Zuwara," she said.',
  '',
  'The Libyan Red Crescent said its volunteers had recovered 22 bodies from the shore.',
  '',
  'More than 1,500 migrants have died on the central Mediterranean route this year, according to IOM figures.',
].join('\n');

rows('whole documents: a local paper, a translated bulletin, a correspondent\'s report, a wire with a label headline', [
  r(KARACHI_FIRE, 'Nine workers', 'police', 'official'),
  r(KARACHI_FIRE, '14 others', 'police', 'official'),
  r(KARACHI_FIRE, '31 workers', 'spokesman|Rescue 1122', 'official'),
  r(KARACHI_FIRE, '120 registered workers', 'Sources in the labour department', 'unnamed'),
  r(MINE_TRANSLATED, '8 people', 'Ministry of Emergency Situations', 'official', { outlet: '' }),
  r(MINE_TRANSLATED, '3 of the injured', 'regional administration', 'official', { outlet: '' }),
  r(MINE_TRANSLATED, '2 miners', 'regional administration', 'official', { outlet: '' }),
  r(MAIDUGURI_LOCAL, 'at least 18 people', 'Residents', 'witness'),
  r(MAIDUGURI_LOCAL, '7 soldiers', 'security source', 'unnamed'),
  r(LIBYA_WIRE, '200', 'reports', 'unnamed'),
  r(LIBYA_WIRE, 'Around 200 migrants', 'International Organization for Migration', 'official'),
  r(LIBYA_WIRE, '35 survivors', 'Safa Msehli', 'official'),
  r(LIBYA_WIRE, 'about 240 people', 'Safa Msehli', 'official'),
  r(LIBYA_WIRE, '22 bodies', 'Libyan Red Crescent', 'official'),
  r(LIBYA_WIRE, 'More than 1,500 migrants', 'IOM', 'official'),
]);
