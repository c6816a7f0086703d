/** The inspectable scalar autograd graph: leaves, ops, order and a replayable backward pass. */
export { ScalarValue, value, type Operand, type ScalarOp } from './value';
export { add, div, exp, log, mul, neg, pow, relu, sigmoid, sub, tanh } from './ops';
export { backward, backwardSteps, topologicalOrder, type BackwardStep, type Contribution } from './backward-steps';
export { graphData, type EdgeData, type NodeData, type StepData } from './graph-data';
