import { preload } from 'react-dom';
import { EventList } from '@/components/event-list';
import {
  FilterBarIsland,
  ListIsland,
  PanelIsland,
  TimelineIsland,
} from '@/components/home-islands';
import { Legend } from '@/components/legend';
import { ListPager } from '@/components/list-pager';
import { getSiteStory, getSiteSummaries } from '@/lib/site/data';
import { listPageSize, pageCount, pageSlice } from '@/lib/site/list-pages';

export default function HomePage() {
  const story = getSiteStory();
  const events = getSiteSummaries();
  const size = listPageSize();
  const outlets = new Set(story.articles.map((a) => a.outlet));
  // The timeline, filters and list fetch this as they start; begin the download with the HTML.
  preload('/data/events.json', { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <main className="mx-auto max-w-7xl p-4 sm:p-6">
      <header className="mb-4">
        <h1 className="text-2xl font-semibold">Story timeline</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {events.length} events read from {story.articles.length} articles by {outlets.size}{' '}
          outlets, each tied to the sentences it came from.
        </p>
      </header>
      <FilterBarIsland />
      <div className="my-3 print:hidden">
        <Legend />
      </div>
      <TimelineIsland />
      <div className="mt-4 grid gap-4 lg:grid-cols-[1fr_26rem]">
        <section aria-labelledby="list-title">
          <h2 id="list-title" className="mb-2 text-lg font-semibold">
            Events
          </h2>
          <ListIsland pageSize={size}>
            <EventList events={pageSlice(events, 1, size)} />
            <ListPager page={1} pages={pageCount(events.length, size)} />
          </ListIsland>
        </section>
        <div>
          <PanelIsland />
        </div>
      </div>
    </main>
  );
}
