import { describe, expect, it } from 'vitest';
import { announcementRule } from './announcement';
import { input } from './test-helpers';

describe('announcementRule', () => {
  it.each<[string, string[]]>([
    [
      'North Korean leader Kim Jong Un will not attend events in Moscow next week.',
      ['announcement'],
    ],
    ['The Kremlin said the visit would take place in the coming days.', ['announcement']],
    ['Peskov said a visit to Pyongyang is on the table.', ['announcement']],
    // A trip or meeting announced, told after the fact.
    ['On April 18, the palace announced the summit.', ['announcement']],
    ['“They will have talks during the visit,” the report added.', ['announcement']],
    [
      'Varnia is preparing to welcome King Ortiz for a visit this year, Brum said.',
      ['announcement'],
    ],
    [
      'The two sides are at the “preparatory stage” for the visit, the minister said.',
      ['announcement'],
    ],
    ['“They will have a good time in Brum,” the report added.', []],
    ['The visit had been publicly announced by the ministry last week.', ['announcement']],
    ['The ministry announced that the tour of the frigate was over.', []],
    ['"We will keep you informed," the spokesman said about the meeting.', ['announcement']],
    ['The minister said trade grew by 30 percent last year.', []],
    [
      'The ministry said in a statement that a treaty is anticipated to be signed during the upcoming trip.',
      ['announcement'],
    ],
    [
      'He is due to depart Brum on Wednesday for a visit to Arden, the ministry said.',
      ['announcement'],
    ],
    ['Regarding the upcoming event, the president said the anniversary carries significance.', []],
    ['The minister invited the king to visit Varnia, officials said.', []],
    [
      'The spokesman said the king has an invitation to visit Varnia and that coordination is ongoing.',
      ['announcement'],
    ],
    ['Analysts said the leaders could meet, although no meeting has been announced.', []],
    [
      'During the summit, when asked about the troop deployment, the president neither confirmed nor denied the reports, officials said.',
      [],
    ],
    [
      'Asked about the possibility of a meeting with the minister, Peskov said nothing was planned.',
      ['announcement'],
    ],
    ['Announcing the visit yesterday, the Kremlin said it will help relations.', ['announcement']],
    ['Officials said arrangements are underway for the king’s visit.', ['announcement']],
    ['Gorbachev criticised security arrangements for the king, officials said.', []],
    [
      'It was reported on April 27 that Varnia will not participate in the parade.',
      ['announcement'],
    ],
    ['Officials said the king will not be attending the ceremony.', ['announcement']],
  ])('%s', (text, kinds) => {
    expect(announcementRule.find(input(text)).map((h) => h.kind)).toEqual(kinds);
  });
});
