import { countryOf } from './places';

// "the North's Korean Central News Agency", "Russia's state media": a state's own mouthpiece.
const POSSESSIVE =
  /^(.+?)['’]s\s+(?:[\w-]+\s+){0,3}?(?:official|state(?:-run|-controlled|-owned)?|central)\b/i;
// "the North Korean state-controlled Korean Central News Agency": the same, by adjective.
const ADJECTIVE =
  /^(?:the\s+)?((?:[A-Z][\w.-]*\s+){1,2}?)(?:official\s+)?(?:state(?:-run|-controlled|-owned)?|official)\b/;
// "Russian and North Korean state media": two states, each by its adjective.
const PAIR =
  /^(?:the\s+)?((?:[A-Z][\w-]*\s+){1,2})and\s+((?:[A-Z][\w-]*\s+){1,2})(?:official\s+|state(?:-run|-controlled|-owned)?\s+)/;

/**
 * The state or states whose own media a phrase names ("North Korea's official media" → "North
 * Korea", "Russian and North Korean state media" → "Russia and North Korea"), or null. Whether
 * they speak for it, rather than report, is the caller's to decide.
 */
export function statesBehind(phrase: string): string | null {
  const pair = PAIR.exec(phrase);
  if (pair) {
    const [a, b] = [pair[1], pair[2]].map((x) => countryOf(x.trim()));
    if (a && b) return `${a} and ${b}`;
  }
  const one = POSSESSIVE.exec(phrase) ?? ADJECTIVE.exec(phrase);
  return one ? countryOf(one[1].trim()) : null;
}
