/**
 * Classic mode set against what the exercise printed: its cost every 1000 iterations and its
 * accuracies. The figure lists both, and says how far they agree, as measured here, never
 * assumed. The exercise published three runs (zeros, large, He) of 15 000 iterations at
 * η = 0.01; other starts or settings have nothing to compare with. Pure.
 */
import type { ClassicCircles, PublishedRun } from './classic-circles';
import type { RunRow } from './runs';
import { percent } from './runs';

const PUBLISHED = { iterations: 15000, learningRate: 0.01 } as const;
/** float64 holds about 16 significant digits; agreeing to this many is agreeing to the last digits sums leave alone. */
export const CLOSE_DIGITS = 12;

export interface PrintedCost {
  readonly iteration: number;
  readonly cost: number;
  readonly published: number;
  /** Significant digits the two agree to (17: identical). */
  readonly digits: number;
}

export interface PublishedComparison {
  readonly costs: readonly PrintedCost[];
  /** The fewest digits any printed cost agrees to. */
  readonly digits: number;
  readonly hasSameAccuracies: boolean;
  /** What the figure says about the match, in a sentence. */
  readonly note: string;
}

/** How many significant digits `a` and `b` share when both are rounded to them (0: not even the first). */
export function agreeingDigits(a: number, b: number): number {
  if (a === b) return 17;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return 0;
  for (let digits = 16; digits >= 1; digits--) if (a.toPrecision(digits) === b.toPrecision(digits)) return digits;
  return 0;
}

/** The published run with the same start and settings as `row`, if the exercise printed one. */
export function publishedRunOf(row: RunRow, classic: ClassicCircles): PublishedRun | undefined {
  const { settings } = row;
  const isPublished = settings.iterations === PUBLISHED.iterations && settings.learningRate === PUBLISHED.learningRate;
  if (settings.mode !== 'classic' || !isPublished || row.status !== 'completed') return undefined;
  return settings.init === 'zeros' || settings.init === 'large' || settings.init === 'he' ? classic.published[settings.init] : undefined;
}

/** The run's costs at the printed iterations beside the published ones, and the verdict. */
export function compareWithPublished(row: RunRow, published: PublishedRun, printEvery: number): PublishedComparison {
  const costs = published.costs.map((value, i): PrintedCost => {
    const iteration = i * printEvery;
    const cost = row.curve.find(([step]) => step === iteration)?.[1] ?? NaN;
    return { iteration, cost, published: value, digits: agreeingDigits(cost, value) };
  });
  // The large run's first printed cost is inf (the exercise took log(0)): nothing to agree with.
  const finite = costs.filter((printed) => Number.isFinite(printed.published));
  const digits = Math.min(...finite.map((printed) => printed.digits));
  const infinite = costs.length - finite.length;
  const infiniteText = infinite === 0 ? '' : ` (the exercise printed ∞ for ${infinite === 1 ? 'one cost' : `${infinite} costs`}: it took the log of an output rounded to 0 or 1)`;
  const hasSameAccuracies = row.trainAccuracy === published.trainAccuracy && row.testAccuracy === published.testAccuracy;
  const accuracies = `train ${percent(published.trainAccuracy)} %, test ${percent(published.testAccuracy)} %`;
  const accuracyText = hasSameAccuracies
    ? `its accuracies exactly (${accuracies})`
    : `not its accuracies (published: ${accuracies})`;
  const note =
    digits >= CLOSE_DIGITS
      ? `Matches the published run: ${infinite === 0 ? 'all' : 'the finite ones of'} its ${costs.length} printed costs to ${digits} significant digits${infiniteText}, and ${accuracyText}. ` +
        'Float64 keeps about 16 digits; the last ones depend on the order sums are taken in.'
      : `Compared with the published run: the printed costs agree to ${digits} significant ${digits === 1 ? 'digit' : 'digits'} at worst${infiniteText}, ` +
        `and it has ${accuracyText}. This run is chaotic: rounding differences in the last digit grow while the cost drops.`;
  return { costs, digits, hasSameAccuracies, note };
}

/** The cells of one printed cost: iteration, this run, published, digits in common. */
export function printedCells(printed: PrintedCost): string[] {
  return [String(printed.iteration), String(printed.cost), String(printed.published), printed.digits === 17 ? 'all' : String(printed.digits)];
}
