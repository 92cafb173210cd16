import type { Speaker } from '../../../types';
import type { Sentence } from '../../sentences';
import type { PeopleIndex } from '../people-index';
import type { QuoteState } from '../quotes';
import type { LocalReading } from './local';

/** What the extractor concluded about one sentence. */
export interface Analysis {
  speaker: Speaker | null;
  /** The sentence is attributed to the press only ("CNN reported ..."). */
  media: boolean;
}

/** One sentence being read, with the article around it. */
export interface Step {
  sentences: Sentence[];
  people: PeopleIndex;
  quotes: QuoteState[];
  i: number;
  /** What the sentence itself says (see `chooseCandidate`). */
  reading: LocalReading;
  /** The full reading of another sentence of the article (memoised; cycles read as nothing). */
  analyse(k: number): Analysis;
  /** The local reading of another sentence, without following pronouns or quotations. */
  localReading(k: number): LocalReading;
}

/** A rule that revises a sentence's reading from the rest of the article. */
export type ContextRule = (step: Step, current: Analysis) => Analysis;
