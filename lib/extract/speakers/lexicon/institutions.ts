/**
 * Bodies that speak for a government. `roleWords` are words in a person's role that show the
 * person speaks for that body ("Kremlin spokesman", "presidential aide" for the Kremlin).
 */
export interface Institution {
  name: string;
  country: string | null;
  roleWords: readonly string[];
}

export const INSTITUTIONS: readonly Institution[] = [
  { name: 'Kremlin', country: 'Russia', roleWords: ['kremlin', 'presidential', "president's"] },
  {
    name: 'White House',
    country: 'United States',
    roleWords: ['white house', 'presidential', "president's"],
  },
  { name: 'Pentagon', country: 'United States', roleWords: ['pentagon', 'defense'] },
  { name: 'State Department', country: 'United States', roleWords: ['state department'] },
  { name: 'Downing Street', country: 'United Kingdom', roleWords: ["prime minister's", 'downing'] },
  { name: 'Elysee', country: 'France', roleWords: ['elysee', 'presidential'] },
  { name: 'Blue House', country: 'South Korea', roleWords: ['presidential', 'blue house'] },
  { name: 'European Commission', country: 'European Union', roleWords: ['commission'] },
];

/** Capitalised head nouns that make a name a body, not a person: "National Intelligence Service". */
export const BODY_HEADS: readonly string[] = [
  'Ministry',
  'Service',
  'Agency',
  'Office',
  'Department',
  'Commission',
  'Council',
  'Committee',
  'Government',
  'Administration',
  'Cabinet',
  'Parliament',
  'Assembly',
  'Embassy',
  'Command',
  'Staff',
  'Bureau',
  'Directorate',
  'Secretariat',
  'Presidency',
  'Court',
  'Bank',
  'Union',
  'Organization',
  'Organisation',
  'Party',
];

/** Lower-case nouns for bodies in descriptions: "the Russian foreign ministry", "the government". */
export const BODY_NOUNS: readonly string[] = [
  'ministry',
  'government',
  'administration',
  'cabinet',
  'embassy',
  'agency',
  'office',
  'department',
  'military',
  'army',
  'parliament',
  'committee',
  'commission',
  'council',
  'authorities',
  'presidency',
];
