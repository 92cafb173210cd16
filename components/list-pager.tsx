import { pageHref } from '@/lib/site/list-pages';

/**
 * Plain links between the static list pages: every event stays one or two clicks away without
 * JavaScript, and crawlable. On `/` the client list replaces it once the data is in.
 */
export function ListPager({ page, pages }: { page: number; pages: number }) {
  if (pages <= 1) return null;
  const link = 'rounded border border-slate-300 px-2 py-1 dark:border-slate-600';
  return (
    <nav aria-label="Pages of the event list" className="list-pager mt-4 text-sm">
      <p className="mb-2">
        Page {page} of {pages}.{' '}
        {page > 1 ? (
          <a href={pageHref(page - 1)} rel="prev" className="underline">
            Earlier events
          </a>
        ) : null}
        {page > 1 && page < pages ? ' · ' : null}
        {page < pages ? (
          <a href={pageHref(page + 1)} rel="next" className="underline">
            Later events
          </a>
        ) : null}
      </p>
      <ol className="flex flex-wrap gap-1">
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className={`${link} font-semibold`}>
                {n}
              </span>
            ) : (
              <a href={pageHref(n)} className={link}>
                {n}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
