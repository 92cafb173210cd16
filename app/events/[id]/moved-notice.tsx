import Link from 'next/link';

/**
 * The static page left at a merged-away event id: the browser follows the meta refresh (no
 * script needed, so it works under the strict CSP and in a static host), a person sees a link.
 */
export function MovedNotice({ to }: { to: string }) {
  const href = `/events/${encodeURIComponent(to)}`;
  return (
    <main className="mx-auto max-w-3xl p-4 sm:p-6">
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <h1 className="text-2xl font-semibold">This event has moved</h1>
      <p className="mt-3">
        It was merged with another report of the same happening.{' '}
        <Link href={href} className="font-medium underline" prefetch={false} data-testid="moved-to">
          Go to the event
        </Link>
      </p>
    </main>
  );
}
