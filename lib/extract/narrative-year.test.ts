import { describe, expect, it } from 'vitest';
import { narrativeYears } from './narrative-year';
import { splitSentences } from './sentences';

const yearsOf = (body: string, anchor = '2011-08-22') =>
  narrativeYears(splitSentences(body), anchor);

describe('narrativeYears', () => {
  it('carries the past year a paragraph wrote out to the sentences after it', () => {
    const body =
      'The king visited twice. The second visit was made on August 20-24, 2002. ' +
      'He met the president on August 23. He left a day later.\n' +
      'He met the president again on June 3.';
    expect(yearsOf(body)).toEqual([undefined, undefined, 2002, 2002, undefined]);
  });

  it('drops the year after a sentence that writes two, or the article’s own year', () => {
    expect(
      yearsOf('It happened in 2001. Talks were held in 2002 and 2003. He met him on May 2.'),
    ).toEqual([undefined, 2001, undefined]);
    expect(yearsOf('In 2011 the king travelled. He met him on May 2.')).toEqual([
      undefined,
      undefined,
    ]);
  });
});
