import { z } from 'astro/zod';

/** A chapter slug: the file name without `.mdx`, lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The frontmatter every chapter declares. `.strict()` turns a typo such as `titel`
 * into an error instead of a silently ignored field.
 */
export const ChapterFrontmatter = z
  .object({
    title: z.string().trim().min(1).describe('the chapter title shown in the page heading'),
    description: z.string().trim().min(1).describe('one sentence for the course home page'),
    order: z.number().int().min(0).describe('position in the course; the introduction is 0'),
    objectives: z
      .array(z.string().trim().min(1))
      .min(1)
      .describe('what a reader can do after the chapter'),
    prerequisites: z
      .array(z.string().regex(SLUG_PATTERN))
      .default([])
      .describe('slugs of chapters to read first'),
    draft: z.boolean().default(false).describe('drafts are left out of the production site'),
  })
  .strict();

export type ChapterData = z.output<typeof ChapterFrontmatter>;
