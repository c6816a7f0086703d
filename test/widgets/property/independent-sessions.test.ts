/**
 * Two widget instances never share engine state: two SweepSessions, each with its own
 * JobClient and job server over its own in-memory port (as two figures on one page each own
 * a worker), driven through random interleavings of start and stop, hear only their own
 * sweep, and a final run of each gives exactly the numbers of that sweep run alone.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { JobClient, createMemoryPortPair, runJob, serveJobs, type FromWorkerMessage, type SweepRun, type ToWorkerMessage } from '../../../src/engine/index';
import { LearningRateSweepProps, type LearningRateSweepInput } from '../../../components/LearningRateSweep/schema';
import { SweepSession, type SweepEnd } from '../../../components/LearningRateSweep/sweep-session';
import { buildSweepSpec } from '../../../components/LearningRateSweep/sweep-spec';

/** A client and its own job server, joined by their own in-memory port. */
function connectedClient(): JobClient {
  const [page, worker] = createMemoryPortPair<ToWorkerMessage, FromWorkerMessage>();
  serveJobs(worker, { progressInterval: 0 });
  return new JobClient(page);
}

/** Two small sweeps with no learning rate in common, so a report that crossed over would show. */
const SETTINGS: readonly LearningRateSweepInput[] = [
  { dataset: 'xor', hidden: [4], minRate: 0.01, maxRate: 0.1, count: 8, steps: 30, seed: 1 },
  { dataset: 'moons', hidden: [3, 2], minRate: 0.2, maxRate: 2, count: 8, steps: 20, seed: 5 },
];
const SPECS = SETTINGS.map((settings) => buildSweepSpec(LearningRateSweepProps.parse(settings)));

/** The sweep run alone in one go, through JSON as the in-memory port carries it. */
function alone(index: number): SweepRun[] {
  const result = runJob(SPECS[index]);
  if (result.kind !== 'sweep') throw new Error('expected a sweep');
  return JSON.parse(JSON.stringify(result.runs)) as SweepRun[];
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 10_000 && !condition(); i++) await pause();
  expect(condition()).toBe(true);
}

/** One figure: its client and the sessions it started, with every report and end they heard. */
class Figure {
  readonly client = connectedClient();
  readonly heardRates: number[] = [];
  readonly ends: SweepEnd[] = [];
  session: SweepSession | null = null;

  constructor(readonly index: number) {}

  run(): SweepSession {
    const session: SweepSession = new SweepSession(this.client, SPECS[this.index], {
      progress: (progress) => this.heardRates.push(progress.learningRate),
      end: (end) => session === this.session && this.ends.push(end),
    });
    this.session = session;
    this.ends.length = 0;
    session.start();
    return session;
  }
}

type Command = { readonly figure: 0 | 1; readonly action: 'run' | 'stop' | 'wait' };
const command: fc.Arbitrary<Command> = fc.record({ figure: fc.constantFrom(0 as const, 1 as const), action: fc.constantFrom('run' as const, 'stop' as const, 'wait' as const) });

test('two SweepSessions over separate ports, started and stopped in any order, hear only their own sweep and finish with its exact numbers', async () => {
  const expected = [alone(0), alone(1)];
  await fc.assert(
    fc.asyncProperty(fc.array(command, { maxLength: 12 }), async (commands) => {
      const figures = [new Figure(0), new Figure(1)];
      for (const { figure, action } of commands) {
        if (action === 'run') figures[figure].run();
        else if (action === 'stop') figures[figure].session?.stop();
        else await pause();
      }
      // A final run of each, side by side, ends done with the numbers of that sweep alone.
      const finals = figures.map((figure) => figure.run());
      await until(() => figures.every((figure) => figure.ends.at(-1)?.kind === 'done'));
      finals.forEach((session, i) => expect(session.runs).toEqual(expected[i]));
      figures.forEach((figure, i) => {
        for (const rate of figure.heardRates) expect(SPECS[i].learningRates).toContain(rate);
      });
    }),
    { numRuns: 15 },
  );
}, 30_000);
