import { describe, expect, test } from 'vitest';
import {
  JobClient,
  createMemoryPortPair,
  runJob,
  serveJobs,
  type FromWorkerMessage,
  type SweepRun,
  type ToWorkerMessage,
} from '../../../src/engine/index';
import { LearningRateSweepProps } from '../../../components/LearningRateSweep/schema';
import { SweepSession, type SweepEnd, type SweepProgress } from '../../../components/LearningRateSweep/sweep-session';
import { buildSweepSpec } from '../../../components/LearningRateSweep/sweep-spec';

/** A client and a runner joined by an in-memory port, reporting after every chunk. */
function connectedClient(): JobClient {
  const [page, worker] = createMemoryPortPair<ToWorkerMessage, FromWorkerMessage>();
  serveJobs(worker, { progressInterval: 0 });
  return new JobClient(page);
}

function recorder() {
  const ends: SweepEnd[] = [];
  const progress: SweepProgress[] = [];
  let notify: (() => void) | null = null;
  return {
    ends,
    progress,
    listener: {
      progress: (report: SweepProgress) => {
        progress.push(report);
        notify?.();
      },
      end: (end: SweepEnd) => {
        ends.push(end);
        notify?.();
      },
    },
    /** Resolves when `condition` holds after some report. */
    until: (condition: () => boolean) =>
      new Promise<void>((resolve) => {
        notify = () => {
          if (condition()) resolve();
        };
      }),
  };
}

const state = LearningRateSweepProps.parse({ dataset: 'xor', count: 8, steps: 200 });

function runsInOneGo(): readonly SweepRun[] {
  const result = runJob(buildSweepSpec(state));
  if (result.kind !== 'sweep') throw new Error('expected a sweep');
  return result.runs;
}

describe('SweepSession', () => {
  test('paused after some rates and resumed, it gives exactly the numbers of one uninterrupted sweep', async () => {
    const log = recorder();
    const session = new SweepSession(connectedClient(), buildSweepSpec(state), log.listener);
    session.start();
    await log.until(() => session.runs.length >= 2);
    session.pause();
    await log.until(() => log.ends.length === 1);
    expect(log.ends[0]).toEqual({ kind: 'paused' });
    const kept = session.runs.length;
    expect(kept).toBeGreaterThanOrEqual(2);
    expect(kept).toBeLessThan(8);

    session.start();
    await log.until(() => log.ends.length === 2);
    expect(log.ends[1]).toEqual({ kind: 'done' });
    // The in-memory port copies through JSON, which writes Infinity as null; a Worker keeps it.
    expect(session.runs).toEqual(JSON.parse(JSON.stringify(runsInOneGo())));
    // Progress after the resume counts rates over the whole sweep.
    expect(Math.max(...log.progress.map((report) => report.runIndex))).toBe(7);
  });

  test('resumed, it continues the rate it paused in from the same step, not from step 0', async () => {
    const log = recorder();
    const long = LearningRateSweepProps.parse({ dataset: 'circles', count: 8, steps: 2000 });
    const session = new SweepSession(connectedClient(), buildSweepSpec(long), log.listener);
    session.start();
    await log.until(() => log.progress.some((report) => report.step >= 100));
    session.pause();
    await log.until(() => log.ends.length === 1);
    expect(session.isRunning).toBe(false);
    const atPause = log.progress.at(-1)!;
    const seen = log.progress.length;
    session.start();
    expect(session.isRunning).toBe(true);
    await log.until(() => log.progress.length > seen);
    const next = log.progress[seen];
    expect(next.runIndex * 10_000 + next.step).toBeGreaterThanOrEqual(atPause.runIndex * 10_000 + atPause.step);
    session.stop();
    await log.until(() => log.ends.length === 2);
    expect(log.ends[1]).toEqual({ kind: 'stopped' });
  });

  test('stop ends a running sweep as stopped, and a paused one at once', async () => {
    const log = recorder();
    const session = new SweepSession(connectedClient(), buildSweepSpec(state), log.listener);
    session.start();
    session.stop();
    await log.until(() => log.ends.length === 1);
    expect(log.ends).toEqual([{ kind: 'stopped' }]);
    expect(session.isRunning).toBe(false);

    const paused = recorder();
    const other = new SweepSession(connectedClient(), buildSweepSpec(state), paused.listener);
    other.start();
    other.pause();
    await paused.until(() => paused.ends.length === 1);
    other.stop();
    expect(paused.ends).toEqual([{ kind: 'paused' }, { kind: 'stopped' }]);
  });
});
