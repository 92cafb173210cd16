import type { KindRule } from './types';

// A treaty, deal or agreement signed or ratified (not "agreements reached in talks").
const SIGNED =
  /\b(?:sign(?:s|ed|ing)?|ratif(?:y|ies|ied|ying)|struck|concluded)\b(?:\s+[\w-]+){0,6}?\s+(?:treaty|treaties|agreements?|deals?|documents|accords?|pacts?|memorand\w+|plan|partnership|contracts?|declarations?|manifesto|communiqu[eé]|charter)\b|\bsigning ceremony\b|\b(?:treaty|agreement|accord|pact)(?:,| (?:was|were|has been|have been|is to be|are to be|to be|will be)) (?:signed|ratified)\b/i;

/** A treaty, deal or agreement is signed or ratified. */
export const agreementRule: KindRule = {
  name: 'agreement',
  find({ text }) {
    const m = SIGNED.exec(text);
    return m ? [{ kind: 'agreement', at: m.index, actor: null }] : [];
  },
};
