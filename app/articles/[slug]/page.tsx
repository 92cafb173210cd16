import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { articlePieces } from '@/lib/site/article-view';
import { getSiteStory } from '@/lib/site/data';
import { dayInWords } from '@/lib/site/dates';
import { kindClass, kindLabel } from '@/lib/site/kinds';
import { BackToTimeline } from '@/components/back-to-timeline';

type Params = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getSiteStory().articles.map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const a = getSiteStory().articles.find((x) => x.slug === slug);
  return a ? { title: a.title, description: `${a.outlet}, ${dayInWords(a.date)}` } : {};
}

export default async function ArticlePage({ params }: Params) {
  const { slug } = await params;
  const story = getSiteStory();
  const info = story.articles.find((a) => a.slug === slug);
  if (!info) notFound();
  const paragraphs = articlePieces(story, slug);
  const external = info.url && /^https?:\/\//i.test(info.url) ? info.url : null;
  return (
    <main className="mx-auto max-w-3xl p-4 sm:p-6">
      <BackToTimeline />
      <article>
        <header className="my-4">
          <h1 className="text-2xl font-semibold">{info.title}</h1>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            {info.outlet}, <time dateTime={info.date}>{dayInWords(info.date)}</time>
            {info.authors.length > 0 ? <> — by {info.authors.join(', ')}</> : null}
          </p>
          {external ? (
            <p className="mt-1 text-sm">
              <a href={external} rel="noopener noreferrer" className="underline">
                Original article at {new URL(external).hostname}
              </a>
            </p>
          ) : null}
        </header>
        <div className="space-y-4 leading-relaxed">
          {paragraphs.map((pieces, i) => (
            <p key={i}>
              {pieces.map((piece, j) =>
                piece.sentence === undefined ? (
                  <span key={j}>{piece.text}</span>
                ) : (
                  <span
                    key={j}
                    id={`s-${piece.sentence}`}
                    data-events={piece.events.length || undefined}
                    className={`sentence ${piece.events.length > 0 ? `sentence-event ${kindClass(piece.events[0].kind)}` : ''}`}
                  >
                    {piece.text}
                    {piece.events.map((e) => (
                      <Link
                        key={e.id}
                        href={`/events/${encodeURIComponent(e.id)}`}
                        title={e.summary}
                        className="ml-1 align-super text-xs font-medium underline"
                      >
                        {kindLabel(e.kind).toLowerCase()}
                        <span className="sr-only">: {e.summary}</span>
                      </Link>
                    ))}
                  </span>
                ),
              )}
            </p>
          ))}
        </div>
      </article>
    </main>
  );
}
