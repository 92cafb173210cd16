import fs from 'node:fs';
import path from 'node:path';
import { emptyRegistry, type IdRegistry } from './registry';

/** The registry lives with the content it describes, so a CONTENT_DIR copy carries its own. */
export const registryPath = (contentDir: string) => path.join(contentDir, 'event-ids.json');

/** Reads `<contentDir>/event-ids.json`; a missing file is an empty registry, a broken one an error. */
export function readRegistry(contentDir: string): IdRegistry {
  const file = registryPath(contentDir);
  if (!fs.existsSync(file)) return emptyRegistry();
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<IdRegistry> | null;
  const ids = data?.ids;
  const retired = data?.retired ?? {};
  const valid =
    ids !== null &&
    typeof ids === 'object' &&
    Object.values(ids).every((r) => Array.isArray(r?.sources)) &&
    typeof retired === 'object' &&
    Object.values(retired).every((v) => typeof v === 'string');
  // Starting over would silently hand out new ids and break every shared link: refuse instead.
  if (!valid) throw new Error(`${file}: not an event id registry ({ ids, retired })`);
  return { ids, retired };
}

export function serialiseRegistry(registry: IdRegistry): string {
  return `${JSON.stringify(registry, null, 2)}\n`;
}

/** Writes the registry when it changed; returns whether it did. */
export function writeRegistry(contentDir: string, registry: IdRegistry): boolean {
  const file = registryPath(contentDir);
  const text = serialiseRegistry(registry);
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return false;
  fs.writeFileSync(file, text);
  return true;
}
