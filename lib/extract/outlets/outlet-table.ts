import { OUTLETS } from './outlet-list';

export { OUTLETS, type Outlet } from './outlet-list';

const BY_ALIAS = new Map<string, string>();
const REPORTED = new Map<string, string>();
for (const outlet of OUTLETS) {
  for (const alias of outlet.aliases) {
    const reported = outlet.fullNames?.includes(alias) ? alias : outlet.name;
    for (const form of [alias, alias.toUpperCase()]) {
      BY_ALIAS.set(form, outlet.name);
      REPORTED.set(form, reported);
    }
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every printed form, longest first so the alternation prefers "Yonhap News Agency". */
export const OUTLET_ALIASES: readonly string[] = [...BY_ALIAS.keys()].sort(
  (a, b) => b.length - a.length,
);

// Most positions in a sentence cannot start an alias: a look-ahead on the aliases' first
// characters rejects them before the long alternation is tried.
const FIRST_CHARS = [...new Set(OUTLET_ALIASES.map((a) => a[0]))].map(escape).join('');

/** Any alias as a whole word; global, so callers must reset `lastIndex`. */
export const OUTLET_RE = new RegExp(
  `(?=[${FIRST_CHARS}])(?<![\\p{L}\\p{N}])(?:${OUTLET_ALIASES.map(escape).join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`,
  'gu',
);

const LEADING_THE_RE = /^the\s+/i;

/** Canonical name for a printed form, or null when it is not a known outlet. */
export function canonicalOutlet(printed: string): string | null {
  const s = printed.trim().replace(LEADING_THE_RE, '');
  return BY_ALIAS.get(s) ?? BY_ALIAS.get(s.toUpperCase()) ?? null;
}

/** The name to report for a printed form: the canonical name, or the full name as printed. */
export function reportedOutletName(printed: string): string | null {
  const s = printed.trim().replace(LEADING_THE_RE, '');
  return REPORTED.get(s) ?? REPORTED.get(s.toUpperCase()) ?? null;
}

const outletKey = (name: string) =>
  (canonicalOutlet(name) ?? name).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether two printed names are one outlet ("News.Az" and "News.az", "TASS" and "Tass"). */
export function sameOutlet(a: string, b: string): boolean {
  return outletKey(a) === outletKey(b);
}
