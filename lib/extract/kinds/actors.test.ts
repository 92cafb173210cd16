import { describe, expect, it } from 'vitest';
import { findHits } from './index';
import { input } from './test-helpers';

// Who performed a narrated speech act: the speaker when no one is quoted (EVENTS.md, "speaker").
describe('actors of narrated acts', () => {
  it.each<[string, string, string]>([
    [
      'Since Brum reportedly accepted the invitation to attend the parade, there has been talk.',
      'confirmation',
      'Brum',
    ],
    [
      'Russian President Vladimir Putin extended an invitation to Kim.',
      'invitation',
      'Russian President Vladimir Putin',
    ],
    [
      'Mr Biden first invited Mr Modi to visit Washington during a phone call in March, according to officials.',
      'invitation',
      'Mr Biden',
    ],
    [
      "Putin earlier this month accepted Kim Jong Un's invitation to visit Russia.",
      'invitation',
      'Kim Jong Un',
    ],
    ["Choe was on a three-day visit to Russia at Lavrov's invitation.", 'invitation', 'Lavrov'],
    // States speak through their own media, named by their adjectives.
    [
      'Russian and French state media confirmed that the king will visit Brum next week.',
      'confirmation',
      'Russia and France',
    ],
    [
      'On Tuesday, French state media confirmed that the king will soon travel to Brum.',
      'confirmation',
      'France',
    ],
    [
      'Several Western leaders have snubbed invitations to the parade.',
      'announcement',
      'Several Western leaders',
    ],
    [
      "North Korea's official media also confirmed the leader's visit to Russia.",
      'confirmation',
      'North Korea',
    ],
  ])('%s', (text, kind, actor) => {
    expect(findHits(input(text)).find((h) => h.kind === kind)?.actor).toBe(actor);
  });
});
