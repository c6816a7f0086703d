import type { ZodIssue } from 'astro/zod';
import { closestName } from '../../engine/index';
import { describeIssue } from './describe-issue';
import { ChapterFrontmatter, type ChapterData } from './schema';

/** One loaded chapter as the cross-file checks see it. */
export interface ChapterRecord {
  slug: string;
  /** Path relative to the project root, as printed in messages. */
  file: string;
  data: Pick<ChapterData, 'order' | 'prerequisites'> & { draft?: boolean };
}

/** Thrown with every content problem found, one per line, so the build prints them all. */
export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ContentError';
  }
}

const KNOWN_FIELDS = Object.keys(ChapterFrontmatter.shape);

/** Describes every frontmatter problem of one file; an empty list means it is valid. */
export function listFrontmatterProblems(file: string, data: unknown): string[] {
  const result = ChapterFrontmatter.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue: ZodIssue) => describeIssue(file, issue, data, KNOWN_FIELDS));
}

/** Each `order` is used by exactly one chapter. */
export function listDuplicateOrders(chapters: readonly ChapterRecord[]): string[] {
  const firstByOrder = new Map<number, ChapterRecord>();
  const problems: string[] = [];
  for (const chapter of [...chapters].sort((a, b) => a.file.localeCompare(b.file))) {
    const first = firstByOrder.get(chapter.data.order);
    if (first) {
      problems.push(
        `${chapter.file} › order: expected a unique whole number, got ${chapter.data.order} (also used by ${first.file})`,
      );
    } else {
      firstByOrder.set(chapter.data.order, chapter);
    }
  }
  return problems;
}

/**
 * Every prerequisite names an existing chapter other than the chapter itself, and a
 * published chapter does not send readers to a draft, which the built site leaves out.
 */
export function listUnknownPrerequisites(chapters: readonly ChapterRecord[]): string[] {
  const slugs = new Set(chapters.map((chapter) => chapter.slug));
  const drafts = new Set(chapters.filter((chapter) => chapter.data.draft).map((chapter) => chapter.slug));
  const known = [...slugs].sort().join(', ') || 'none';
  const problems: string[] = [];
  for (const chapter of chapters) {
    chapter.data.prerequisites.forEach((slug, index) => {
      if (slug === chapter.slug) {
        problems.push(`${chapter.file} › prerequisites[${index}]: expected another chapter's slug, got "${slug}" (the chapter itself)`);
      } else if (drafts.has(slug) && !chapter.data.draft) {
        problems.push(`${chapter.file} › prerequisites[${index}]: expected a published chapter, got "${slug}" (a draft, which the built site leaves out)`);
      } else if (!slugs.has(slug)) {
        const meant = closestName(slug, [...slugs].filter((other) => other !== chapter.slug));
        const fix = meant ? `\n  fix: did you mean ${meant}?` : '';
        problems.push(`${chapter.file} › prerequisites[${index}]: expected the slug of a chapter (${known}), got "${slug}"${fix}`);
      }
    });
  }
  return problems;
}
