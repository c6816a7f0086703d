/** Every loss, one per file, each returning a tracked [1, 1] tensor. */
export { parseReduction, type LossOptions, type Reduction } from './reduction';
export { mseLoss } from './mse';
export { l1Loss } from './l1';
export { HUBER_DELTA, huberLoss, type HuberOptions } from './huber';
export { BCE_EPSILON, binaryCrossEntropy } from './binary-cross-entropy';
export { binaryCrossEntropyWithLogits } from './binary-cross-entropy-with-logits';
export { softmaxCrossEntropy } from './softmax-cross-entropy';
export { hingeLoss } from './hinge';
export { numpyStyleBceCost } from './numpy-style-bce-cost';
export { pairwiseSum } from './pairwise-sum';
