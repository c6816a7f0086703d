/**
 * Classic mode set against what the exercise printed: its cost every 1000 iterations and its
 * accuracies. The run's costs are computed the exercise's way (the job's numpyCost: NumPy's
 * pairwise sum, 1/m ×, ∞ where it took the log of 0), from the outputs the engine's own run
 * reached. The figure lists both, and says how far they agree, as measured here, never
 * assumed: "digit for digit" only when every printed cost is the same float64 number.
 * The exercise published three runs (zeros, large, He) of 15 000 iterations at η = 0.01;
 * other starts or settings have nothing to compare with. Pure.
 */
import type { ClassicCircles, PublishedRun } from './classic-circles';
import type { RunRow } from './runs';
import { formatPercent } from '../shared/format';

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
  /** The fewest digits any printed cost agrees to (17: every one identical). */
  readonly digits: number;
  /** How many printed costs are the same float64 number as the run's. */
  readonly identical: number;
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
    const cost = row.exerciseCosts?.find(([step]) => step === iteration)?.[1] ?? NaN;
    return { iteration, cost, published: value, digits: agreeingDigits(cost, value) };
  });
  const digits = Math.min(...costs.map((printed) => printed.digits));
  const identical = costs.filter((printed) => printed.cost === printed.published).length;
  // The large run's first printed cost is ∞ (the exercise took log(0)); computed its way, this run's is too.
  const infinite = costs.filter((printed) => printed.published === Infinity).length;
  const infiniteText = infinite === 0 ? '' : ` (∞ for ${infinite === 1 ? 'one cost' : `${infinite} costs`}: the log of an output rounded to exactly 0 or 1)`;
  const hasSameAccuracies = row.trainAccuracy === published.trainAccuracy && row.testAccuracy === published.testAccuracy;
  const accuracies = `train ${formatPercent(published.trainAccuracy)}, test ${formatPercent(published.testAccuracy)}`;
  const accuracyText = hasSameAccuracies
    ? `its accuracies exactly (${accuracies})`
    : `not its accuracies (published: ${accuracies})`;
  const count = costs.length;
  const note =
    identical === count
      ? `Matches the published run digit for digit: all its ${count} printed costs are the same float64 numbers${infiniteText}, and it has ${accuracyText}.`
      : digits >= CLOSE_DIGITS
        ? `Matches the published run: ${identical} of its ${count} printed costs digit for digit, the others to ${digits} significant digits${infiniteText}, and ${accuracyText}. ` +
          'Float64 keeps about 16 digits; the last ones depend on the order a run takes its sums in, and this run takes them in another order than NumPy did.'
        : `Compared with the published run: the printed costs agree to ${digits} significant ${digits === 1 ? 'digit' : 'digits'} at worst${infiniteText}, ` +
          `and it has ${accuracyText}. This run is chaotic: rounding differences in the last digit grow while the cost drops.`;
  return { costs, digits, identical, hasSameAccuracies, note };
}

/** A cost with every digit float64 holds, and ∞ as the note and the chapter write it. */
function costCell(cost: number): string {
  return cost === Infinity ? '∞' : String(cost);
}

/** The cells of one printed cost: iteration, this run, published, digits in common. */
export function printedCells(printed: PrintedCost): string[] {
  return [String(printed.iteration), costCell(printed.cost), costCell(printed.published), printed.digits === 17 ? 'all' : String(printed.digits)];
}
