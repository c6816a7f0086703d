import { relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  ContentError,
  listDuplicateOrders,
  listFrontmatterProblems,
  listUnknownPrerequisites,
  type ChapterRecord,
} from './checks';
import type { ChapterData } from './schema';

/** Path of a chapter file relative to the project root, with forward slashes. */
function projectPath(root: URL, filePath: string): string {
  const absolute = isAbsolute(filePath) ? filePath : fileURLToPath(new URL(filePath, root));
  return relative(fileURLToPath(root), absolute).split('\\').join('/');
}

/**
 * Loads `*.mdx` chapters from `base` with Astro's glob loader, then checks what a schema
 * alone cannot: frontmatter messages that name file, field, expected and got; orders that
 * collide; prerequisites that name no chapter. Any problem stops the build, listing all.
 */
export function chapterLoader(base: string): Loader {
  const files = glob({ pattern: '*.mdx', base });
  return {
    name: 'chapter-loader',
    load: async (context: LoaderContext) => {
      const frontmatterProblems: string[] = [];
      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = projectPath(context.config.root, props.filePath ?? props.id);
        const problems = listFrontmatterProblems(file, props.data);
        // Keep loading the other files so the build reports every broken one at once.
        if (problems.length > 0) {
          frontmatterProblems.push(...problems);
          return props.data;
        }
        return context.parseData(props);
      };
      await files.load({ ...context, parseData });
      if (frontmatterProblems.length > 0) throw new ContentError(frontmatterProblems);

      const chapters: ChapterRecord[] = [...context.store.values()].map((entry) => ({
        slug: entry.id,
        file: projectPath(context.config.root, entry.filePath ?? entry.id),
        data: entry.data as ChapterData,
      }));
      const problems = [...listDuplicateOrders(chapters), ...listUnknownPrerequisites(chapters)];
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}
