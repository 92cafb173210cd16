import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2">There is no event, article or page at this address.</p>
      <p className="mt-4">
        <Link href="/" className="font-medium underline" prefetch={false}>
          Back to the timeline
        </Link>
      </p>
    </main>
  );
}
