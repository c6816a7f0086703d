/**
 * Browser: the redraws of a training figure's parts (its plots, its table) while a job runs.
 * A report asks for the parts it changed; they are drawn at the next animation frames, one part
 * per frame so that no frame holds two plots, taking turns, and, while the job trains, a part at
 * most every `intervals[part]` ms: a redraw and its paint take tens of milliseconds on a long
 * chapter, and the status line must still change every frame (`onFrame`, after the draw, so it
 * writes into a page already laid out). When the job ends, `flush` draws what it names and
 * everything still asked for, at once.
 *
 *   const redraw = new FrameRedraw({ intervals: { plot: 250, table: 250 }, draw, isTraining, onFrame });
 *   redraw.request('plot');          // from a progress report; request() alone just shows progress
 *   redraw.flush('plot', 'table');   // the job ended
 */
export interface FrameRedrawOptions<Part extends string> {
  /** Least time between two draws of a part while the job trains, in ms. */
  readonly intervals: Readonly<Record<Part, number>>;
  readonly draw: (part: Part) => void;
  /** Whether the job is training: only then are a part's draws spaced by its interval. */
  readonly isTraining: () => boolean;
  /** Runs at every frame, after the frame's draw: the status line, the progress bar. */
  readonly onFrame?: () => void;
}

export class FrameRedraw<Part extends string> {
  private readonly asked = new Set<Part>();
  private readonly lastDraw = new Map<Part, number>();
  private lastPart: Part | undefined;
  private frame = 0;

  constructor(private readonly options: FrameRedrawOptions<Part>) {}

  /** Asks for `parts` to be drawn, and for a frame (which shows progress even with no part). */
  request(...parts: Part[]): void {
    for (const part of parts) this.asked.add(part);
    if (this.frame === 0) this.frame = requestAnimationFrame(() => this.drawFrame());
  }

  /** Draws `parts` and every part still asked for, now. */
  flush(...parts: Part[]): void {
    for (const part of parts) this.asked.add(part);
    const now = performance.now();
    for (const part of [...this.asked]) this.drawPart(part, now);
  }

  private drawFrame(): void {
    this.frame = 0;
    const now = performance.now();
    const isDue = (part: Part) => !this.options.isTraining() || now - (this.lastDraw.get(part) ?? -Infinity) >= this.options.intervals[part];
    // Taking turns: the part drawn last waits behind the others.
    const waiting = [...this.asked].sort((a, b) => Number(a === this.lastPart) - Number(b === this.lastPart));
    const part = waiting.find(isDue);
    if (part !== undefined) this.drawPart(part, now);
    this.options.onFrame?.();
    if (this.asked.size > 0) this.frame = requestAnimationFrame(() => this.drawFrame());
  }

  private drawPart(part: Part, now: number): void {
    this.asked.delete(part);
    this.lastPart = part;
    this.lastDraw.set(part, now);
    this.options.draw(part);
  }
}
