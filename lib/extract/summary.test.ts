import { describe, expect, it } from 'vitest';
import { summarize, type SummaryInput } from './summary';

const base: SummaryInput = {
  kind: 'visit',
  speaker: null,
  participants: [],
  place: null,
  target: null,
};

describe('summarize', () => {
  it.each<[Partial<SummaryInput>, string]>([
    [{ participants: ['Kim Jong Un'], place: 'Moscow' }, 'Kim Jong Un visits Moscow'],
    [
      {
        kind: 'invitation',
        speaker: { name: 'Russia', role: null },
        participants: ['Kim Jong Un'],
      },
      'Russia invites Kim Jong Un',
    ],
    [
      { kind: 'invitation', speaker: { name: 'Kremlin', role: null }, place: 'Moscow' },
      'Kremlin extends an invitation to Moscow',
    ],
    [
      { kind: 'summit', participants: ['Vladimir Putin', 'Kim Jong Un'], place: 'Vladivostok' },
      'Summit: Vladimir Putin and Kim Jong Un in Vladivostok',
    ],
    [
      {
        kind: 'announcement',
        speaker: { name: 'Dmitry Peskov', role: null },
        participants: ['Dmitry Peskov'],
      },
      'Dmitry Peskov announces',
    ],
    [{ kind: 'agreement' }, 'Agreement signed'],
  ])('%o', (over, expected) => {
    expect(summarize({ ...base, ...over })).toBe(expected);
  });
});
