import { describe, expect, it } from 'vitest';
import { antecedentOf, untitledTest } from './antecedent';
import { splitSentences } from './sentences';
import { buildPeopleIndex } from './speakers/people-index';

function read(body: string) {
  const people = buildPeopleIndex(splitSentences(body));
  return { people, isUntitled: untitledTest(people, body) };
}

describe('untitledTest', () => {
  it('holds for a name printed bare everywhere, not for one with a title', () => {
    const body =
      'Ivo Dorn met Varnian President Sergei Brandt in Lanz. Dorn arrived by train.\n' +
      'Brandt greeted him at the station.\n';
    const { isUntitled } = read(body);
    expect(isUntitled('Ivo Dorn')).toBe(true);
    expect(isUntitled('Dorn')).toBe(true);
    expect(isUntitled('Sergei Brandt')).toBe(false);
    expect(isUntitled('Varnian President Sergei Brandt')).toBe(false);
  });

  it('sees titles the index of people misses, before or after the name', () => {
    const body =
      'Speaker of the Upper House Vera Lind met Ivo Dorn in Lanz.\n' +
      'Ivo Dorn, the Varnian leader, thanked her.\n';
    const { isUntitled } = read(body);
    expect(isUntitled('Vera Lind')).toBe(false);
    expect(isUntitled('Ivo Dorn')).toBe(false);
  });
});

describe('antecedentOf', () => {
  it('is the first person named in the nearest sentence that names one', () => {
    const body = 'Ivo Dorn visited Lanz with Vera Lind. He toured a factory. He met the mayor.\n';
    const { people } = read(body);
    expect(antecedentOf(people, 2)).toBe('Ivo Dorn');
    expect(antecedentOf(people, 0)).toBeNull();
  });
});
