/** Checks a job's data spec field by field. */
import { counted, fail, readArray, readChoice, readInteger, readNumber, readObject, readSeed } from './parse-fields';
import type { DataSpec } from './job-specs';

const MAX_POINTS = 100_000;

/** The data spec, checked; errors name the field under `field`. */
export function parseDataSpec(value: unknown, field: string): DataSpec {
  const fields = readObject(value, field);
  const kind = readChoice(fields.kind, `${field}.kind`, ['circles', 'moons', 'xor', 'blobs', 'spirals', 'points']);
  const count = () => readInteger(fields.count, `${field}.count`, 1, MAX_POINTS);
  const noise = () => readNumber(fields.noise, `${field}.noise`, 0, 10);
  const seed = () => readSeed(fields.seed, `${field}.seed`);
  switch (kind) {
    case 'xor':
      return { kind };
    case 'circles': {
      // makeCircles needs an inner circle strictly inside the outer one and not a point.
      const factor = fields.factor;
      if (typeof factor !== 'number' || !(factor > 0 && factor < 1)) fail(`${field}.factor`, 'a number between 0 and 1 (exclusive)', factor);
      return { kind, count: count(), noise: noise(), factor, seed: seed() };
    }
    case 'moons':
      return { kind, count: count(), noise: noise(), seed: seed() };
    case 'spirals': {
      const turns = fields.turns === undefined ? {} : { turns: readNumber(fields.turns, `${field}.turns`, 0.1, 10) };
      return { kind, count: count(), noise: noise(), ...turns, seed: seed() };
    }
    case 'blobs': {
      const centers =
        typeof fields.centers === 'number'
          ? readInteger(fields.centers, `${field}.centers`, 1, 50)
          : readArray(fields.centers, `${field}.centers`, (v, f) => readPoint(v, f), 1);
      return { kind, count: count(), centers, std: readNumber(fields.std, `${field}.std`, 0, 100), seed: seed() };
    }
    case 'points': {
      const inputs = readArray(fields.inputs, `${field}.inputs`, (v, f) => readArray(v, f, (x, g) => readNumber(x, g), 1), 1);
      const targets = readArray(fields.targets, `${field}.targets`, (v, f) => readNumber(v, f));
      if (targets.length !== inputs.length) fail(`${field}.targets`, `${counted(inputs.length, 'number')} (one per input)`, counted(targets.length, 'number'), true);
      if (inputs.some((row) => row.length !== inputs[0].length)) fail(`${field}.inputs`, 'rows of equal length', 'rows of different lengths', true);
      return { kind, inputs, targets };
    }
  }
}

function readPoint(value: unknown, field: string): readonly [number, number] {
  const point = readArray(value, field, (v, f) => readNumber(v, f));
  if (point.length !== 2) fail(field, 'an [x, y] pair', counted(point.length, 'number'), true);
  return [point[0], point[1]];
}
