import type { Sentence } from '../sentences';
import { isMedia } from './noun-phrase';
import type { PeopleIndex } from './people-index';
import { maskQuotes, quoteStates, type QuoteState } from './quotes';
import { resolveName } from './resolve-name';
import type { Analysis, ContextRule, Step } from './rules/context-rule';
import { deferToLede } from './rules/headline';
import { bodyToPerson } from './rules/institution-to-person';
import { chooseCandidate, type LocalReading } from './rules/local';
import { continueQuotation } from './rules/quote-continuation';
import { PRONOUNS } from './lexicon/non-speakers';

export type { Analysis } from './rules/context-rule';

/**
 * Rules that revise a sentence's own reading from the article, in this order: a quotation's
 * speaker is given in its other sentences, so that is settled first; a headline then defers to
 * its lede (whose reading is complete by then); last, a body gives way to the person the next
 * sentence names (R5), which must not apply to headlines, already settled by their lede.
 */
const CONTEXT_RULES: readonly ContextRule[] = [continueQuotation, deferToLede, bodyToPerson];

/** Per-article state: quote states, and each sentence's reading computed once. */
export interface SpeakerContext {
  people: PeopleIndex;
  quotes: QuoteState[];
  analyse(i: number): Analysis;
}

const NONE: Analysis = { speaker: null, media: false };
const CACHE = new WeakMap<Sentence[], SpeakerContext>();

/** The context for an article's sentences, cached for as long as the array lives. */
export function speakerContext(sentences: Sentence[], people: PeopleIndex): SpeakerContext {
  const cached = CACHE.get(sentences);
  if (cached && cached.people === people) return cached;
  const quotes = quoteStates(sentences);
  const local: (LocalReading | undefined)[] = [];
  const results: (Analysis | undefined)[] = [];
  const busy = new Set<number>();

  const localReading = (i: number): LocalReading =>
    (local[i] ??= chooseCandidate(maskQuotes(sentences[i].text, quotes[i].startsInside)));

  function compute(i: number): Analysis {
    const reading = localReading(i);
    let speaker = reading.chosen ? resolveName(reading.chosen.phrase, sentences, i, people) : null;
    // A pronoun with nothing to stand for names no one.
    if (speaker && PRONOUNS.has(speaker.name.toLowerCase())) speaker = null;
    const step: Step = { sentences, people, quotes, i, reading, analyse, localReading };
    let result: Analysis = { speaker, media: reading.media };
    for (const rule of CONTEXT_RULES) result = rule(step, result);
    // Outlets are never speakers, however a rule arrived at one.
    if (result.speaker && isMedia(result.speaker.name)) return { speaker: null, media: true };
    return result;
  }

  // Sentences met again while being read: a reading that met one still being read is partial.
  const cut = new Set<number>();

  function analyse(i: number): Analysis {
    const done = results[i];
    if (done) return done;
    // A sentence met again while it is being read (a quotation's closer whose "he" looks back
    // at the opener) counts as saying nothing for now. Finished readings are kept, so an article
    // costs about one reading per sentence; a reading that depended on an unfinished one is not
    // kept, so the answer does not depend on which sentence was asked about first.
    if (busy.has(i)) {
      cut.add(i);
      return NONE;
    }
    busy.add(i);
    const result = compute(i);
    busy.delete(i);
    cut.delete(i);
    if (cut.size === 0) results[i] = result;
    return result;
  }

  const ctx: SpeakerContext = { people, quotes, analyse };
  CACHE.set(sentences, ctx);
  return ctx;
}
