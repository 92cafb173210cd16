import { describe, expect, it } from 'vitest';
import { findNames, nameKey } from './names';

const names = (s: string) => findNames(s).map((n) => [n.name, n.role]);

describe('findNames', () => {
  it.each([
    ['Kremlin spokesperson Dmitry Peskov said', [['Dmitry Peskov', 'Kremlin spokesperson']]],
    [
      'said Russian Deputy Foreign Minister Andrey Rudenko to',
      [['Andrey Rudenko', 'Russian Deputy Foreign Minister']],
    ],
    ['North Korean leader Kim Jong-un has invited', [['Kim Jong-un', 'North Korean leader']]],
    ['Russian President Vladimir V. Putin met', [['Vladimir V. Putin', 'Russian President']]],
    [
      "Andrey Rudenko, Russia's deputy foreign minister, said",
      [['Andrey Rudenko', "Russia's deputy foreign minister"]],
    ],
    [
      'Ri Su Yong and his Russian counterpart, Sergei Lavrov, held',
      [
        ['Ri Su Yong', null],
        ['Sergei Lavrov', 'Russian counterpart'],
      ],
    ],
    [
      'Mr Kim and Mr Shoigu later inspected',
      [
        ['Kim', null],
        ['Shoigu', null],
      ],
    ],
    [
      "Accepting Dorn's request, Ortiz said",
      [
        ['Dorn', null],
        ['Ortiz', null],
      ],
    ],
    ['Xi Jinping met', [['Xi Jinping', null]]],
    ['the Russia-backed leader Ivo Cedar said', [['Ivo Cedar', 'Russia-backed leader']]],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reads "Cold War-era" as an adjective, not part of a name', () => {
    const found = findNames('his first visit to the Cold War-era ally, Kim Jong-il said');
    expect(found.map((n) => n.name).filter((n) => n.includes('War'))).toEqual([]);
  });

  it('keeps a capitalised word before a title in the role', () => {
    const raab = findNames('Brexit Secretary Dominic Raab told MPs').find(
      (n) => n.tokens.length > 1,
    );
    expect([raab?.name, raab?.role]).toEqual(['Dominic Raab', 'Brexit Secretary']);
    const sanders = findNames('White House press secretary Sarah Sanders said').at(-1);
    expect([sanders?.name, sanders?.role]).toEqual([
      'Sarah Sanders',
      'White House press secretary',
    ]);
    const trump = findNames('when he met U.S. President Donald Trump in Hanoi');
    expect(trump.map((n) => [n.name, n.role])).toEqual([['Donald Trump', 'U.S. President']]);
    const may = findNames('British Prime Minister Theresa May met him on May 5.')[0];
    expect([may.name, may.role]).toEqual(['Theresa May', 'British Prime Minister']);
  });

  it.each([
    'the Victory Day parade on Red Square',
    'at the Eastern Economic Forum in Vladivostok',
    'During World War II',
    'the National Intelligence Service (NIS)',
  ])('no person in: %s', (text) => {
    expect(findNames(text).filter((n) => n.tokens.length > 1)).toEqual([]);
  });
});

describe('nameKey', () => {
  it('treats hyphens, spaces and initials alike', () => {
    expect(nameKey('Kim Jong-un')).toBe(nameKey('Kim Jong Un'));
    expect(nameKey('Vladimir V. Putin')).toBe(nameKey('Vladimir Putin'));
  });
});
