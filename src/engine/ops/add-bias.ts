/**
 * addBias(x, b) adds the bias row b [1, k] to every row of x [n, k]:
 * y_ij = x_ij + b_j. This row broadcast is the only one it does.
 * Derivative: dx = dy; db_j = Σ_i dy_ij, because b_j was added to every row.
 */
import { EngineError, formatShape } from '../errors';
import { accumulate, track } from '../graph';
import { Tensor } from '../tensor';

/** x [n, k] plus the bias row b [1, k] added to each row. */
export function addBias(x: Tensor, b: Tensor): Tensor {
  const [n, k] = x.shape;
  if (b.shape[0] !== 1 || b.shape[1] !== k) {
    throw new EngineError(
      'addBias',
      `x is ${formatShape(x.shape)} and b is ${formatShape(b.shape)}; b must be [1, ${k}], one bias per column of x`,
    );
  }
  const y = x.map((v, index) => v + b.data[index % k]);
  return track(y, 'addBias', [x, b], (dy) => {
    accumulate(x, dy);
    const db = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < k; j++) db[j] += dy.data[i * k + j];
    }
    accumulate(b, new Tensor([1, k], db));
  });
}
