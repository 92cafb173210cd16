import Link from 'next/link';

/** The "← Timeline" link at the top of article and event pages (hidden in print). */
export function BackToTimeline() {
  return (
    <p className="text-sm print:hidden">
      <Link href="/" className="underline" prefetch={false}>
        ← Timeline
      </Link>
    </p>
  );
}
