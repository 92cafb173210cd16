import { describe, expect, it } from 'vitest';
import { dateByOccasion, occasionDates } from './occasions';
import { splitSentences } from './sentences';

const REF = '2031-03-14';
const occasionsOf = (body: string) => occasionDates(splitSentences(body), REF);

describe('occasions dated elsewhere in the article', () => {
  const body =
    'The highlight of the June 12 celebrations will be a military parade in the capital.\n' +
    'Officials met on Monday to prepare.\n';

  it('reads the day the article gives its occasions', () => {
    const found = occasionsOf(body);
    expect(found.get('celebration')?.start).toBe('2031-06-12');
    expect(found.get('parade')?.start).toBe('2031-06-12');
  });

  it.each([
    [
      'a trip to attend the occasion takes its day',
      'President Alder to attend the parade in Arden',
      '2031-06-12',
    ],
    [
      '"the next day" moves it one day on',
      'Chancellor Birch will skip the parade but visit Arden the next day.',
      '2031-06-13',
    ],
    [
      '"the day before" moves it one day back',
      'Birch will arrive the day before the celebrations.',
      '2031-06-11',
    ],
  ])('%s', (_, quote, start) => {
    expect(dateByOccasion(quote, occasionsOf(body))?.start).toBe(start);
  });

  it.each([
    ['an occasion the trip does not go to', 'Birch criticised the parade and visited Arden.'],
    ['an occasion the article never dates', 'Alder will attend the festival in Arden.'],
  ])('gives nothing for %s', (_, quote) => {
    expect(dateByOccasion(quote, occasionsOf(body))).toBeNull();
  });

  it('ignores a sentence that names two different days', () => {
    const two = 'The parade on June 12 and the ceremony on June 14 close the season.\n';
    expect(occasionsOf(two).size).toBe(0);
  });

  it('does not take the day a report was made for its occasion', () => {
    const said = '"The king will take part in the celebrations," the agency reported on Monday.\n';
    expect(occasionsOf(said).size).toBe(0);
  });

  it('reads the day printed before its noun when the sentence has others', () => {
    const two = 'The king will miss the June 12 ceremony in Brum, officials said on Thursday.\n';
    expect(occasionsOf(two).get('ceremony')?.start).toBe('2031-06-12');
  });

  it('lends the one dated occasion to another name for it', () => {
    const one = 'The king will miss the June 12 ceremony in Brum.\n';
    expect(
      dateByOccasion('Envoy Fenn will attend the celebrations.', occasionsOf(one))?.start,
    ).toBe('2031-06-12');
  });
});
