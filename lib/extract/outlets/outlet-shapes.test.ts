import { describe, expect, it } from 'vitest';
import { citingSubjects, isOutletShape, outletShapes } from './outlet-shapes';

describe('outlets known by their shape', () => {
  it.each([
    ['RIA Vostok', true],
    ['the Varnia Herald', true],
    ['Brum Daily', true],
    ['Arden TV', true],
    ['the latest news', false],
    ['Dmitry Peskov', false],
    ['the Kremlin', false],
  ])('%s → %s', (phrase, shaped) => {
    expect(isOutletShape(phrase)).toBe(shaped);
  });

  it('finds shaped names and press subjects with their offsets', () => {
    const text = 'The Varnia Herald said so, and ZNA reports citing RIA Vostok.';
    expect(outletShapes(text).map((s) => [s.name, text.slice(s.start, s.end)])).toEqual([
      ['Varnia Herald', 'Varnia Herald'],
      ['ZNA', 'ZNA'],
      ['RIA Vostok', 'RIA Vostok'],
    ]);
  });

  it('reads who reports citing others', () => {
    expect([...citingSubjects('The talks began, ZNA reported, citing officials.')]).toEqual([
      'ZNA',
    ]);
    expect(citingSubjects('Peskov said, citing intelligence, that the talks began.').size).toBe(0);
  });
});
