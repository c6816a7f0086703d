import { defineCollection } from 'astro:content';
import { chapterLoader } from './site/content/loader';
import { ChapterFrontmatter } from './site/content/schema';

// CONTENT_DIR lets the build tests point the site at fixture chapters.
const contentDir = process.env.CONTENT_DIR ?? './content/chapters';

export const collections = {
  chapters: defineCollection({
    loader: chapterLoader(contentDir),
    schema: ChapterFrontmatter,
  }),
};
