/**
 * The starting weights InitExperiment offers: each name's engine init spec and the words the
 * figure uses for it. Pure. Biases always start at zero (the engine's default).
 */
import type { InitSpec } from '../../src/engine/index';
import type { InitName } from './schema';

/** What every weight of a constant start is. */
export const CONSTANT_WEIGHT = 0.5;

/** The engine's spec for each start: a seeded run draws its weights from it, classic mode scales the published draws by it. */
export const INIT_SPECS: Readonly<Record<InitName, InitSpec>> = {
  zeros: { kind: 'zeros' },
  constant: { kind: 'constant', value: CONSTANT_WEIGHT },
  small: { kind: 'normal', mean: 0, std: 0.01 },
  large: { kind: 'normal', mean: 0, std: 10 },
  lecun: { kind: 'lecunNormal' },
  xavier: { kind: 'xavierNormal' },
  he: { kind: 'heNormal' },
};

/** The select's options: the name and the scale of each start. */
export const INIT_LABELS: Readonly<Record<InitName, string>> = {
  zeros: 'zeros',
  constant: `constant (every weight ${CONSTANT_WEIGHT})`,
  small: 'small random: N(0, 1) × 0.01',
  large: 'large random: N(0, 1) × 10',
  lecun: 'LeCun: N(0, 1) × √(1/n_in)',
  xavier: 'Xavier/Glorot: N(0, 1) × √(2/(n_in + n_out))',
  he: 'He/Kaiming: N(0, 1) × √(2/n_in)',
};

/** Short names for the table and the summary. */
export const INIT_NAMES_SHORT: Readonly<Record<InitName, string>> = {
  zeros: 'Zeros',
  constant: `Constant ${CONSTANT_WEIGHT}`,
  small: 'Small ×0.01',
  large: 'Large ×10',
  lecun: 'LeCun',
  xavier: 'Xavier',
  he: 'He',
};
