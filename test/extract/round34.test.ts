// Round 34: the misses of the blind sets F232 and F236 (coder's notes, very short briefs), kept unread through round
// 33, and F237-F239 (live-blogs of sieges, prison riots and jailbreaks, displacement updates), each read after its
// blind score; every sentence is new.
import { describe, expect, it } from 'vitest';
import { absent, rows, sourceLine, table } from './helpers.js';

const meta = { outlet: 'Test Wire', published: '2026-10-02T10:00:00Z' };
const sourceOf = (text: string, at: string): string => sourceLine(text, meta, at);

describe('who a figure comes from', () => {
  it('the bracket after "another outlet" names the outlet', () => {
    expect(sourceOf('Police said 4 died. Another outlet (Frontier Post) reported 7 soldiers dead.', '7 soldiers'))
      .toBe('Frontier Post (media)');
    expect(sourceOf('Police said 4 died. A local daily (Nuestro Diario) put the toll at 6.', '6')).toBe('Nuestro Diario (media)');
  });
  it('a title word only papers carry makes a named speaker a paper', () => {
    expect(sourceOf('Police said two died. Prensa Libre put the toll at five.', 'five')).toBe('Prensa Libre (media)');
  });
  it('"put the dead at" is a tally put at a count, whoever stands in apposition to the speaker', () => {
    expect(sourceOf('Officials said two died. The Kuki Inpi Council, a tribal body, put the dead at four.', 'four'))
      .toBe('Kuki Inpi Council (official)');
  });
  it('"the NGO" is the body the text named by that word', () => {
    expect(sourceOf('Gunmen stopped two cars of the NGO Sahel Care Alliance and took 4 staff. The governor said one '
      + 'was freed. The NGO said 3 of its staff remain in captivity.', '3 of its staff')).toBe('Sahel Care Alliance (official)');
  });
  it('a rank before a surname is the person named in full before, and "the governor" the person introduced as one', () => {
    const text = 'The regional governor, Colonel Amadou Sanda, said 30 passengers were held. Six attackers died '
      + 'overnight, the governor added. Later, Colonel Sanda said troops freed 14 passengers.';
    expect(sourceOf(text, 'Six attackers')).toBe('Colonel Amadou Sanda (official)');
    expect(sourceOf(text, '14 passengers')).toBe('Colonel Amadou Sanda (official)');
  });
  it('the governor\'s office stays the office', () => {
    const text = 'The regional governor, Colonel Amadou Sanda, said 30 passengers were held. The governor\'s office '
      + 'later said 12 had been freed.';
    expect(sourceOf(text, '12')).not.toBe('Colonel Amadou Sanda (official)');
  });
});

table('border crossings, arrivals and evictions are displacement', [
  ['More than 15,000 people crossed from Sudan into Chad in the week, UNHCR said.', 'displaced people 15000-null at_least'],
  ['On Monday alone, around 3,100 people crossed, a spokesman said.', 'displaced people 3100-3100 about'],
  ['Thousands cross into Chad as fighting spreads', 'displaced people 2000-9999 vague'],
  ['In the past week, 1,940 arrivals were counted at the border post.', 'displaced people 1940-1940 exact'],
  ['About 4,800 people had been evicted from three villages, officials said.', 'displaced people 4800-4800 about'],
  ['Shelling displaces some 9,000 in Rakhine', 'displaced people 9000-9000 about'],
  ['Around 5,200 people are staying at the Gode reception centre, which was built for 2,000.', 'displaced people 5200-5200 about'],
]);

absent('armed men who cross to attack are no one fleeing', [
  ['A group of bandits estimated at more than 40 crossed the river and attacked the post at dawn.',
    'displaced people 40-null at_least'],
]);

table('escapes and recaptures', [
  ['Police hunt 37 escapees after jailbreak', 'other escapees 37-37 exact'],
  ['Forty-one (41) escapees have been recaptured, police said.', 'arrested escapees 41-41 exact'],
  ['Of the inmates who broke out, 19 of them are back in custody.', 'arrested inmates 19-19 exact'],
  ['The search led to the recapture of five (5) of the escapees.', 'arrested escapees 5-5 exact'],
  ['Three detainees flee police lockup in Spanish Town', 'other detainees 3-3 exact'],
]);

table('prison staff are security forces', [
  ['Two (2) correctional officers were injured when the inmates ran.', 'injured security_forces 2-2 exact'],
  ['Three prison guards were injured in the riot.', 'injured security_forces 3-3 exact'],
  ['The inmates took four (4) penitentiary security agents hostage.', 'held security_forces 4-4 exact'],
]);

