// Round 35: the misses of the blind sets F240-F242 (air crashes, regional South Asian and African press, analysis
// pieces), kept unread through round 34, and F243, F245 and F246 (mine and factory disasters, reports built on long
// quotations, armed groups' claims against official denials), each read after its blind score; every sentence is new.
import { describe, expect, it } from 'vitest';
import { absent, rows, sourceLine, table } from './helpers.js';

const meta = { outlet: 'Test Wire', published: '2026-11-02T10:00:00Z' };
const sourceOf = (text: string, at: string): string => sourceLine(text, meta, at);

table('a breakdown by nationality keeps the group of its total', [
  ['Six passengers died in the crash. Among the dead were three Israelis, one Pole and two Americans.', 'killed passengers 3-3 exact'],
  ['Six passengers died in the crash. Among the dead were three Israelis, one Pole and two Americans.', 'killed passengers 2-2 exact'],
  ['The nine tourists who drowned were four Australians, three Germans and two Indians, police said.', 'killed tourists 4-4 exact'],
  ['The seven passengers who died were four Britons, two New Zealanders and one Swiss national.', 'killed passengers 2-2 exact'],
]);

table('one crew member named before a count of those aboard', [
  ['The helicopter took off from Lukla with a pilot and five passengers, three of them trekkers.', 'present passengers 5-5 exact'],
  ['The helicopter took off from Lukla with a pilot and five passengers, three of them trekkers.', 'present trekkers 3-3 exact'],
  ['On board were the captain and 17 passengers, among them four children.', 'present passengers 17-17 exact'],
]);

table('"no one" and "nobody" count people, not the group counted before', [
  ['The bus carried 23 passengers. No one was hurt, the operator said.', 'injured people 0-0 exact'],
  ['Four miners were trapped for a day. Nobody died.', 'killed people 0-0 exact'],
]);

table('a side\'s own losses and whom it hit of "them"', [
  ['"We lost seven men and 11 were wounded," the battalion commander said.', 'killed security_forces 7-7 exact'],
  ['"We lost seven men and 11 were wounded," the battalion commander said.', 'injured security_forces 11-11 exact'],
  ['"We lost seven men and 11 were wounded," the battalion commander said.', 'killed security_forces 7-7 exact'],
  ['The rebels said in a message that they lost just one man.', 'killed attackers 1-1 exact'],
  ['"About 80 fighters stormed the post. We killed 19 of them," the army captain said.', 'killed attackers 19-19 exact'],
]);
absent('whom a side rescued of "them" are no enemy', [
  ['"The roof fell on the students. We rescued 19 of them alive," the police commander said.', 'freed attackers 19-19 exact'],
]);

table('a vague count of "them" and a deed someone was enabled to do', [
  ['The fighters killed 31 soldiers and wounded dozens of them.', 'injured security_forces 24-99 vague'],
  ['Allah enabled the brothers to kill 44 of the apostate soldiers.', 'killed security_forces 44-44 exact'],
]);
absent('"all of them" is no vague count', [
  ['The gunmen seized 12 traders. All of them were later freed.', 'freed people null-null vague'],
]);

table('counts picked out of "those" counted before', [
  ['At the time, 180 workers were underground. Of those brought up, seven were taken to hospital.', 'injured workers 7-7 exact'],
  ['Some 95 miners were brought to the surface. Of these, 12 needed treatment for burns and 3 of them are critical.', 'injured miners 3-3 exact'],
]);

table('people near a place when it happened were there; out of a mine, alive or unconscious', [
  ['The union said at least 35 workers had been near the furnace when it exploded.', 'present workers 35-null at_least'],
  ['By 11:00, 260 of the 274 miners had been brought safely to surface.', 'freed miners 260-260 exact'],
  ['The boat capsized near the jetty. Three of the fishermen were unconscious when pulled out.', 'injured fishermen 3-3 exact'],
  ['Nine have come out alive so far, the rescue chief said.', 'freed people 9-9 exact'],
  ['Two guerrillas died in the clash, and no guerrilla was captured, the group said.', 'arrested attackers 0-0 exact'],
]);
absent('people found unconscious may be dead', [
  ['The three victims were found unconscious on the shore and could not be revived.', 'injured people 3-3 exact'],
]);

