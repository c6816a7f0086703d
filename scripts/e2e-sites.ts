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

// npm test sets both ports to free ones, so it never reuses a server someone else started,
// and E2E_DIST to its own output folder, so a concurrent `astro build` cannot change the
// site under test.
export const ROOT_SITE: SiteBuild = {
  project: 'site',
  dist: process.env.E2E_DIST ?? 'dist',
  base: '/',
  port: Number(process.env.E2E_PORT ?? 4400),
};

export const SUBPATH_SITE: SiteBuild = {
  project: 'subpath',
  dist: process.env.E2E_SUBPATH_DIST ?? 'node_modules/.cache/neural-notebook/dist-course',
  base: '/course/',
  port: Number(process.env.E2E_SUBPATH_PORT ?? 4401),
};

export function siteUrl(site: SiteBuild): string {
  return `http://127.0.0.1:${site.port}${site.base}`;
}
