// Page furniture that is not prose: ads, bylines, navigation, credits, timestamps.
const NOISE = [
  /^(?:advertisement|read more|latest headlines|related(?: articles| stories)?|more from \w+|share|subscribe\b.*|support .*|file photo\.?)$/i,
  // A byline is names ("By Jane Doe and John Roe", "BY JANE DOE [email]"), not "By comparison, …".
  /^(?:[Bb]y|BY)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|The)\b)\p{Lu}[\p{L}'’.-]*(?:[ ,]+(?:and\s+)?\p{Lu}[\p{L}'’.-]*)*\s*(?:\[[^\]]*\]|[|•·,—–-].*)?$/u,
  /^(?:published|updated|posted)\s*:?/i,
  /^\[[^\]]*\]$/,
  /^photo(?: courtesy)? (?:of|by)\b/i,
  /^\(?(?:picture|photo|image|credit)s?\s*:/i,
  /^translated from\b/i,
  /^\d{4},? \d{1,2}:\d{2}$/,
  /^date \d{4}-\d{2}-\d{2}$/i,
  // Related-story links: "More from X: headline", "Story: headline", "Watch: headline".
  /^more from [\w ]+:/i,
  /^(?:story|related(?: story| stories| articles?)?|watch|video|listen|see also|also read|read also|read more)\s*:/i,
  // Promotions: "For the latest headlines, follow our Google News channel", "Sign up for our newsletter".
  /^(?:for (?:the )?latest [\w ]+,\s*)?(?:follow|join|like|download|sign up|subscribe)\b.{0,80}\b(?:channel|app|newsletter|twitter|telegram|google news|whatsapp|facebook|instagram)\b/i,
];
// A headline with its timestamp.
const TIMESTAMPED = /\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}$/;
// A heading of a few words with no sentence punctuation ("Summit agenda").
const HEADING = /^(?:[A-Z][\w'’-]*|[a-z]+)(?: [\w'’-]+){0,2}$/;
const MEETING_WORDS = /\b(?:met|visit|talks)\b/i;

// Three spaces make a line too long for a heading; most lines are, and need no scan.
function mayBeHeading(t: string): boolean {
  let spaces = 0;
  for (let k = t.indexOf(' '); k >= 0; k = t.indexOf(' ', k + 1)) if (++spaces > 2) return false;
  return true;
}

/** True for a line that is page noise rather than article prose. */
export function isNoise(text: string): boolean {
  const t = text.trim();
  if (t.length < 12 && !MEETING_WORDS.test(t)) return true;
  if (NOISE.some((re) => re.test(t))) return true;
  if (t.includes(':') && TIMESTAMPED.test(t)) return true;
  return mayBeHeading(t) && HEADING.test(t);
}

// Wire copy closes with a marker; what follows ("-", related headlines) is the page, not the story.
const END_MARK = /^(?:\(END\)|-+\s*END\s*-+|-30-|###|\(?ENDS?\)?\.?)$/;

/** True for a line that ends the article proper ("(END)", "-30-", "###"). */
export function isEndMark(text: string): boolean {
  return END_MARK.test(text.trim());
}
