import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackToTimeline } from '@/components/back-to-timeline';
import { EventList } from '@/components/event-list';
import { ListPager } from '@/components/list-pager';
import { getSiteSummaries } from '@/lib/site/data';
import { listPageSize, pageCount, pageHref, pageSlice, parsePage } from '@/lib/site/list-pages';

type Params = { params: Promise<{ page: string }> };

function pages(): number {
  return pageCount(getSiteSummaries().length, listPageSize());
}

export const dynamicParams = false;

export function generateStaticParams() {
  return Array.from({ length: pages() }, (_, i) => ({ page: String(i + 1) }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = parsePage((await params).page, pages());
  if (page === null) return {};
  return {
    title: `Events, page ${page} of ${pages()}`,
    // Page 1 is the home page's list.
    alternates: { canonical: pageHref(page) },
  };
}

/** One static page of the chronological list: readable, and linked onwards, with no script. */
export default async function ListPage({ params }: Params) {
  const page = parsePage((await params).page, pages());
  if (page === null) notFound();
  const size = listPageSize();
  const all = getSiteSummaries();
  const events = pageSlice(all, page, size);
  const first = (page - 1) * size + 1;
  return (
    <main className="mx-auto max-w-3xl p-4 sm:p-6">
      <BackToTimeline />
      <h1 className="mt-4 mb-1 text-2xl font-semibold">Events, page {page}</h1>
      {events.length > 0 ? (
        <p className="mb-4 text-slate-700 dark:text-slate-300">
          Events {first}–{first + events.length - 1} of {all.length}, in chronological order.
        </p>
      ) : null}
      <EventList events={events} />
      <ListPager page={page} pages={pages()} />
    </main>
  );
}
