/**
 * The byte budgets every page of the site must keep, and the pure check that words a breach.
 * Sizes are gzip level 9 of what the browser fetched (budgets-measure.ts). A breach names the
 * page, the budget, the total, and the biggest files behind it, so the fix starts there.
 */
import type { FetchedFile, ResourceKind } from './budgets-measure';

/** One budget: which files it counts, at which moment, and the most it allows, in gzip bytes. */
export interface Budget {
  readonly name: string;
  readonly kind: ResourceKind;
  readonly moment: 'load' | 'hydrated';
  readonly maxGzip: number;
}

const KB = 1024;

export const BUDGETS: readonly Budget[] = [
  // The page itself: prose, KaTeX markup, build-time figures.
  { name: 'HTML', kind: 'html', moment: 'load', maxGzip: 60 * KB },
  // JavaScript fetched after load with no input at all: the hydrator, and any figure in the first screen.
  { name: 'JavaScript before interaction', kind: 'js', moment: 'load', maxGzip: 20 * KB },
  // Every figure scrolled into view and hydrated, and one training run done. learning-rate/, the
  // heaviest, fetches 147 KB: Plot with d3 and zod in one shared chunk (100 KB; d3 without map
  // projections and Delaunay triangulations, components/shared/plot-d3.mjs), the engine worker
  // 19 KB, and the views (the sweep's 9 KB, now that the page checks job specs without the runners).
  { name: 'JavaScript with every widget hydrated and one run done', kind: 'js', moment: 'hydrated', maxGzip: 150 * KB },
  { name: 'CSS', kind: 'css', moment: 'hydrated', maxGzip: 30 * KB },
  // KaTeX fonts, fetched only for the glyphs a page's formulas use.
  { name: 'fonts', kind: 'font', moment: 'hydrated', maxGzip: 120 * KB },
];

/**
 * Pages allowed past a budget for now, each with the ceiling that stops it growing further
 * and the reason. Every exception is a known debt, listed in the open issue that will pay it.
 */
export type Exceptions = Readonly<Record<string, Readonly<Record<string, number>>>>;

// None today: learning-rate/ (73 KB after the issue-10 revision) came under 60 KB once the
// bowl's contour lines became ellipses, figure points took 1 decimal and relative steps, and
// formulas lost their TeX annotation (58 KB).
export const EXCEPTIONS: Exceptions = {};

/** The budgets that hold for `page`: the site's, with the page's listed exceptions. */
export function budgetsFor(page: string, exceptionList: Exceptions = EXCEPTIONS): Budget[] {
  const exceptions = Object.hasOwn(exceptionList, page) ? exceptionList[page] : {};
  return BUDGETS.map((budget) => (Object.hasOwn(exceptions, budget.name) ? { ...budget, maxGzip: exceptions[budget.name] } : budget));
}

/** What one page fetched at each moment. */
export interface PageFetches {
  readonly page: string;
  readonly load: readonly FetchedFile[];
  readonly hydrated: readonly FetchedFile[];
}

function kilobytes(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** One message per budget the page exceeds, each listing its five biggest files; [] when all hold. */
export function checkBudgets(fetches: PageFetches, budgets: readonly Budget[] = budgetsFor(fetches.page)): string[] {
  const problems: string[] = [];
  for (const budget of budgets) {
    const files = fetches[budget.moment].filter((file) => file.kind === budget.kind);
    const total = files.reduce((sum, file) => sum + file.gzip, 0);
    if (total <= budget.maxGzip) continue;
    const biggest = [...files]
      .sort((a, b) => b.gzip - a.gzip || a.url.localeCompare(b.url))
      .slice(0, 5)
      .map((file) => `    ${kilobytes(file.gzip).padStart(9)}  ${new URL(file.url).pathname}`);
    problems.push(
      [`/${fetches.page} › ${budget.name}: ${kilobytes(total)} gzip, over the budget of ${kilobytes(budget.maxGzip)} by ${kilobytes(total - budget.maxGzip)}; biggest files:`, ...biggest].join('\n'),
    );
  }
  return problems;
}

/** A one-line summary of a page's weight: gzip (raw) per kind at load and once hydrated. */
export function describeWeight(fetches: PageFetches): string {
  const sum = (files: readonly FetchedFile[], kind: ResourceKind, size: 'raw' | 'gzip') =>
    files.filter((file) => file.kind === kind).reduce((total, file) => total + file[size], 0);
  const both = (files: readonly FetchedFile[], kind: ResourceKind) =>
    `${kilobytes(sum(files, kind, 'gzip'))} (${kilobytes(sum(files, kind, 'raw'))} raw)`;
  return [
    `/${fetches.page}`,
    `HTML ${both(fetches.load, 'html')}`,
    `JS at load ${both(fetches.load, 'js')}`,
    `JS hydrated ${both(fetches.hydrated, 'js')}`,
    `CSS ${both(fetches.hydrated, 'css')}`,
    `fonts ${both(fetches.hydrated, 'font')}`,
  ].join(' · ');
}
