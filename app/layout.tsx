import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  // Absolute canonical and Open Graph URLs when the deployed address is known at build time.
  metadataBase: process.env.SITE_URL ? new URL(process.env.SITE_URL) : undefined,
  title: { default: 'Story timeline', template: '%s · Story timeline' },
  description: 'An interactive, sourced timeline built from news articles.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {children}
      </body>
    </html>
  );
}
