'use client';

/** A text-only DOM node for vis-timeline labels: article-derived text never becomes HTML. */
export function textNode(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

const afterPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let library: Promise<[typeof import('vis-timeline'), typeof import('vis-data')]> | null = null;

/** vis-timeline and vis-data, requested once, after the page has painted. */
export function loadLibrary() {
  library ??= afterPaint().then(() => {
    // bench:site tells the library's scripts from the page's own late chunks by this mark.
    performance.mark('timeline-library');
    return Promise.all([import('vis-timeline'), import('vis-data')]);
  });
  return library;
}
