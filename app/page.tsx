import { preload } from 'react-dom';
import { EventList } from '@/components/event-list';
import { EventPanel } from '@/components/event-panel';
import { FilterBar } from '@/components/filter-bar';
import { Legend } from '@/components/legend';
import { ListController } from '@/components/list-controller';
import { TimelineView } from '@/components/timeline-view';
import { getSiteStory } from '@/lib/site/data';
import { eventSummaries } from '@/lib/site/view';

export default function HomePage() {
  const story = getSiteStory();
  const events = eventSummaries(story);
  const outlets = new Set(story.articles.map((a) => a.outlet));
  // The timeline and filters fetch this after hydration; start the download with the HTML.
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
      <FilterBar />
      <div className="my-3 print:hidden">
        <Legend />
      </div>
      <TimelineView />
      <div className="mt-4 grid gap-4 lg:grid-cols-[1fr_26rem]">
        <section aria-labelledby="list-title">
          <h2 id="list-title" className="mb-2 text-lg font-semibold">
            Events
          </h2>
          <EventList events={events} />
        </section>
        <div>
          <EventPanel />
          <ListController />
        </div>
      </div>
    </main>
  );
}
