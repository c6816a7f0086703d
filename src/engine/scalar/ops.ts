/**
 * The scalar ops. Each computes its value and its local derivatives from the
 * input values, so the backward pass never needs to know which op it is.
 *
 *   add  y = a + b      ∂y/∂a = 1,    ∂y/∂b = 1
 *   sub  y = a − b      ∂y/∂a = 1,    ∂y/∂b = −1
 *   mul  y = a · b      ∂y/∂a = b,    ∂y/∂b = a
 *   div  y = a / b      ∂y/∂a = 1/b,  ∂y/∂b = −a/b²   (b ≠ 0)
 *   pow  y = xᵖ         ∂y/∂x = p xᵖ⁻¹ (constant p)
 *   neg  y = −x         ∂y/∂x = −1
 *   exp  y = eˣ         ∂y/∂x = eˣ
 *   log  y = ln x       ∂y/∂x = 1/x   (x > 0)
 *   tanh y = tanh x     ∂y/∂x = 1 − y²
 *   sigmoid y = σ(x)    ∂y/∂x = y (1 − y)
 *   relu y = max(0, x)  ∂y/∂x = 1 if x > 0, else 0
 */
import { ACTIVATIONS } from '../activations';
import { EngineError } from '../errors';
import { ScalarValue, toNode, wrapLabel, type Operand } from './value';
import * as math from '../math/index';

/** a + b. */
export function add(a: Operand, b: Operand, label?: string): ScalarValue {
  const [x, y] = [toNode(a), toNode(b)];
  return new ScalarValue(x.value + y.value, 'add', [x, y], [1, 1], label ?? `${wrapLabel(x)} + ${wrapLabel(y)}`);
}

/** a − b. */
export function sub(a: Operand, b: Operand, label?: string): ScalarValue {
  const [x, y] = [toNode(a), toNode(b)];
  return new ScalarValue(x.value - y.value, 'sub', [x, y], [1, -1], label ?? `${wrapLabel(x)} − ${wrapLabel(y)}`);
}

/** a · b. */
export function mul(a: Operand, b: Operand, label?: string): ScalarValue {
  const [x, y] = [toNode(a), toNode(b)];
  return new ScalarValue(x.value * y.value, 'mul', [x, y], [y.value, x.value], label ?? `${wrapLabel(x)} · ${wrapLabel(y)}`);
}

/** a / b, for b ≠ 0. */
export function div(a: Operand, b: Operand, label?: string): ScalarValue {
  const [x, y] = [toNode(a), toNode(b)];
  if (y.value === 0) {
    throw new EngineError('div', `b: expected a non-zero divisor, got 0 (from ${y.label})`);
  }
  const derivatives = [1 / y.value, -x.value / (y.value * y.value)];
  return new ScalarValue(x.value / y.value, 'div', [x, y], derivatives, label ?? `${wrapLabel(x)} / ${wrapLabel(y)}`);
}

/** xᵖ for a constant exponent p. */
export function pow(x: Operand, p: number, label?: string): ScalarValue {
  const node = toNode(x);
  if (!Number.isFinite(p)) {
    throw new EngineError('pow', `exponent must be a finite number, got ${p}`);
  }
  const derivative = p * math.pow(node.value, p - 1);
  return new ScalarValue(math.pow(node.value, p), 'pow', [node], [derivative], label ?? `${wrapLabel(node)}^${p}`);
}

/** −x. */
export function neg(x: Operand, label?: string): ScalarValue {
  const node = toNode(x);
  return new ScalarValue(-node.value, 'neg', [node], [-1], label ?? `−${wrapLabel(node)}`);
}

/** eˣ. */
export function exp(x: Operand, label?: string): ScalarValue {
  const node = toNode(x);
  const y = math.exp(node.value);
  return new ScalarValue(y, 'exp', [node], [y], label ?? `exp(${node.label})`);
}

/** ln x, for x > 0. */
export function log(x: Operand, label?: string): ScalarValue {
  const node = toNode(x);
  if (!(node.value > 0)) {
    throw new EngineError('log', `x: expected a number > 0, got ${node.value} (from ${node.label})`);
  }
  return new ScalarValue(math.log(node.value), 'log', [node], [1 / node.value], label ?? `ln(${node.label})`);
}

/** The three activations share their formulas with the tensor ops. */
function activation(name: 'tanh' | 'sigmoid' | 'relu', x: Operand, label?: string): ScalarValue {
  const node = toNode(x);
  const formula = ACTIVATIONS[name];
  const y = formula.value(node.value);
  return new ScalarValue(y, name, [node], [formula.slope(node.value, y)], label ?? `${name}(${node.label})`);
}

/** tanh x. */
export function tanh(x: Operand, label?: string): ScalarValue {
  return activation('tanh', x, label);
}

/** σ(x) = 1 / (1 + e^(−x)). */
export function sigmoid(x: Operand, label?: string): ScalarValue {
  return activation('sigmoid', x, label);
}

/** max(0, x). */
export function relu(x: Operand, label?: string): ScalarValue {
  return activation('relu', x, label);
}
