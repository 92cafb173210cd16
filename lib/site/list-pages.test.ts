import { describe, expect, it } from 'vitest';
import { listPageSize, pageCount, pageHref, pageSlice, parsePage } from './list-pages';

describe('list pages', () => {
  it('splits the events into pages that cover each one exactly once', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    const pages = pageCount(items.length, 20);
    expect(pages).toBe(3);
    const seen = Array.from({ length: pages }, (_, i) => pageSlice(items, i + 1, 20)).flat();
    expect(seen).toEqual(items);
    expect(pageCount(0, 20)).toBe(1);
  });

  it('reads the page size from the build environment, defaulting when it is not a count', () => {
    expect(listPageSize('20')).toBe(20);
    expect(listPageSize(undefined)).toBe(200);
    expect(listPageSize('-3')).toBe(200);
    expect(listPageSize('abc')).toBe(200);
  });

  it('links the first page to the home page and refuses pages that do not exist', () => {
    expect(pageHref(1)).toBe('/');
    expect(pageHref(4)).toBe('/list/4');
    expect(parsePage('2', 3)).toBe(2);
    expect(parsePage('4', 3)).toBeNull();
    expect(parsePage('02', 3)).toBeNull();
    expect(parsePage('0', 3)).toBeNull();
  });
});
