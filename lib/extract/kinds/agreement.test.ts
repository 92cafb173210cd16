import { describe, expect, it } from 'vitest';
import { agreementRule } from './agreement';
import { input } from './test-helpers';

describe('agreementRule', () => {
  it.each<[string, string[]]>([
    ['Kim and Putin signed a major defense deal in June.', ['agreement']],
    ['The two exchange documents during a signing ceremony of the new partnership.', ['agreement']],
    ['Russia takes its recently signed mutual treaty with North Korea seriously.', ['agreement']],
    ['Putin was informed of the agreements reached in her talks.', []],
    [
      'The accord, signed by the two presidents in June, calls on each side to help.',
      ['agreement'],
    ],
    ['The treaty is to be signed in person by the two leaders.', ['agreement']],
    ['The two leaders signed a manifesto calling for close consultations.', ['agreement']],
    ['The ministers signed a joint declaration on trade.', ['agreement']],
    ['The leaders signed a joint statement on climate cooperation.', ['agreement']],
    ['The president signed a decree on that ratification on Saturday.', ['agreement']],
    ['The leaders planned to sign a declaration pledging friendship.', []],
    ['Varnia and Arden may sign a partnership agreement during the visit.', []],
    ['The two leaders are expected to sign a partnership treaty on Wednesday.', ['agreement']],
  ])('%s', (text, kinds) => {
    expect(agreementRule.find(input(text)).map((h) => h.kind)).toEqual(kinds);
  });
});
