/**
 * Normalizes a base path to the form `/` or `/course/`: one leading and one trailing
 * slash, so every join below needs no further checks.
 */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Joins a site path (`/neuron/#bias`, `neuron/`, `/`) onto the base path. */
export function withBase(base: string, path: string): string {
  const prefix = normalizeBase(base);
  return prefix + path.replace(/^\/+/, '');
}

/** A link to a page of this site, under the base the build was made with. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
