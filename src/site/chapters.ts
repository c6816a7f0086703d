import { getCollection, type CollectionEntry } from 'astro:content';
import { readingMinutes } from './reading-time';

export type ChapterEntry = CollectionEntry<'chapters'>;

/** A chapter with what the home page and the chapter page show around it. */
export interface Chapter {
  entry: ChapterEntry;
  slug: string;
  /** "Introduction" for order 0, otherwise "Chapter n" counted from 1. */
  label: string;
  minutes: number;
  /** The content file, relative to the project root, that an author edits. */
  file: string;
  /** The chapters to read first, from the frontmatter, with the titles to show for them. */
  prerequisites: { slug: string; title: string }[];
}

/**
 * The chapters readers see, in course order. Drafts are shown by the dev server and
 * left out of production builds.
 */
export async function listChapters(): Promise<Chapter[]> {
  const entries = await getCollection('chapters', (entry) => !(import.meta.env.PROD && entry.data.draft));
  entries.sort((a, b) => a.data.order - b.data.order);
  const titleOf = new Map(entries.map((entry) => [entry.id, entry.data.title]));
  let number = 0;
  return entries.map((entry) => {
    if (entry.data.order !== 0) number += 1;
    return {
      entry,
      slug: entry.id,
      label: entry.data.order === 0 ? 'Introduction' : `Chapter ${number}`,
      minutes: readingMinutes(entry.body ?? ''),
      file: entry.filePath ?? `content/chapters/${entry.id}.mdx`,
      prerequisites: entry.data.prerequisites.map((slug) => ({ slug, title: titleOf.get(slug) ?? slug })),
    };
  });
}
