/** A country with the adjective and short forms articles use for it. */
export interface Country {
  name: string;
  /** Lower-case forms that name the country or its people: "russia", "russian", "moscow". */
  forms: readonly string[];
}

// Capitals are included because news copy uses them for governments ("Moscow said").
export const COUNTRIES: readonly Country[] = [
  { name: 'Russia', forms: ['russia', 'russian', 'moscow', 'kremlin', 'russian federation'] },
  {
    name: 'North Korea',
    forms: [
      'north korea',
      'north korean',
      'n. korea',
      'n. korean',
      'dprk',
      'pyongyang',
      'the north',
    ],
  },
  {
    name: 'South Korea',
    forms: ['south korea', 'south korean', 's. korea', 's. korean', 'rok', 'seoul'],
  },
  {
    name: 'United States',
    forms: ['united states', 'us', 'u.s.', 'usa', 'american', 'washington', 'white house'],
  },
  { name: 'China', forms: ['china', 'chinese', 'beijing'] },
  { name: 'Japan', forms: ['japan', 'japanese', 'tokyo'] },
  {
    name: 'United Kingdom',
    forms: ['britain', 'british', 'uk', 'u.k.', 'london', 'downing street'],
  },
  { name: 'France', forms: ['france', 'french', 'paris', 'elysee', 'élysée'] },
  { name: 'Germany', forms: ['germany', 'german', 'berlin'] },
  { name: 'Ukraine', forms: ['ukraine', 'ukrainian', 'kyiv', 'kiev'] },
  { name: 'European Union', forms: ['european union', 'eu', 'brussels', 'european'] },
  { name: 'Iran', forms: ['iran', 'iranian', 'tehran'] },
  { name: 'Israel', forms: ['israel', 'israeli', 'jerusalem'] },
  { name: 'India', forms: ['india', 'indian', 'new delhi'] },
  { name: 'Turkey', forms: ['turkey', 'turkish', 'ankara'] },
  { name: 'Italy', forms: ['italy', 'italian', 'rome'] },
  { name: 'Portugal', forms: ['portugal', 'portuguese', 'lisbon'] },
  { name: 'Spain', forms: ['spain', 'spanish', 'madrid'] },
  { name: 'Poland', forms: ['poland', 'polish', 'warsaw'] },
  { name: 'Belarus', forms: ['belarus', 'belarusian', 'minsk'] },
  { name: 'Vietnam', forms: ['vietnam', 'vietnamese', 'hanoi'] },
  { name: 'Mongolia', forms: ['mongolia', 'mongolian', 'ulaanbaatar'] },
  { name: 'Canada', forms: ['canada', 'canadian', 'ottawa'] },
  { name: 'Australia', forms: ['australia', 'australian', 'canberra'] },
  { name: 'Syria', forms: ['syria', 'syrian', 'damascus'] },
  { name: 'Iraq', forms: ['iraq', 'iraqi', 'baghdad'] },
  { name: 'Cuba', forms: ['cuba', 'cuban', 'havana'] },
  { name: 'Taiwan', forms: ['taiwan', 'taiwanese', 'taipei'] },
  { name: 'Kazakhstan', forms: ['kazakhstan', 'kazakh', 'astana'] },
  { name: 'Saudi Arabia', forms: ['saudi arabia', 'saudi', 'riyadh'] },
  { name: 'Egypt', forms: ['egypt', 'egyptian', 'cairo'] },
  { name: 'Brazil', forms: ['brazil', 'brazilian', 'brasilia'] },
  { name: 'Mexico', forms: ['mexico', 'mexican'] },
  { name: 'Ireland', forms: ['ireland', 'irish', 'dublin'] },
  { name: 'Netherlands', forms: ['netherlands', 'dutch', 'the hague'] },
  { name: 'Sweden', forms: ['sweden', 'swedish', 'stockholm'] },
  { name: 'Norway', forms: ['norway', 'norwegian', 'oslo'] },
  { name: 'Greece', forms: ['greece', 'greek', 'athens'] },
  { name: 'Slovakia', forms: ['slovakia', 'slovak', 'bratislava'] },
  { name: 'South Africa', forms: ['south africa', 'south african', 'pretoria'] },
];

const BY_FORM = new Map<string, string>();
for (const c of COUNTRIES) for (const f of c.forms) BY_FORM.set(f, c.name);
// Each form as a whole word between spaces, built once rather than per call.
const PADDED = COUNTRIES.map((c) => ({ name: c.name, forms: c.forms.map((f) => ` ${f} `) }));
const POSSESSIVE_END_RE = /['’]s$/;
const POSSESSIVES_RE = /['’]s\b/g;

/** The country a word or phrase names ("Russian", "Russia's", "Moscow"), or null. */
export function countryOf(phrase: string): string | null {
  const key = phrase.toLowerCase().replace(POSSESSIVE_END_RE, '').trim();
  return BY_FORM.get(key) ?? null;
}

// The same roles and bodies are read in sentence after sentence; each costs a scan of every form.
const COUNTRIES_IN = new Map<string, readonly string[]>();
const COUNTRIES_IN_LIMIT = 20_000;

/** Countries a role, description or sentence names, in the order it first names them. */
export function countriesIn(text: string): string[] {
  let found = COUNTRIES_IN.get(text);
  if (found === undefined) {
    if (COUNTRIES_IN.size >= COUNTRIES_IN_LIMIT) COUNTRIES_IN.clear();
    found = scanCountries(text);
    COUNTRIES_IN.set(text, found);
  }
  return [...found];
}

const NOT_LETTER_RE = /[^\p{L}\s-]/gu;

// Each country at the first place any of its forms stands, so the first named comes first.
function scanCountries(text: string): string[] {
  const lower = ` ${text.toLowerCase().replace(POSSESSIVES_RE, '').replace(NOT_LETTER_RE, ' ')} `;
  const found: [string, number][] = [];
  for (const c of PADDED) {
    let at = -1;
    for (const f of c.forms) {
      const i = lower.indexOf(f);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at >= 0) found.push([c.name, at]);
  }
  return found.sort((a, b) => a[1] - b[1]).map(([name]) => name);
}
