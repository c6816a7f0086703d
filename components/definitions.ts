/**
 * Every widget's definition (name, URL prefix, settings schema), for code that must find a
 * widget by its prefix at build time: a prompt's link (`<Try figure="dc2" …>`) names a figure
 * by its URL namespace. Pure TypeScript; the tags chapters use are in index.ts.
 */
import { ActivationPlot } from './ActivationPlot/schema';
import { DeepSignals } from './DeepSignals/schema';
import { DescentBowl } from './DescentBowl/schema';
import { DescentCurve } from './DescentCurve/schema';
import { InitExperiment } from './InitExperiment/schema';
import { LearningRateSweep } from './LearningRateSweep/schema';
import { NeuronBoundary } from './NeuronBoundary/schema';
import { NeuronExplorer } from './NeuronExplorer/schema';
import { PerceptronLearner } from './PerceptronLearner/schema';
import { SymmetryHeatmap } from './SymmetryHeatmap/schema';
import type { WidgetDefinition } from './shared/define-widget';

export const definitions: readonly WidgetDefinition[] = [
  NeuronExplorer,
  ActivationPlot,
  NeuronBoundary,
  PerceptronLearner,
  DescentCurve,
  DescentBowl,
  LearningRateSweep,
  DeepSignals,
  SymmetryHeatmap,
  InitExperiment,
];

/** The widget whose URL settings start with `prefix` ("dc" → DescentCurve), or undefined. */
export function definitionByPrefix(prefix: string): WidgetDefinition | undefined {
  return definitions.find((definition) => definition.prefix === prefix);
}
