import type { Speaker } from '../../types';
import type { Sentence } from '../sentences';
import { speakerContext } from './context';
import type { PeopleIndex } from './people-index';

export { buildPeopleIndex, type PeopleIndex, type Person } from './people-index';
export { resolveName } from './resolve-name';

/**
 * The person or body a sentence attributes its statement to (reported speech), resolved to
 * the article's full name; null if the sentence reports no one's statement. Outlets are never
 * speakers ("CNN reported ..." gives null; the caller may use the actor).
 */
export function reportedSpeaker(
  sentences: Sentence[],
  i: number,
  people: PeopleIndex,
): Speaker | null {
  if (i < 0 || i >= sentences.length) return null;
  return speakerContext(sentences, people).analyse(i).speaker;
}
