/**
 * Every widget a chapter may use, by its tag name. The chapter page passes this map to MDX
 * (`<Content components={widgets} />`), so chapters place widgets without imports.
 * Add one line per widget, keeping the chapters' order.
 */
import NeuronExplorer from './NeuronExplorer/NeuronExplorer.astro';
import ActivationPlot from './ActivationPlot/ActivationPlot.astro';
import NeuronBoundary from './NeuronBoundary/NeuronBoundary.astro';
import PerceptronLearner from './PerceptronLearner/PerceptronLearner.astro';
import DescentCurve from './DescentCurve/DescentCurve.astro';
import DescentBowl from './DescentBowl/DescentBowl.astro';
import LearningRateSweep from './LearningRateSweep/LearningRateSweep.astro';
import DeepSignals from './DeepSignals/DeepSignals.astro';
import SymmetryHeatmap from './SymmetryHeatmap/SymmetryHeatmap.astro';
import InitExperiment from './InitExperiment/InitExperiment.astro';
import Try from './Try/Try.astro';

export const widgets = {
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
  // Not a widget: a prompt's link that puts a figure in the state the text describes.
  Try,
};
