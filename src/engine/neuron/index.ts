/** Single neurons: the forward pass in steps, the neuron as a line, and learning one example at a time. */
export { neuronForward, sampleActivation, type NeuronSettings, type NeuronSteps } from './forward';
export {
  lineValue,
  lineValueRange,
  distanceToLevel,
  classifyPoint,
  countMistakes,
  lineAccuracy,
  halfPlanes,
  boundarySegment,
  type Line,
  type Box,
  type Point2,
} from './line';
export { gateDataset, type GateName } from './gates';
export { neuronDataset, neuronDatasetBox, type NeuronDatasetName } from './datasets';
export {
  createLearner,
  learnStepInPlace,
  hasSettled,
  meanCrossEntropy,
  nextExample,
  currentMistakes,
  decisionLine,
  type LearnerOptions,
  type LearnerState,
  type LearningRule,
  type StepRecord,
} from './learner';
