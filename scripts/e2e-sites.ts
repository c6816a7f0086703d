/**
 * The two builds the end-to-end tests run against: the site at the root of its host
 * (`dist/`, also what `npm start` serves) and the same site under the sub-path `/course/`.
 * Shared by playwright.config.ts, the test fixtures and scripts/test.ts.
 */
export interface SiteBuild {
  /** Playwright project name. */
  project: string;
  /** Output folder of `astro build`. */
  dist: string;
  /** Base path the build was made with. */
  base: string;
  port: number;
}

const rootPort = Number(process.env.E2E_PORT ?? 4400);

export const ROOT_SITE: SiteBuild = { project: 'site', dist: 'dist', base: '/', port: rootPort };

export const SUBPATH_SITE: SiteBuild = {
  project: 'subpath',
  dist: 'node_modules/.cache/neural-notebook/dist-course',
  base: '/course/',
  port: rootPort + 1,
};

export function siteUrl(site: SiteBuild): string {
  return `http://127.0.0.1:${site.port}${site.base}`;
}
