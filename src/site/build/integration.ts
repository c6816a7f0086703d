import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkAssetReferences } from './asset-check';
import { applyContentSecurityPolicy, HEADERS_FILE } from './content-security-policy';
import { checkLinks } from './link-check';

/**
 * Fails the build when any emitted page links to a page, file or `#anchor` that the
 * build did not produce, or a script or stylesheet points at a worker, chunk or font
 * that is not there under the base path, so a dead link never ships.
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
        const outDir = fileURLToPath(dir);
        const problems = [...checkLinks(outDir, base), ...checkAssetReferences(outDir, base)];
        if (problems.length > 0) {
          throw new Error(`dead link${problems.length > 1 ? 's' : ''}:\n${problems.join('\n')}`);
        }
        logger.info('every internal link, anchor, worker, chunk and font resolves');
      },
    },
  };
}

/**
 * Gives every emitted page a Content-Security-Policy <meta> that allows its own inline
 * scripts by hash, and writes the same policy as a header for hosts that read `_headers`.
 * Runs after the build only: the dev server injects scripts of its own.
 */
export function securityPolicyIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'nn-security-policy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const { hashesPerPage } = applyContentSecurityPolicy(fileURLToPath(dir), base);
        const counts = [...new Set(hashesPerPage.values())].sort((a, b) => a - b).join(' or ');
        logger.info(`Content-Security-Policy on ${hashesPerPage.size} pages (${counts} inline-script hashes each) and in ${HEADERS_FILE}`);
      },
    },
  };
}
