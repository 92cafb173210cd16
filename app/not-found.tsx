export default function NotFound() {
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2">There is no event, article or page at this address.</p>
      <p className="mt-4">
        {/* A plain anchor: this boundary is part of every page, `/` included, and next/link
            would put the router's link code among the home page's first scripts. */}
        <a href="/" className="font-medium underline">
          Back to the timeline
        </a>
      </p>
    </main>
  );
}
