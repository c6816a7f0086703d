/** Words a reader gets through per minute of careful, technical reading. */
export const WORDS_PER_MINUTE = 200;

/** Minutes a reader spends with each live figure, on top of the words around it. */
export const MINUTES_PER_WIDGET = 1;

/**
 * Estimates the minutes a chapter takes from its MDX body: prose words at
 * {@link WORDS_PER_MINUTE}, a formula counts as one word, each widget tag adds
 * {@link MINUTES_PER_WIDGET}. Never less than one minute.
 */
export function readingMinutes(body: string): number {
  const widgets = body.match(/<[A-Z][\w.]*[\s/>]/g)?.length ?? 0;
  const prose = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' formula ')
    .replace(/\$[^$\n]+\$/g, ' formula ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + widgets * MINUTES_PER_WIDGET));
}
