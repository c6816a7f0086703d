import { scalar } from '../../../src/engine/index';

/** The worked example L = (a·b + c)² with a = 2, b = −3, c = 10, with every node returned. */
export function workedExample() {
  const a = scalar.value(2, 'a');
  const b = scalar.value(-3, 'b');
  const c = scalar.value(10, 'c');
  const ab = scalar.mul(a, b);
  const e = scalar.add(ab, c);
  const loss = scalar.pow(e, 2, 'L');
  return { a, b, c, ab, e, loss };
}
