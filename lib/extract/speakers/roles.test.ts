import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { buildPeopleIndex } from './people-index';
import { personByRole, roleKey } from './roles';

describe('roleKey', () => {
  it.each([
    ["Russia's foreign minister", 'minister', ['foreign'], ['Russia']],
    ['Kremlin press secretary', 'spokes', ['presidential'], ['Russia']],
    ['the Russian president', 'president', [], ['Russia']],
  ])('%s', (role, head, qualifiers, countries) => {
    const key = roleKey(role);
    expect(key.head).toBe(head);
    expect([...key.qualifiers]).toEqual(qualifiers);
    expect(key.countries).toEqual(countries);
  });
});

describe('personByRole', () => {
  const sentences = splitSentences(
    [
      'North Korean Foreign Minister Ri Su Yong met Russian Foreign Minister Sergei Lavrov.',
      'Kremlin press secretary Dmitry Peskov said so.',
      'British Prime Minister Theresa May spoke to Irish Prime Minister Leo Varadkar.',
    ].join(' '),
  );
  const people = buildPeopleIndex(sentences);

  it.each([
    ["Russia's foreign minister", 'Sergei Lavrov'],
    ['the North Korean foreign minister', 'Ri Su Yong'],
    ['Kremlin spokesman', 'Dmitry Peskov'],
    ['the spokesman', 'Dmitry Peskov'],
    ['the Irish prime minister', 'Leo Varadkar'],
    ['the British prime minister', 'Theresa May'],
  ])('%s → %s', (description, name) => {
    expect(personByRole(description, people, 3)?.name).toBe(name);
  });

  it('finds no one for a role nobody holds', () => {
    expect(personByRole('the defence minister', people, 3)).toBeNull();
  });
});
