import { describe, expect, it } from 'vitest';
import { canonicalOutlet, OUTLETS, reportedOutletName, sameOutlet } from './outlet-table';

describe('canonicalOutlet', () => {
  it.each([
    ['Tass News Agency', 'TASS'],
    ['TASS', 'TASS'],
    ['YONHAP', 'Yonhap'],
    ['Yonhap News Agency', 'Yonhap'],
    ['KCNA', 'KCNA'],
    ['Korean Central News Agency', 'KCNA'],
    ['The Associated Press', 'Associated Press'],
    ['AP', 'Associated Press'],
    ['the New York Times', 'New York Times'],
    ['Rossiya-1', 'Rossiya-1'],
    ['Kuwait News Agency', 'KUNA'],
  ])('%s → %s', (printed, name) => {
    expect(canonicalOutlet(printed)).toBe(name);
  });

  it.each(['Kremlin', 'Peskov', 'state media', 'News.Az'])('%s is not an outlet', (printed) => {
    expect(canonicalOutlet(printed)).toBeNull();
  });

  it('has one entry per canonical name', () => {
    const names = OUTLETS.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('reportedOutletName', () => {
  it.each([
    ['Korean Central News Agency', 'Korean Central News Agency'],
    ['KCNA', 'KCNA'],
    ['Yonhap News Agency', 'Yonhap News Agency'],
    ['Yonhap', 'Yonhap'],
    ['Tass News Agency', 'TASS'],
    ['Kremlin', null],
  ])('%s → %s', (printed, name) => {
    expect(reportedOutletName(printed)).toBe(name);
  });
});

describe('sameOutlet', () => {
  it('compares outlets by canonical name, ignoring case and punctuation', () => {
    expect(sameOutlet('News.Az', 'news.az')).toBe(true);
    expect(sameOutlet('Tass', 'TASS')).toBe(true);
    expect(sameOutlet('RIA Vostok', 'TASS')).toBe(false);
  });
});
