/**
 * The sweep's number boxes, listed once for the static shell and the view: the `data-role` each
 * box has in the page, the setting it edits, its label, and the keyboard a phone shows for it.
 */
export const NUMBER_FIELDS = [
  { role: 'min-rate', key: 'minRate', label: 'Smallest rate', mode: 'decimal' },
  { role: 'max-rate', key: 'maxRate', label: 'Largest rate', mode: 'decimal' },
  { role: 'count', key: 'count', label: 'Rates', mode: 'numeric' },
  { role: 'steps', key: 'steps', label: 'Steps per rate', mode: 'numeric' },
  { role: 'seed', key: 'seed', label: 'Seed', mode: 'numeric' },
] as const;

/** A setting that has a number box. */
export type NumberFieldKey = (typeof NUMBER_FIELDS)[number]['key'];
