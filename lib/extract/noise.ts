// Page furniture that is not prose: ads, bylines, navigation, credits, timestamps.
const NOISE = [
  /^(?:advertisement|read more|latest headlines|related(?: articles| stories)?|more from \w+|share|subscribe\b.*|support .*|file photo\.?)$/i,
  /^by\s+[A-Z]/i,
  /^(?:published|updated|posted)\s*:?/i,
  /^\[[^\]]*\]$/,
  /^photo(?: courtesy)? (?:of|by)\b/i,
  /^\(?(?:picture|photo|image|credit)s?\s*:/i,
  /^translated from\b/i,
  /^\d{4},? \d{1,2}:\d{2}$/,
  /^date \d{4}-\d{2}-\d{2}$/i,
  // Related-story links: "More from X: headline", a headline with its timestamp.
  /^more from [\w ]+:/i,
  /\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}$/,
  // A heading of a few words with no sentence punctuation ("Summit agenda").
  /^(?:[A-Z][\w'’-]*|[a-z]+)(?: [\w'’-]+){0,2}$/,
];

/** True for a line that is page noise rather than article prose. */
export function isNoise(text: string): boolean {
  const t = text.trim();
  if (t.length < 12 && !/\b(?:met|visit|talks)\b/i.test(t)) return true;
  return NOISE.some((re) => re.test(t));
}
