import { z } from 'zod';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar day written yyyy-mm-dd (rejects 2025-02-30). */
export function isRealDay(value: string): boolean {
  if (!isoDay.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** YAML turns an unquoted 2025-01-15 into a Date; both spellings are accepted. */
const day = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'must be a date written yyyy-mm-dd' })
    .refine(isRealDay, { message: 'must be a real calendar date written yyyy-mm-dd' }),
);

const text = (what: string) =>
  z.string({ error: `${what} must be text` }).trim().min(1, `${what} must not be empty`);

/** The frontmatter of one article: the one source of truth for its shape. */
export const frontmatterSchema = z.object({
  title: text('title'),
  outlet: text('outlet'),
  date: day,
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .optional()
    .nullable(),
  authors: z
    .union([z.array(text('author')), text('authors')])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** A loaded article: frontmatter, slug, and the body exactly as published. */
export interface Article extends Frontmatter {
  slug: string;
  body: string;
}
