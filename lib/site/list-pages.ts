/**
 * The chronological list in static pages: `/` carries the first page, `/list/<n>` every page,
 * so each event is reachable by plain links without JavaScript while no page grows with the
 * story. `SITE_LIST_PAGE_SIZE` (read at build time) lets the browser tests page a small corpus.
 */
export const DEFAULT_PAGE_SIZE = 200;

export function listPageSize(env: string | undefined = process.env.SITE_LIST_PAGE_SIZE): number {
  const n = Number(env);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_PAGE_SIZE;
}

/** Number of list pages for `count` events (at least one, so `/list/1` always exists). */
export function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size));
}

/** The events of page `page` (1-based). */
export function pageSlice<T>(items: T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The address of a list page: the first is the home page. */
export function pageHref(page: number): string {
  return page === 1 ? '/' : `/list/${page}`;
}

/** Parses a `/list/<n>` segment; null when it is not a page of this list. */
export function parsePage(segment: string, pages: number): number | null {
  if (!/^[1-9]\d*$/.test(segment)) return null;
  const n = Number(segment);
  return n <= pages ? n : null;
}
