/** One news outlet: the name the extractor reports and the ways articles print it. */
export interface Outlet {
  /** Canonical name: identifies the outlet, and is what `citedOutlets` reports by default. */
  name: string;
  /** Printed forms, matched case-sensitively; an ALL-CAPS copy of each is matched too. */
  aliases: readonly string[];
  /**
   * The outlet's full official name: where an article prints it, it is reported as printed
   * ("Korean Central News Agency", but "KCNA" for "KCNA"), as the gold keeps the article's form.
   */
  fullNames?: readonly string[];
}

// General international wires, broadcasters and papers; nothing here is specific to one story.
// Longer aliases win over shorter ones at the same position ("Yonhap News Agency" over "Yonhap").
export const OUTLETS: readonly Outlet[] = [
  { name: 'TASS', aliases: ['TASS', 'Tass', 'ITAR-TASS', 'Itar-Tass', 'Tass News Agency'] },
  { name: 'RIA Novosti', aliases: ['RIA Novosti', 'RIA', 'Ria Novosti'] },
  { name: 'Sputnik', aliases: ['Sputnik', 'Sputnik News'] },
  { name: 'Interfax', aliases: ['Interfax'] },
  { name: 'RT', aliases: ['RT', 'Russia Today'] },
  { name: 'Rossiya-1', aliases: ['Rossiya-1', 'Rossiya 1', 'Russia-1'] },
  { name: 'Izvestia', aliases: ['Izvestia', 'Izvestiya'] },
  { name: 'Kommersant', aliases: ['Kommersant'] },
  {
    name: 'Yonhap',
    aliases: ['Yonhap', 'Yonhap News Agency', 'Yonhap News'],
    fullNames: ['Yonhap News Agency'],
  },
  {
    name: 'KCNA',
    aliases: ['KCNA', 'Korean Central News Agency'],
    fullNames: ['Korean Central News Agency'],
  },
  { name: 'Rodong Sinmun', aliases: ['Rodong Sinmun'] },
  { name: 'YTN', aliases: ['YTN'] },
  { name: 'KBS', aliases: ['KBS'] },
  { name: 'NHK', aliases: ['NHK'] },
  { name: 'Kyodo', aliases: ['Kyodo', 'Kyodo News'] },
  { name: 'Xinhua', aliases: ['Xinhua', 'Xinhua News Agency'], fullNames: ['Xinhua News Agency'] },
  { name: 'CCTV', aliases: ['CCTV'] },
  { name: 'Global Times', aliases: ['Global Times'] },
  { name: 'KUNA', aliases: ['KUNA', 'Kuwait News Agency'], fullNames: ['Kuwait News Agency'] },
  { name: 'Al Jazeera', aliases: ['Al Jazeera', 'Al-Jazeera'] },
  { name: 'CNN', aliases: ['CNN'] },
  { name: 'Reuters', aliases: ['Reuters'] },
  { name: 'Associated Press', aliases: ['AP', 'Associated Press', 'The Associated Press'] },
  { name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'Bloomberg', aliases: ['Bloomberg', 'Bloomberg News'] },
  { name: 'New York Times', aliases: ['NYT', 'New York Times', 'The New York Times'] },
  { name: 'Washington Post', aliases: ['Washington Post', 'The Washington Post'] },
  { name: 'Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'] },
  { name: 'Financial Times', aliases: ['Financial Times'] },
  { name: 'The Guardian', aliases: ['The Guardian', 'Guardian'] },
  { name: 'The Telegraph', aliases: ['The Telegraph', 'Telegraph', 'Daily Telegraph'] },
  { name: 'The Times', aliases: ['The Times', 'Times of London', 'The Sunday Times'] },
  { name: 'Irish Times', aliases: ['Irish Times', 'The Irish Times'] },
  { name: 'RTE', aliases: ['RTE', 'RTÉ'] },
  { name: 'ITV News', aliases: ['ITV', 'ITV News'] },
  { name: 'Euronews', aliases: ['Euronews'] },
  { name: 'Le Figaro', aliases: ['Le Figaro'] },
  { name: 'El País', aliases: ['El País', 'El Pais'] },
  { name: 'Handelsblatt', aliases: ['Handelsblatt'] },
  { name: 'Süddeutsche Zeitung', aliases: ['Süddeutsche Zeitung'] },
  { name: 'Frankfurter Allgemeine Zeitung', aliases: ['Frankfurter Allgemeine Zeitung', 'FAZ'] },
  { name: 'BBC', aliases: ['BBC', 'BBC News'] },
  { name: 'Sky News', aliases: ['Sky News'] },
  { name: 'Fox News', aliases: ['Fox News'] },
  { name: 'NBC News', aliases: ['NBC', 'NBC News'] },
  { name: 'CBS News', aliases: ['CBS', 'CBS News'] },
  { name: 'ABC News', aliases: ['ABC News'] },
  { name: 'Politico', aliases: ['Politico', 'POLITICO'] },
  { name: 'Axios', aliases: ['Axios'] },
  { name: 'UPI', aliases: ['UPI', 'United Press International'] },
  { name: 'Deutsche Welle', aliases: ['Deutsche Welle', 'DW'] },
  { name: 'dpa', aliases: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { name: 'Der Spiegel', aliases: ['Der Spiegel', 'Spiegel'] },
  { name: 'Le Monde', aliases: ['Le Monde'] },
  { name: 'EFE', aliases: ['EFE'] },
  { name: 'ANSA', aliases: ['ANSA'] },
  { name: 'Anadolu Agency', aliases: ['Anadolu Agency', 'Anadolu'] },
  { name: 'IRNA', aliases: ['IRNA'] },
  { name: 'PTI', aliases: ['PTI', 'Press Trust of India'] },
  { name: 'ANI', aliases: ['ANI'] },
  { name: 'Asahi Shimbun', aliases: ['Asahi Shimbun', 'Asahi'] },
  { name: 'Yomiuri Shimbun', aliases: ['Yomiuri Shimbun', 'Yomiuri'] },
  { name: 'South China Morning Post', aliases: ['South China Morning Post', 'SCMP'] },
  { name: 'Chosun Ilbo', aliases: ['Chosun Ilbo'] },
  { name: 'JoongAng Ilbo', aliases: ['JoongAng Ilbo'] },
  { name: 'Korea Herald', aliases: ['Korea Herald', 'The Korea Herald'] },
  { name: 'Korea Times', aliases: ['Korea Times', 'The Korea Times'] },
  { name: 'NK News', aliases: ['NK News'] },
  { name: 'Radio Free Asia', aliases: ['Radio Free Asia', 'RFA'] },
  { name: 'Voice of America', aliases: ['Voice of America', 'VOA'] },
];

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

/** Any alias as a whole word; global, so callers must reset `lastIndex`. */
export const OUTLET_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${OUTLET_ALIASES.map(escape).join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`,
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
