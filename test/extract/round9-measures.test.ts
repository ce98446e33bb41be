// Round 9: measures, groups, values and structure that blind texts (dev 310-329: army, police, ministry and
// disaster-agency releases, news with several voices, coder notes) showed missing. Each row is a sentence in our own
// words and the row the extractor must give ("measure group low-high hedge"), or must not give.
import { describe, expect, it } from 'vitest';
import { absent, figures, table } from './helpers.js';

table('members and elements of a named state force take its group', [
  ['Sadly, four (4) members of the FAMa lost their lives in the ambush.', 'killed security_forces 4-4 exact'],
  ['Two members of the Uganda Defence Forces were wounded by a roadside bomb.', 'injured security_forces 2-2 exact'],
  ['Six (6) members of the FDS died and nine (9) were wounded in the exchange.', 'injured security_forces 9-9 exact'],
  ['The governor sent a detachment of some 200 elements of the Defence and Security Forces to the market town.', 'present security_forces 200-200 about'],
  ['The minister ordered the deployment of a further 60 members of the Mobile Squad to the valley.', 'present security_forces 60-60 exact'],
]);

table('a verb of capture before the count, "alive" after it', [
  ['The patrol killed nine bandits and captured two (2) alive near the ford.', 'arrested attackers 2-2 exact'],
  ['Soldiers took five alive after the raid on the camp.', 'arrested people 5-5 exact'],
  ['Police shot dead three robbers and took one alive.', 'arrested attackers 1-1 exact'],
]);

table('forces sent to the scene are present', [
  ['The interior ministry had sent some 350 gendarmes to restore calm.', 'present security_forces 350-350 about'],
  ['The navy flew in about 90 marines on Sunday evening.', 'present security_forces 90-90 about'],
  ['The cordon, which involved more than 200 officers, was lifted at noon.', 'present security_forces 200-null at_least'],
  ['The army rushed three companies to the border district, about 400 soldiers, after the shelling.', 'present security_forces 400-400 about'],
]);

table('leaving home, evacuees and stranded people taken out', [
  ['Roughly 3,500 villagers left their homes as the river rose.', 'displaced civilians 3500-3500 about'],
  ['More than 8,000 people had to leave their homes during the floods of 2019.', 'displaced people 8000-null at_least'],
  ['A total of 4,210 people from nine hamlets inside the exclusion zone have been evacuated to schools.', 'displaced people 4210-4210 exact'],
  ['Some 2,600 people were evacuated overnight. Among the evacuees are 410 children.', 'displaced children 410-410 exact'],
  ['Twenty-two motorists stranded on the Darkhan - Erdenet highway were evacuated by rescuers.', 'displaced motorists 22-22 exact'],
]);

absent('"alive" after a capture is no freedom; an origin place is no presence', [
  ['The patrol killed nine bandits and captured two (2) alive near the ford.', 'freed people 2-2 exact'],
  ['A total of 4,210 people from nine hamlets inside the exclusion zone have been evacuated to schools.', 'present people 4210-4210 exact'],
  ['The clinic sent 12 patients to the district hospital.', 'present people 12-12 exact'],
]);

describe('structure', () => {
  it('evacuees picked out after a total are its parts', () => {
    const fs = figures('Some 2,600 people were evacuated overnight. Among the evacuees are 410 children and 95 pregnant women.');
    const total = fs.find((f) => f.value.low === 2600);
    expect(fs.filter((f) => f.parts_of === total?.id)).toHaveLength(2);
  });
});
