import { describe, expect, it } from 'vitest';
import { statesBehind } from './state-media';

describe('statesBehind', () => {
  it.each<[string, string | null]>([
    ["the North's Korean Central News Agency", 'North Korea'],
    ["France's official news agency", 'France'],
    ['North Korean state media', 'North Korea'],
    ['the French state-controlled Central News Agency', 'France'],
    ['Russian and French state media', 'Russia and France'],
    // Media that are not a state's own, or no state named: nobody behind them.
    ['South Korean media', null],
    ["Russia's TASS news agency", null],
    ['state media', null],
  ])('%s', (phrase, states) => {
    expect(statesBehind(phrase)).toBe(states);
  });
});
