import { getStory } from '@/lib/story';

export default function HomePage() {
  const { articles } = getStory();
  return (
    <main className="mx-auto max-w-4xl p-6">
      <h1 className="text-2xl font-semibold">Timeline</h1>
      <h2 className="mt-6 text-lg font-semibold">Articles</h2>
      <ul>
        {articles.map((a) => (
          <li key={a.slug}>
            {a.title} — {a.outlet}, {a.date}
          </li>
        ))}
      </ul>
    </main>
  );
}
