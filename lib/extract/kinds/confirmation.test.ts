import { describe, expect, it } from 'vitest';
import { confirmationRule } from './confirmation';
import { input } from './test-helpers';

describe('confirmationRule', () => {
  it.each<[string, string[]]>([
    ["An unnamed Russian official confirmed Kim's attendance on Thursday.", ['confirmation']],
    // A negated confirmation, even with an adverb inside, confirms nothing.
    ["Varnian state media didn't immediately confirm the king's trip.", []],
    ['The palace has not officially confirmed the visit.', []],
    [
      'North Korea has accepted the invitation to partake in the celebrations in May.',
      ['confirmation'],
    ],
    ['Lavrov said that some European leaders were still expected to come.', ['confirmation']],
    ["Accepting Dorn's request to visit Brum, Ortiz said, “See you soon.”", ['confirmation']],
    [
      "A spokesperson says President Dorn has accepted North Varnian leader Ivo Cedar's invitation.",
      ['confirmation'],
    ],
    ['Ortiz said Dorn "gratefully accepted" the invitation.', ['confirmation']],
    [
      'The ministry has confirmed that President Ivo Cedar would attend the parade in Brum.',
      ['confirmation', 'visit'],
    ],
    [
      'The ministry confirmed that an invitation had been sent to Cedar to take part in the parade.',
      ['confirmation'],
    ],
    [
      "Varnia's head of state, Ana Fenn, will participate in the parade, the agency said.",
      ['confirmation', 'visit'],
    ],
    ['Russia received a positive initial signal from Pyongyang.', ['confirmation']],
    ['Putin neither confirmed nor denied the reports.', []],
    // A host awaiting its guest confirms the trip; onlookers' expectations and past guesses do not.
    [
      'Varnia is still expecting King Ivo Cedar to visit Brum in May, a diplomat said.',
      ['confirmation', 'visit'],
    ],
    ['"We are expecting the visit by the king," he told reporters.', ['confirmation', 'visit']],
    ['Analysts are expecting Cedar to visit Brum in May.', []],
    ["The country's spy agency expected Cedar to go to Brum.", []],
    ['Nobody is expecting rain in Brum this week.', []],
    [
      'Peskov said about 30 foreign leaders would attend the parade on Red Square on May 9.',
      ['confirmation'],
    ],
    [
      'Kremlin spokesman Dmitry Peskov said last month that Kim had been invited to the anniversary.',
      ['confirmation'],
    ],
    ['The specific list of confirmed countries was not disclosed.', []],
    ['The ministry confirmed that soldiers had started moving towards the border.', []],
    ['The ministry confirmed that troops who arrived in Varnia were training there.', []],
    ['Varnia, however, had never confirmed that the king planned to come.', []],
    ['The ministry did not confirm the visit.', []],
    [
      'The spokesman announced that Secretary-General Ana Fenn would be among those coming to Brum.',
      ['confirmation', 'visit'],
    ],
  ])('%s', (text, kinds) => {
    expect(confirmationRule.find(input(text)).map((h) => h.kind)).toEqual(kinds);
  });
});