table('one more shape each', [
  ['Some 150 villagers surrounded an army patrol and held 19 soldiers overnight.', 'held security_forces 19-19 exact'],
  ['Seven others were evacuated by helicopter to Wamena with gunshot wounds.', 'injured people 7-7 exact'],
  ['Gas blast traps 6 miners in Zonguldak pit', 'missing miners 6-6 exact'],
  ['Police arrested 3 suspected ISWAP members at the market.', 'arrested attackers 3-3 exact'],
  ['Four gunmen have freed 31 people, police said.', 'freed people 31-31 exact'],
]);

absent('the subject of an active perfect with its own object is not what the verb did', [
  ['Four gunmen have freed 31 people, police said.', 'freed attackers 4-4 exact'],
]);

table('responders, forces and prison populations', [
  ['Around 140 firefighters and 30 engines were sent to the depot.', 'present firefighters 140-140 about'],
  ['The coast guard deployed boats; 45 divers searched the river bed.', 'present divers 45-45 exact'],
  ['The fighting lasted two hours until some 250 police officers retook the jail.', 'present security_forces 250-250 about'],
  ['The prison, built for 600, currently houses about 1,400 inmates.', 'present inmates 1400-1400 about'],
  ['The facility accommodates 503 inmates.', 'present inmates 503-503 exact'],
  ['Police are searching for 44 prisoners who broke out on Sunday.', 'other prisoners 44-44 exact'],
  ['Police say three attackers with rifles entered the school at 9am.', 'present attackers 3-3 exact'],
  ['A trader says more than a thousand people were there at the time.', 'present people 1000-null at_least'],
]);

table('hurt as the body tells it', [
  ['Two pupils fainted and were treated at the school.', 'injured pupils 2-2 exact'],
  ['One passenger felt unwell and was taken to a clinic.', 'injured passengers 1-1 exact'],
  ['Two civilians were hit by stray bullets near the market.', 'injured civilians 2-2 exact'],
  ['Four hikers froze to death on the pass.', 'killed hikers 4-4 exact'],
]);

table('captives let go and taken away', [
  ['The gunmen let 22 pupils and their teachers leave the building.', 'freed pupils 22-22 exact'],
  ['The bandits marched the 40 other passengers into the forest.', 'held passengers 40-40 exact'],
  ['Police put the number taken at 61 pupils.', 'held pupils 61-61 exact'],
]);

describe('those an agency registers in a report on people in flight', () => {
  const text = 'Refugees keep arriving at the border post. In the week, 1,730 people were registered, most of them '
    + 'women. The displaced say the road is mined.';
  it('are displaced', () => {
    expect(rows(text)).toContain('displaced people 1730-1730 exact');
  });
  it('but not in a report on something else', () => {
    expect(rows('The clinic registered 40 people for vaccination on Monday.')).not.toContain('displaced people 40-40 exact');
  });
});

describe('speakers by who they are', () => {
  it('a sector heading in a situation report names no speaker', () => {
    expect(sourceOf('Overview of the week. Health: Partners treated 48 people for burns at two clinics.', '48 people'))
      .toBe('Test Wire (media)');
  });
  it('a participle after a plural head opens a phrase on it, whatever body is named in there', () => {
    expect(sourceOf('Relatives waiting behind the police cordon say at least 12 people are still inside.', 'at least 12'))
      .toBe('relatives waiting behind the police cordon (witness)');
  });
  it('boys, girls and shoppers are private people', () => {
    expect(sourceOf('A boy who saw the blast said about 20 armed men came on foot.', 'about 20')).toBe('boy (witness)');
    expect(sourceOf('Shoppers said around 60 people were inside the mall.', 'around 60')).toBe('shoppers (witness)');
  });
  it('a name run or controlled by someone is an outlet; a coordination cluster is official', () => {
    expect(sourceOf('Junta-run MRTV said 6 insurgents were killed.', '6 insurgents')).toBe('Junta-run MRTV (media)');
    expect(sourceOf('The Shelter Cluster said 9,300 people were affected.', '9,300')).toBe('Shelter Cluster (official)');
  });
});

table('captives named by their captivity who got back', [
  ['Police said six of the abducted passengers had been found.', 'freed passengers 6-6 exact'],
  ['Two of the kidnapped miners managed to escape, the firm said.', 'freed miners 2-2 exact'],
  ['14 more abducted farmers regain freedom', 'freed farmers 14-14 exact'],
]);

absent('captives found dead are no captives freed', [
  ['Two of the abducted nurses were found dead.', 'freed nurses 2-2 exact'],
]);

table('a stay after the event with no place', [
  ['About 7,000 people were sheltering, the agency said.', 'displaced people 7000-7000 about'],
  ['About 600 are being housed while repairs go on.', 'displaced people 600-600 about'],
  ['In all, 18,300 persons are inside 140 evacuation centers.', 'displaced people 18300-18300 exact'],
]);

absent('people housed where the fire broke out were there', [
  ['A fire broke out in the station, where 64 migrants were being housed.', 'displaced migrants 64-64 exact'],
]);
