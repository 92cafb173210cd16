/**
 * Outlets the table does not list, known by the shape of their name or by what they do: a
 * family prefix ("RIA Primamedia"), a name headed by a word for a medium ("the Korea Herald",
 * "Arirang TV"), or a subject that "reports, citing" others ("ONA reports citing the Russian
 * media"). The table stays the source of canonical names; these are reported as printed.
 */

// A family of agencies that share a prefix: "RIA Novosti", "RIA Primamedia", "RIA FAN".
const FAMILY = String.raw`RIA\s+\p{Lu}[\p{L}\p{N}-]*`;
// Capitalised words ended by a word that names a medium, not followed by another name word.
const HEADED = String.raw`(?:\p{Lu}[\p{L}\p{N}'’.-]*\s+){1,3}(?:News|Times|Post|Daily|Herald|Tribune|Journal|Gazette|Telegraph|Television|TV|Radio)(?![\p{L}\p{N}]|\s+\p{Lu})`;
const SHAPE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${FAMILY}|${HEADED})`, 'gu');
const WHOLE_SHAPE_RE = new RegExp(`^(?:[Tt]he\\s+)?(?:${FAMILY}|${HEADED})$`, 'u');
// Only the press "reports, citing" someone: the subject names an outlet.
const CITING_RE =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*){0,2})\s+report(?:s|ed)?,?\s+citing\b/gu;

/** A printed outlet name found by its shape, with its offsets in the text. */
export interface ShapedOutlet {
  start: number;
  end: number;
  /** The name as printed. */
  name: string;
}

// Cheap gates: most sentences have no head word and no "citing", and the patterns above are
// tried at every capital letter.
const SHAPE_GATE =
  /\b(?:RIA|News|Times|Post|Daily|Herald|Tribune|Journal|Gazette|Telegraph|Television|TV|Radio)\b/;
const mayCite = (text: string) => text.includes('citing');

/** Every outlet-shaped name in a text, in order. */
export function outletShapes(text: string): ShapedOutlet[] {
  const found: ShapedOutlet[] = [];
  const patterns = [SHAPE_GATE.test(text) && SHAPE_RE, mayCite(text) && CITING_RE];
  for (const re of patterns) {
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A capitalised "The" opening the sentence is not part of the name.
      const name = (m[1] ?? m[0]).replace(/^The\s+/, '');
      const start = m.index + m[0].indexOf(name);
      if (!found.some((f) => f.start < start + name.length && start < f.end))
        found.push({ start, end: start + name.length, name });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a whole phrase is a name with an outlet's shape ("RIA Primamedia", "the Korea Herald"). */
export function isOutletShape(phrase: string): boolean {
  return WHOLE_SHAPE_RE.test(phrase.trim());
}

/** Names that a sentence shows reporting, citing others: "ONA reports citing ..." → "ONA". */
export function citingSubjects(text: string): Set<string> {
  const out = new Set<string>();
  if (!mayCite(text)) return out;
  CITING_RE.lastIndex = 0;
  for (let m = CITING_RE.exec(text); m; m = CITING_RE.exec(text)) out.add(m[1]);
  return out;
}
