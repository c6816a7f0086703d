/**
 * The one error type the engine throws. Errors are for programming mistakes
 * (wrong shapes, bad arguments); numeric blow-up during training is a result,
 * not an exception.
 */
export class EngineError extends Error {
  /** The op or function that rejected its input, for example `matmul`. */
  readonly op: string;
  /** What was wrong, without the op: for a caller that reports it under its own name. */
  readonly detail: string;

  constructor(op: string, detail: string) {
    super(`${op}: ${detail}`);
    this.name = 'EngineError';
    this.op = op;
    this.detail = detail;
  }
}

/** Prints a shape the way every message does: `[2, 3]`. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}
