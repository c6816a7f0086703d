/** Spotting numeric blow-up in a flat parameter buffer. */

/** Index of the first NaN or ±Infinity in `values`, or −1 when all are finite. */
export function firstNonFinite(values: Float64Array): number {
  // x − x is 0 for every finite x and NaN for NaN and ±Infinity; one cheap pass.
  let check = 0;
  for (let i = 0; i < values.length; i++) check += values[i] - values[i];
  if (check === 0) return -1;
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return i;
  return -1;
}
