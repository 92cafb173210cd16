import { z } from 'zod';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar day written yyyy-mm-dd (rejects 2025-02-30). */
export function isRealDay(value: string): boolean {
  if (!isoDay.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * The latest publication day an article can honestly carry: the calendar day in UTC+14, the
 * first time zone to reach a new day, so a story dated "tomorrow" in Seoul is not refused.
 */
export function latestPublishableDay(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

const text = () => z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');

/** The fields an article's frontmatter may have, in the order messages list them. */
export const FIELDS = ['title', 'outlet', 'date', 'url', 'authors'] as const;

/**
 * The frontmatter of one article: the one source of truth for its shape. `latestDay` is the
 * last publication date accepted (see latestPublishableDay); later dates are refused.
 */
export function makeFrontmatterSchema(latestDay: string) {
  return z.strictObject(
    {
      title: text(),
      outlet: text(),
      date: z
        .string({ error: 'must be a date written yyyy-mm-dd' })
        .refine(isRealDay, {
          message: 'must be a real calendar date written yyyy-mm-dd',
          abort: true,
        })
        .refine((d) => d <= latestDay, {
          message: `is in the future: it is at most ${latestDay} anywhere on Earth today`,
        }),
      url: z
        .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
        .optional()
        .nullable(),
      authors: z
        .preprocess(
          (v) => (typeof v === 'string' ? [v] : v),
          z.array(text(), { error: 'must be a name or a list of names' }),
        )
        .optional()
        .transform((v) => v ?? []),
    },
    { error: 'must be fields written as key: value lines' },
  );
}

export type Frontmatter = z.infer<ReturnType<typeof makeFrontmatterSchema>>;

/** A loaded article: frontmatter, slug, and the body exactly as published (normalised). */
export interface Article extends Frontmatter {
  slug: string;
  /** Text after the frontmatter, BOM dropped and line endings `\n`; offsets refer to it. */
  body: string;
}
