/** Weight initializers: serializable specs, their formulas and the filler. */
export { INIT_KINDS, parseInitSpec, type InitSpec } from './spec';
export { describeInit, initializeInPlace, standardNormalScale } from './initialize';
export { perturbed } from './perturb';
