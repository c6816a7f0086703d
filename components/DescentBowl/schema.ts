/**
 * Props of <DescentBowl />: gradient descent on a two-parameter surface, one panel per
 * learning rate. The learning rates, start and steps that suit the bowl would blow up on
 * Rosenbrock's valley at once, so their defaults depend on the surface (SURFACE_DEFAULTS).
 */
import { z } from 'zod';
import { defineWidget } from '../shared/define-widget';

export const SURFACE_NAMES = ['bowl', 'rosenbrock'] as const;
export type SurfaceName = (typeof SURFACE_NAMES)[number];

/** The remedies for an elongated bowl: none, rescaled coordinates, or one step size per coordinate. */
export const REMEDY_NAMES = ['none', 'normalise', 'per-parameter'] as const;
export type RemedyName = (typeof REMEDY_NAMES)[number];

export const DescentBowlProps = z
  .object({
    surface: z
      .enum(SURFACE_NAMES)
      .default('bowl')
      .describe('"bowl" is the elongated quadratic (x² + 10y²)/2, "rosenbrock" is the curved valley (1 − x)² + 100(y − x²)²'),
    learningRates: z
      .array(z.number().min(0.0001).max(1))
      .min(1)
      .max(3)
      .optional()
      .describe('one to three step sizes, one panel each; default [0.02, 0.1, 0.19] on the bowl, [0.001, 0.002, 0.003] on rosenbrock'),
    momentum: z.number().min(0).max(0.99).default(0).describe('μ: 0 is plain gradient descent, 0.9 is common'),
    angle: z
      .number()
      .min(-90)
      .max(90)
      .default(0)
      .describe('the bowl turned: degrees from the x axis to the valley floor, counter-clockwise (bowl only)'),
    remedy: z
      .enum(REMEDY_NAMES)
      .default('none')
      .describe('"normalise" rescales x and y to curvature 1 each and draws the bowl in those coordinates; "per-parameter" gives each coordinate the step size η divided by its curvature (bowl only)'),
    start: z
      .tuple([z.number().min(-5).max(5), z.number().min(-5).max(5)])
      .optional()
      .describe('the starting point [x, y]; default [-4, 2] on the bowl, [-1.5, 2] on rosenbrock'),
    steps: z
      .number()
      .int()
      .min(1)
      .max(5000)
      .optional()
      .describe('steps per path; default 50 on the bowl, 2000 on rosenbrock'),
  })
  .strict();

export const DescentBowl = defineWidget({ name: 'DescentBowl', prefix: 'db', props: DescentBowlProps });

export type DescentBowlInput = z.input<typeof DescentBowlProps>;
/** The settings as the schema reads them: the surface-bound ones may be left to the surface. */
export type DescentBowlSettings = z.output<typeof DescentBowlProps>;

/** One panel's learning rate, and the start's x and y: boxes the view binds itself. */
export const RATE_SCHEMA = DescentBowlProps.shape.learningRates.unwrap().element;
export const START_SCHEMAS = DescentBowlProps.shape.start.unwrap().items;

/** The settings a figure shows, with the surface's defaults filled in. */
export interface BowlSettings {
  readonly surface: SurfaceName;
  readonly learningRates: readonly number[];
  readonly momentum: number;
  readonly angle: number;
  readonly remedy: RemedyName;
  readonly start: readonly [number, number];
  readonly steps: number;
}

export const SURFACE_DEFAULTS: Readonly<Record<SurfaceName, Omit<BowlSettings, 'surface' | 'momentum' | 'angle' | 'remedy'>>> = {
  bowl: { learningRates: [0.02, 0.1, 0.19], start: [-4, 2], steps: 50 },
  rosenbrock: { learningRates: [0.001, 0.002, 0.003], start: [-1.5, 2], steps: 2000 },
};

/** The arrow-key step of a learning-rate box: Rosenbrock's rates are far smaller than the bowl's. */
export function rateStepOf(surface: SurfaceName): number {
  return surface === 'rosenbrock' ? 0.0005 : 0.01;
}

/** Fills the settings left open with the defaults of their surface. */
export function resolveSettings(settings: DescentBowlSettings): BowlSettings {
  const defaults = SURFACE_DEFAULTS[settings.surface];
  return {
    surface: settings.surface,
    learningRates: settings.learningRates ?? defaults.learningRates,
    momentum: settings.momentum,
    angle: settings.angle,
    remedy: settings.remedy,
    start: settings.start ?? defaults.start,
    steps: settings.steps ?? defaults.steps,
  };
}

/** `settings` with the surface's defaults written in where it leaves them open: a figure's state keeps every value, since its boxes show them. */
export function fillSurfaceDefaults(settings: DescentBowlSettings): DescentBowlSettings {
  const { learningRates, start, steps } = resolveSettings(settings);
  return { ...settings, learningRates: [...learningRates], start: [start[0], start[1]], steps };
}

/**
 * What choosing `surface` brings: the page's own rates, start and steps on the page's surface,
 * that surface's defaults on the other (the bowl's rates blow up on Rosenbrock at once).
 */
export function surfaceSettings(surface: SurfaceName, page: DescentBowlSettings): Partial<DescentBowlSettings> {
  const chosen = surface === page.surface ? page : { ...page, surface, learningRates: undefined, start: undefined, steps: undefined };
  const { learningRates, start, steps } = fillSurfaceDefaults(chosen);
  return { surface, learningRates, start, steps };
}

const SURFACE_BOUND_KEYS = ['learningRates', 'start', 'steps'] as const;

/**
 * A link that moves the figure to another surface but leaves out its rates, start or steps
 * means that surface's defaults, not the page's (the bowl's rates blow up on Rosenbrock).
 * `keysInLink` are the settings the link gave and the figure accepted.
 */
export function adaptToSurface(
  settings: DescentBowlSettings,
  page: DescentBowlSettings,
  keysInLink: ReadonlySet<string>,
): DescentBowlSettings {
  if (settings.surface === page.surface) return settings;
  const adapted = { ...settings };
  for (const key of SURFACE_BOUND_KEYS) {
    if (!keysInLink.has(key)) adapted[key] = undefined;
  }
  return adapted;
}
