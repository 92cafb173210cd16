import { describe, expect, it } from 'vitest';
import { invitationRule } from './invitation';
import { input } from './test-helpers';

describe('invitationRule', () => {
  it.each<[string, string[]]>([
    [
      'Russian President Vladimir Putin extended an invitation to Kim following their summit.',
      ['invitation'],
    ],
    [
      'Previously, Putin invited Kim to Moscow during his visit to North Korea in June last year.',
      ['invitation'],
    ],
    ['The invitation was sent to Kim Jong Un.', ['invitation']],
    ['He extended the invitation after holding talks with him in the capital.', ['invitation']],
    ['The premier had received an invitation from the king to hold talks in Brum.', ['invitation']],
    [
      '"Come to Varnia, we will be very happy to see you," the minister told the king.',
      ['invitation'],
    ],
    ['In reply, the president said, "We are waiting for you, come visit us."', ['invitation']],
    ['The aide said the "leader plans to come to Brum and attend celebrations."', []],
    ['The minister extended an invitation to discuss tariffs.', []],
    [
      'The spokesman said the king has received a “valid” invitation to visit Varnia.',
      ['invitation'],
    ],
    ["Choe was on a three-day visit to Russia from Sunday at Lavrov's invitation.", ['invitation']],
    [
      'The Prime Minister invited the Canadian premier to attend the summit in Oslo.',
      ['invitation'],
    ],
    ['North Korea has accepted the invitation to partake in the celebrations.', []],
    // An acceptance that names who invited tells of the invitation too.
    [
      'Dorn has accepted an invitation to visit Varnia from King Ortiz, the palace said.',
      ['invitation'],
    ],
    [
      'Dorn said the king "gratefully accepted" the invitation extended by the Varnian leader to visit Brum.',
      ['invitation'],
    ],
    ['He also invited his counterpart to discuss economic interaction.', []],
  ])('%s', (text, kinds) => {
    expect(invitationRule.find(input(text)).map((h) => h.kind)).toEqual(kinds);
  });
});
