// Round 43: read off three blind sets after their blind scores (F304: verification desks checking tolls that go round
// online; F307: rights groups' reports on crackdowns; F308: local crime and shooting news): posts with no poster speak
// for nobody, a news outlet naming itself speaks in its own voice, people held in a crackdown are in custody, people
// evacuated from around a standoff are displaced, Mounties are police, a craft named after its noun picks people up.
// Every sentence is new.
import { describe, expect, it } from 'vitest';
import { figures, sourceOf, table } from './helpers.js';

describe('posts going round', () => {
  it('a post nobody is named for speaks as unnamed', () => {
    const text = 'A widely shared post on X claimed 75 people had died in the blast.';
    expect(sourceOf(text, '75', 'Delta Check')).toBe('widely shared post on X (unnamed)');
  });
  it('a clip from a platform, with no poster, is unnamed too', () => {
    const text = 'A TikTok clip viewed two million times claims 120 were buried under the mud.';
    expect(sourceOf(text, '120', 'Delta Check')).toMatch(/\(unnamed\)$/);
  });
  it('an account that supports a side is nobody\'s', () => {
    const text = 'A pro-government account claimed that 9 fighters were killed near the bridge.';
    expect(sourceOf(text, '9', 'Delta Check')).toMatch(/\(unnamed\)$/);
  });
  it('a video posted by a named party is that party\'s', () => {
    const text = 'A video posted by the Northern Front claimed 30 soldiers were killed at the checkpoint.';
    expect(sourceOf(text, '30', 'Delta Check')).toMatch(/Northern Front \(militant\)$/);
  });
});

describe('the outlet naming itself', () => {
  it('the last word of its name, written as a name, is the outlet', () => {
    const text = 'Police said three people were hurt.\n\nThe Courier can confirm that at least eight people died.';
    expect(sourceOf(text, 'at least eight', 'The Lakeside Courier')).toBe('The Lakeside Courier (media)');
  });
  it('its desk is the outlet', () => {
    const text = 'Officials gave no toll.\n\nThe verification desk could confirm at least 17 deaths from the hospital records.';
    expect(sourceOf(text, 'at least 17', 'Horn Wire')).toBe('Horn Wire (media)');
  });
  it('a staff byline is no issuer', () => {
    const text = 'Fact check: old photos used for new flood\n\nBy Our Staff Reporter\n\nMIRPUR: At least 22 people have drowned in the district.';
    expect(sourceOf(text, 'At least 22', 'The Daily Beacon')).toBe('The Daily Beacon (media)');
  });
});

table('held in a crackdown, evacuated around a standoff, Mounties', [
  ['Police arrested hundreds of marchers on Friday. The detainees told lawyers that at least 40 people were held in a sports hall for two days.',
    'arrested people 40-null at_least'],
  ['Police surrounded the flat where the man was barricaded, and about 35 residents were evacuated from nearby houses as the standoff went on.',
    'displaced civilians 35-35 about'],
  ['Two Mounties were hurt when the suspect drove at them.', 'injured security_forces 2-2 exact'],
  ['The trawler Sea Lark picked up nine of the crew from the water.', 'freed crew 9-9 exact'],
]);

describe('held with no crackdown stays held', () => {
  it('captives in a kidnapping report keep their measure', () => {
    const found = figures('Gunmen kidnapped 30 villagers on Monday. Police arrested two suspects, and the villagers are still held in the forest.');
    expect(found.some((f) => f.measure === 'arrested' && f.group === 'villagers')).toBe(false);
  });
});