table('deaths by place in brackets, coming through unhurt, and two of the dead of two kinds', [
  ['Lightning killed nine people on Sunday. The other deaths were reported from Bogura (three), Joypurhat (two) and Pabna (one).',
    'killed people 3-3 exact'],
  ['Fourteen passengers escaped unhurt, the police said.', 'other passengers 14-14 exact'],
  ['The blast killed five people at the depot. Two of the dead were a ticket clerk and a porter.', 'killed people 2-2 exact'],
]);
absent('animals counted by the head are no people', [
  ['The floods killed 3 people, and 52 heads of cattle perished.', 'killed heads 52-52 exact'],
]);

table('people on a trek or a holiday keep their own noun', [
  ['The minibus carried 14 passengers, six of them foreign backpackers.', 'present backpackers 6-6 exact'],
]);

describe('who a figure comes from', () => {
  it('a person a sentence opens on, with an apposition, is the next "he"', () => {
    const text = 'Police said 12 died. Rahim Uddin, 52, a boatman from the ghat, has been searching the banks since dawn. '
      + '"At least 40 of us were on that boat," he said.';
    expect(sourceOf(text, 'At least 40')).toBe('Rahim Uddin (witness)');
    const union = 'The company said 8 workers died. Joseph Banda, general secretary of the Mineworkers Union, rejected '
      + 'the figure. Speaking at the gate, he said at least 14 workers had died.';
    expect(sourceOf(union, 'at least 14')).toBe('Joseph Banda (official)');
  });
  it('"according to what" names the subject of the verb of saying', () => {
    expect(sourceOf('Three soldiers lost their lives, according to what the Ministry of Interior announced in a statement.',
      'Three soldiers')).toBe('Ministry of Interior (official)');
  });
  it('a talk with the paper between the subject and the verb leaves the subject the speaker', () => {
    expect(sourceOf('Medical sources, in a conversation with our correspondent, stated that the hospital received 9 wounded.',
      '9 wounded')).toBe('medical sources (unnamed)');
  });
  it('courtesy titles keep the sentence whole and stand before the name', () => {
    expect(sourceOf('The chairman of Gwer LGA, Hon. Msughter Iorkyaa, told our correspondent that 6 persons were killed.',
      '6 persons')).toBe('Msughter Iorkyaa (official)');
  });
  it('a firm named by its trade or legal form, and an agency named for a post', () => {
    expect(sourceOf('Kalahari Copper Mining said 4 employees were injured.', '4 employees')).toBe('Kalahari Copper Mining (official)');
    expect(sourceOf('Tigris Post Agency reported that 5 people were killed.', '5 people')).toBe('Tigris Post Agency (media)');
  });
  it('"the company" is a firm the text named by a word of its own name', () => {
    expect(sourceOf('The coach, run by Transportes Cordillera Blanca, left Huaraz at dusk. Police said 7 died. The company '
      + 'said 38 passengers were on board.', '38 passengers')).toBe('Transportes Cordillera Blanca (official)');
    expect(sourceOf('The ship is managed by Ionian Tankers Management. Police said 2 died. The company said the crew of 19 '
      + 'were safe.', '19')).toBe('Ionian Tankers Management (official)');
  });
  it('a heading line naming a local office speaks for the body above it', () => {
    const release = 'KHYBER EMERGENCY SERVICE\nDistrict Emergency Office, Mardan\nPRESS RELEASE\n\nRescuers recovered '
      + 'four bodies from the collapsed shop on Bank Road.';
    expect(sourceLine(release, { published: '2026-11-02T10:00:00Z' }, 'four bodies')).toBe('Khyber Emergency Service (official)');
  });
  it('a civil society president speaks from the community', () => {
    expect(sourceOf('Rutshuru civil society president Amani Kahindo said 11 civilians were killed.', '11 civilians'))
      .toBe('rutshuru civil society president Amani Kahindo (witness)');
  });
  it('a brigade spokeswoman speaks for a unit of the state', () => {
    expect(sourceOf('Major Ana Lima, a brigade spokeswoman, said 120 firefighters were at the dam.', '120 firefighters'))
      .toBe('Major Ana Lima (official)');
  });
});
