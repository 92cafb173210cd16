import { describe, expect, it } from 'vitest';
import type { Person } from '../people-index';
import { personForBody } from './institution-to-person';

const person = (name: string, role: string, countries: string[]): Person => ({
  name,
  role,
  countries,
  mentions: [1],
});
const peskov = person('Dmitry Peskov', 'Kremlin spokesperson', ['Russia']);
const rudenko = person('Andrey Rudenko', 'Russian Deputy Foreign Minister', ['Russia']);
const barnier = person('Michel Barnier', 'EU chief negotiator', ['European Union']);

describe('personForBody', () => {
  it.each([
    [
      'Kremlin',
      'The Kremlin announced on January 15 that it would disclose details.',
      peskov,
      'Dmitry Peskov',
    ],
    [
      'Russian government',
      'The Russian government stated Wednesday that it will coordinate.',
      rudenko,
      'Andrey Rudenko',
    ],
    ['Russia', 'Russia has indicated that a visit is on the table.', peskov, 'Dmitry Peskov'],
    ['European Union', 'The European Union said talks would resume.', barnier, 'Michel Barnier'],
    // A written statement stays the body's own.
    ['Kremlin', 'Kim will visit, the Kremlin said in a statement on Monday.', peskov, null],
    // A person who does not speak for that body.
    ['Kremlin', 'The Kremlin said the visit was set.', rudenko, null],
  ])('%s + %s', (body, text, p, expected) => {
    const next = { speaker: { name: p.name, role: p.role }, person: p };
    expect(personForBody({ name: body, role: null }, text, next)?.name ?? null).toBe(expected);
  });
});
