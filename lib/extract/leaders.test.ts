import { describe, expect, it } from 'vitest';
import { isSummitStory, leaderTest } from './leaders';

describe('leaderTest: names the article titles as heads of state or government', () => {
  const body =
    'The king arrives in Brum for a summit with Varnian President Tom Alder\n' +
    'He is expected to meet Alder on Wednesday.\n' +
    'Olaf Brand, the leader of Arden, travelled by train.\n' +
    'Pia Dorn, general secretary of the Workers’ Party, met Ivo Cedar.\n';
  const isLeader = leaderTest(body);

  it.each([
    ['Alder', true],
    ['Tom Alder', true],
    ['Brand', true],
    // A party's general secretary leads a one-party state.
    ['Dorn', true],
    // A headline ending in a name does not carry the next line's first word into the name.
    ['He', false],
    ['Ivo Cedar', false],
  ])('%s → %s', (name, expected) => {
    expect(isLeader(name)).toBe(expected);
  });

  it('reads run-together initials and a chair split around the name', () => {
    const test = leaderTest(
      'Chairman Ivo Cedar of the National Defence Commission met Varnian President T.A. Alder.\n' +
        'Chairman Olaf Brand of the football club spoke.\n',
    );
    expect(test('Cedar')).toBe(true);
    expect(test('Alder')).toBe(true);
    expect(test('Brand')).toBe(false);
    expect(leaderTest('Media said Ivo Cedar, the country’s leader, will travel.')('Cedar')).toBe(
      true,
    );
  });

  it('finds a story of leaders meeting', () => {
    expect(isSummitStory(body.split('\n'), isLeader)).toBe(true);
    expect(isSummitStory(['The minister met envoys.'], isLeader)).toBe(false);
  });
});
