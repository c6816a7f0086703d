import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks } from './link-check';

/**
 * Fails the build when any emitted page links to a page, file or `#anchor` that the
 * build did not produce, so a dead link in a chapter never ships.
 */
export function linkCheckIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'nn-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = checkLinks(fileURLToPath(dir), base);
        if (problems.length > 0) {
          throw new Error(`dead link${problems.length > 1 ? 's' : ''}:\n${problems.join('\n')}`);
        }
        logger.info('every internal link and anchor resolves');
      },
    },
  };
}
