import { describe, expect, it } from 'vitest';
import { mediaCiting } from './media-citing';

describe('mediaCiting', () => {
  it.each([
    [
      'Putin has met Choe, Tass News Agency reported, citing Kremlin Spokesman Dmitry Peskov.',
      ['Kremlin Spokesman Dmitry Peskov'],
    ],
    [
      'Earlier, South Korean media, citing unnamed government sources, reported that Kim left.',
      ['unnamed government sources'],
    ],
    [
      'The New York Times also reported, citing US and other Western officials, that Kim wanted talks.',
      ['US and other Western officials'],
    ],
  ])('%s', (sentence, expected) => {
    expect(mediaCiting(sentence).map((c) => c.phrase)).toEqual(expected);
  });

  it('leaves a person citing someone to the subject rule', () => {
    expect(
      mediaCiting(
        'Another source in Vladivostok, citing a station official, said that Kim arrived.',
      ),
    ).toEqual([]);
  });
});
