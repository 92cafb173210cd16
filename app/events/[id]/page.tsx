import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { KindBadge } from '@/components/kind-badge';
import { PassageQuote } from '@/components/passage-quote';
import { eventPageIds, getSiteStory } from '@/lib/site/data';
import { eventDetail } from '@/lib/site/view';
import { redirects } from '@/lib/ids/redirects';
import { MovedNotice } from './moved-notice';
import { BackToTimeline } from '@/components/back-to-timeline';

type Params = { params: Promise<{ id: string }> };

// A static export needs at least one path; with no events this one renders the not-found page.
const NONE = '_none';

export function generateStaticParams() {
  // Ids merged into another event keep a page that redirects to the survivor.
  const moved = [...redirects(getSiteStory()).keys()];
  const ids = [...eventPageIds(), ...moved].map((id) => ({ id }));
  return ids.length > 0 ? ids : [{ id: NONE }];
}

function find(id: string) {
  const story = getSiteStory();
  const e = story.events.find((x) => x.id === id);
  return e ? eventDetail(story, e) : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const id = (await params).id;
  const e = find(id);
  const to = e ? null : redirects(getSiteStory()).get(id);
  if (to)
    return {
      title: 'Event moved',
      robots: { index: false },
      alternates: { canonical: `/events/${encodeURIComponent(to)}` },
    };
  if (!e) return {};
  const description = `${e.when} — ${e.passages[0]?.quote ?? e.summary}`.slice(0, 200);
  const url = `/events/${encodeURIComponent(e.id)}`;
  return {
    title: e.summary,
    description,
    alternates: { canonical: url },
    openGraph: { title: e.summary, description, url, type: 'article' },
  };
}

export default async function EventPage({ params }: Params) {
  const id = (await params).id;
  const e = find(id);
  const to = e ? null : redirects(getSiteStory()).get(id);
  if (to) return <MovedNotice to={to} />;
  if (!e) notFound();
  return (
    <main className="mx-auto max-w-3xl p-4 sm:p-6">
      <BackToTimeline />
      <article className="mt-4">
        <KindBadge kind={e.kind} unrealised={e.unrealised} />
        <h1 className="mt-2 text-2xl font-semibold">{e.summary}</h1>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">When</dt>
          <dd>{e.when}</dd>
          {e.target ? (
            <>
              <dt className="font-medium">Target</dt>
              <dd>{e.target.when}</dd>
            </>
          ) : null}
          <dt className="font-medium">Speaker</dt>
          <dd>
            {e.speaker ?? 'none (narration)'}
            {e.speakerRole ? `, ${e.speakerRole}` : ''}
          </dd>
          {e.participants.length > 0 ? (
            <>
              <dt className="font-medium">Participants</dt>
              <dd>{e.participants.join(', ')}</dd>
            </>
          ) : null}
          {e.place ? (
            <>
              <dt className="font-medium">Place</dt>
              <dd>{e.place}</dd>
            </>
          ) : null}
          {e.cited.length > 0 ? (
            <>
              <dt className="font-medium">Cited</dt>
              <dd>{e.cited.join(', ')}</dd>
            </>
          ) : null}
          <dt className="font-medium">Published by</dt>
          <dd>{e.publishers.join(', ')}</dd>
        </dl>
        {e.publishers.length > 1 ? (
          <p className="mt-3 font-medium">Reported by {e.publishers.length} outlets.</p>
        ) : null}
        <h2 className="mt-6 text-lg font-semibold">Sources</h2>
        <div className="mt-2 space-y-3">
          {e.passages.map((p, i) => (
            <PassageQuote key={`${p.article}-${i}`} passage={p} />
          ))}
        </div>
        <p className="mt-6">
          <Link href={`/?event=${encodeURIComponent(e.id)}`} className="font-medium underline">
            See on the timeline
          </Link>
        </p>
      </article>
    </main>
  );
}
