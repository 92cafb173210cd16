import type { QuoteState } from '../quotes';
import type { Sentence } from '../../sentences';
import type { Analysis, ContextRule } from './context-rule';

const OPENS_WITH_QUOTE_RE = /^["“„]/;

/**
 * Sentences whose speaker is given elsewhere in the same quotation, nearest first: the one that
 * opened a quotation this sentence continues, the one that closes a quotation this sentence
 * opens ('"The invitation was sent.' + 'North Korea accepted," the official said.'), or, for a
 * quotation opened here with no attribution anywhere, the quoting sentence right before it.
 */
export function quoteSources(sentences: Sentence[], quotes: QuoteState[], i: number): number[] {
  const q = quotes[i];
  const paragraph = sentences[i].paragraph;
  const out: number[] = [];
  const same = (k: number) =>
    k >= 0 && k < sentences.length && sentences[k].paragraph === paragraph;
  if (q.startsInside) {
    let o = i - 1;
    while (same(o - 1) && quotes[o].startsInside) o--;
    if (same(o)) out.push(o);
  }
  if (q.endsInside) {
    let c = i + 1;
    while (same(c) && quotes[c].endsInside) c++;
    if (same(c)) out.push(c);
  }
  // An unattributed quotation right after a quoting sentence continues that speaker, also as a
  // paragraph of its own (the usual way news copy runs a quote on).
  // A quotation opened here and run on over several sentences does the same when none of them
  // names its speaker (tried last, after the closer).
  if (!q.startsInside && OPENS_WITH_QUOTE_RE.test(sentences[i].text)) {
    if (i > 0 && quotes[i - 1].hasQuote) out.push(i - 1);
  }
  return out;
}

/** A sentence of a quotation with no attribution of its own takes the quotation's speaker. */
export const continueQuotation: ContextRule = (step, current): Analysis => {
  if (current.speaker || current.media) return current;
  for (const k of quoteSources(step.sentences, step.quotes, step.i)) {
    const other = step.analyse(k);
    if (other.speaker || other.media) return other;
  }
  return current;
};
