/**
 * Words around an outlet's name that make it the source of what a sentence reports. Kept as
 * word lists so a new phrasing is one entry, not a new regular expression.
 */

/** Phrases that introduce a source right before its name: "according to Yonhap". */
export const CUES_BEFORE: readonly string[] = [
  'according to',
  'as reported by',
  'reported by',
  'as cited by',
  'cited by',
  'quoted by',
  'citing',
  'quoting',
  'told',
  'interview with',
  'interviewed by',
  'comments to',
  'remarks to',
  'speaking to',
  'spoke to',
  'speaking with',
  'confirmed to',
  'said to',
  'carried by',
  'published by',
  'writing in',
  'to',
  'wrote in',
];

/** Reporting verbs whose subject is the source: "CNN reported", "TASS quoted ...". */
export const VERBS_AFTER: readonly string[] = [
  'reported',
  'reports',
  'report',
  'reporting',
  'said',
  'says',
  'quoted',
  'quotes',
  'cited',
  'cites',
  'wrote',
  'writes',
  'claimed',
  'claims',
  'stated',
  'states',
  'added',
  'announced',
  'confirmed',
  'carried',
  'broadcast',
  'learned',
  'learnt',
];

/**
 * Lower-case words that may stand between a cue and the name, or between the name and its
 * verb: "according to the North's official Korean Central News Agency", "Yonhap news agency
 * reported".
 */
export const DESCRIPTOR_WORDS: readonly string[] = [
  'the',
  'a',
  'an',
  'its',
  'their',
  'official',
  'state',
  'state-run',
  'state-owned',
  'state-controlled',
  'government-run',
  'pro-government',
  'independent',
  'private',
  'news',
  'agency',
  'agencies',
  'outlet',
  'outlets',
  'media',
  'wire',
  'service',
  'broadcaster',
  'broadcasters',
  'newspaper',
  'newspapers',
  'daily',
  'weekly',
  'paper',
  'channel',
  'tv',
  'television',
  'radio',
  'website',
  'portal',
  'network',
  'public',
  'national',
  'business',
  'english-language',
  'russian-language',
  'and',
];

/** A speech verb earlier in the sentence, which makes "to X" a source: "said ... to TASS". */
export const SPEECH_VERBS: readonly string[] = [
  'said',
  'says',
  'told',
  'confirmed',
  'stated',
  'explained',
  'added',
  'noted',
  'spoke',
  'speaking',
  'revealed',
  'commented',
];
