import { REPORTING_VERBS } from '../lexicon/reporting-verbs';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Any reporting verb as a whole word, longest phrases first; global. Case-sensitive: "States". */
export const REPORTING_VERB_RE = new RegExp(
  `(?<![\\p{L}])(?:${[...REPORTING_VERBS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}])`,
  'gu',
);
