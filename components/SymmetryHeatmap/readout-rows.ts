/** The readouts' labels, in the order the figure lists them, and the status line's words. */
import { MAX_STEPS } from './schema';
import type { SymmetryFrame } from './symmetry-run';
import type { Readouts } from './figure';

export const READOUT_ROWS: readonly { readonly key: keyof Readouts; readonly label: string }[] = [
  { key: 'step', label: 'Step' },
  { key: 'perturbation', label: 'Perturbation' },
  { key: 'difference', label: 'Largest difference between two rows' },
  { key: 'network', label: 'This network' },
  { key: 'twin', label: 'The same network left symmetric' },
];

/** What the run is doing: waiting (idle, or paused by the reader), training, or computing a link's frame. */
export type Activity = 'idle' | 'paused' | 'training' | 'computing';

export function statusText(frame: SymmetryFrame, activity: Activity): string {
  if (activity === 'computing') return 'Computing the run…';
  // No step count while training: the status is announced, and the Step readout counts.
  if (activity === 'training') return 'Training…';
  if (frame.step >= MAX_STEPS) return `Stopped at step ${MAX_STEPS}, the most this figure runs; Reset starts again.`;
  if (activity === 'paused') return `Paused at step ${frame.step}.`;
  // A link, a Step or a changed setting ends here: nothing was paused.
  return frame.step === 0 ? 'Ready: press Run to train.' : `At step ${frame.step}: press Run to train on.`;
}
