import type { Passage } from '@/lib/site/view';

/** A source passage: its sentence highlighted inside its paragraph, publisher, date and link. */
export function PassageQuote({ passage }: { passage: Passage }) {
  const href = `/articles/${encodeURIComponent(passage.article)}${passage.index >= 0 ? `#s-${passage.index}` : ''}`;
  return (
    <figure className="passage rounded border border-slate-200 p-3 dark:border-slate-700">
      <blockquote className="text-sm leading-relaxed text-slate-700 dark:text-slate-300">
        {passage.before}
        <mark className="rounded bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-300">
          {passage.quote}
        </mark>
        {passage.after}
      </blockquote>
      <figcaption className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        <span className="font-semibold">{passage.outlet}</span>, {passage.date} —{' '}
        {/* A full page load, so the browser sets :target and the sentence lights up. */}
        <a className="underline" href={href}>
          read in “{passage.title}”
        </a>
      </figcaption>
    </figure>
  );
}
