/** Seeded toy datasets, splitting and accuracy. */
export { pointDataset, selectExamples, type Dataset } from './dataset';
export { makeCircles, type CirclesOptions } from './circles';
export { makeMoons, type MoonsOptions } from './moons';
export { makeXor } from './xor';
export { makeBlobs, type BlobsOptions } from './blobs';
export { makeSpirals, type SpiralsOptions } from './spirals';
export { trainTestSplit } from './split';
export { accuracy } from './accuracy';
