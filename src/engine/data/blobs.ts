/**
 * Gaussian blobs, after scikit-learn's `make_blobs` in 2-D: `centers` clusters,
 * each point N(center, std²) in each coordinate, labelled with its cluster's
 * index (0, 1, …). The count is split as evenly as possible, the first
 * clusters taking one extra point each; the points are shuffled at the end.
 * When `centers` is a number, the centers are drawn uniformly from the box
 * [−10, 10]² (scikit-learn's default `center_box`) before any point.
 */
import { EngineError } from '../errors';
import { permutation, type Rng } from '../random';
import { assertNonNegative, assertPositiveInteger, pointDataset, selectExamples, type Dataset } from './dataset';

/** Settings for {@link makeBlobs}. */
export interface BlobsOptions {
  /** Number of points over all clusters. */
  readonly count: number;
  /** How many clusters to draw at random, or their [x, y] centers. */
  readonly centers: number | readonly (readonly [number, number])[];
  /** Standard deviation of each cluster, per coordinate. */
  readonly std: number;
}

function resolveCenters(centers: BlobsOptions['centers'], rng: Rng): (readonly [number, number])[] {
  if (typeof centers === 'number') {
    assertPositiveInteger('makeBlobs', 'centers', centers);
    return Array.from({ length: centers }, () => [rng.uniformRange(-10, 10), rng.uniformRange(-10, 10)] as const);
  }
  if (centers.length === 0 || !centers.every((c) => c.length === 2 && c.every(Number.isFinite))) {
    const got = centers.length === 0 ? 'an empty list' : 'a list with a point that is not two finite numbers';
    throw new EngineError('makeBlobs', `centers: expected a positive integer or a non-empty list of [x, y] points, got ${got}`);
  }
  return centers.slice();
}

/** Gaussian clusters in 2-D; the target is the cluster index. */
export function makeBlobs(options: BlobsOptions, rng: Rng): Dataset {
  const { count, std } = options;
  assertPositiveInteger('makeBlobs', 'count', count);
  assertNonNegative('makeBlobs', 'std', std);
  const centers = resolveCenters(options.centers, rng);
  const xs: number[] = [];
  const ys: number[] = [];
  const labels: number[] = [];
  centers.forEach(([cx, cy], label) => {
    const size = Math.floor(count / centers.length) + (label < count % centers.length ? 1 : 0);
    for (let i = 0; i < size; i++) {
      xs.push(rng.normal(cx, std));
      ys.push(rng.normal(cy, std));
      labels.push(label);
    }
  });
  return selectExamples(pointDataset(xs, ys, labels), permutation(count, rng));
}
