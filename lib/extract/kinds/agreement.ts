import { HEDGE } from '../lexicon';
import type { KindRule } from './types';

// "planned to sign", "may sign", "hope to sign": a signing put forward, not done or decided (R2).
const HEDGED_BEFORE = new RegExp(`(?:${HEDGE.source})\\s+(?:to\\s+)?(?:\\w+ly\\s+)?$`, 'i');

// A treaty, deal or agreement signed or ratified (not "agreements reached in talks").
const SIGNED =
  /\b(?:sign(?:s|ed|ing)?|ratif(?:y|ies|ied|ying)|struck|concluded)\b(?:\s+[\w-]+){0,6}?\s+(?:treaty|treaties|agreements?|deals?|documents|accords?|pacts?|memorand\w+|plan|partnership|contracts?|declarations?|joint statements?|manifesto|communiqu[eé]|charter)\b|\bsigning ceremony\b|\bsign(?:s|ed|ing)?\s+(?:a|the)\s+(?:decree|law|bill)\s+(?:on|ratifying|approving)\b|\b(?:treaty|agreement|accord|pact)(?:,| (?:was|were|has been|have been|is to be|are to be|to be|will be)) (?:signed|ratified)\b/i;

/** A treaty, deal or agreement is signed or ratified. */
export const agreementRule: KindRule = {
  name: 'agreement',
  find({ text }) {
    const m = SIGNED.exec(text);
    if (!m || HEDGED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return [];
    return [{ kind: 'agreement', at: m.index, actor: null }];
  },
};
