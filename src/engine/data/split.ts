/**
 * Train/test split: shuffle the example indices, put the first
 * round(count · testFraction) in the test set and the rest in the training
 * set (the same order scikit-learn's ShuffleSplit uses). Both parts must be
 * non-empty.
 */
import { EngineError } from '../errors';
import { permutation, type Rng } from '../random';
import { selectExamples, type Dataset } from './dataset';

/** Splits `dataset` at random into a training and a test set. */
export function trainTestSplit(
  dataset: Dataset,
  testFraction: number,
  rng: Rng,
): { readonly train: Dataset; readonly test: Dataset } {
  if (!(testFraction > 0 && testFraction < 1)) {
    throw new EngineError('trainTestSplit', `testFraction: expected a number between 0 and 1 (exclusive), got ${testFraction}`);
  }
  const testCount = Math.round(dataset.count * testFraction);
  if (testCount === 0 || testCount === dataset.count) {
    throw new EngineError(
      'trainTestSplit',
      `testFraction: ${testFraction} of ${dataset.count} examples leaves ${testCount === 0 ? 'the test set' : 'the training set'} empty`,
    );
  }
  const order = permutation(dataset.count, rng);
  return {
    train: selectExamples(dataset, order.slice(testCount)),
    test: selectExamples(dataset, order.slice(0, testCount)),
  };
}
