import { LEADER_TITLES } from './lexicon';

// "Russian President Vladimir Putin", "North Korean leader Kim Jong-un", "Prime Minister X".
const TITLED = new RegExp(
  `${LEADER_TITLES.source}\\s+((?:[A-Z][\\w'’-]+\\s+){0,2}[A-Z][\\w'’-]+)`,
  'gi',
);
// "Kim Jong Un, the leader of North Korea" (appositive title after the name).
const APPOSITIVE = new RegExp(
  `((?:[A-Z][\\w'’-]+\\s+){1,2}[A-Z][\\w'’-]+),\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}${LEADER_TITLES.source}`,
  'gi',
);

/**
 * Collects the names the article titles as heads of state or government and returns a test
 * for a name as written later ("Putin", "Kim Jong Un", "Mr Kim").
 */
export function leaderTest(body: string): (name: string) => boolean {
  const words = new Set<string>();
  for (const re of [TITLED, APPOSITIVE]) {
    for (const m of body.matchAll(re)) {
      const name = m[1].replace(/['’]s$/, '');
      // A title followed by a lowercase word ("leader said") names nobody.
      if (!/^[A-Z]/.test(name)) continue;
      const parts = name.split(/[\s]+/);
      words.add(parts[0].toLowerCase());
      words.add(parts[parts.length - 1].toLowerCase());
    }
  }
  return (name: string) => {
    if (LEADER_TITLES.test(name)) return true;
    const parts = name.replace(/^(?:Mr|Mrs|Ms)\.?\s+/, '').split(/[\s]+/);
    return parts.some((p) => words.has(p.toLowerCase().replace(/['’]s$/, '')));
  };
}
