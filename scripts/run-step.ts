/** Runs one command of a multi-step script, echoing it and timing it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface StepResult {
  name: string;
  seconds: number;
}

/** The path of a tool installed in node_modules/.bin. */
export function bin(name: string): string {
  return join('node_modules', '.bin', name);
}

/**
 * Runs `command args…` with inherited output; exits the process with the command's code,
 * naming the step, when it fails.
 */
export function runStep(name: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): StepResult {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = (performance.now() - started) / 1000;
  if (result.error) {
    console.error(`✗ ${name}: could not start ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`✗ ${name} failed (exit code ${result.status ?? result.signal}) after ${seconds.toFixed(1)} s`);
    process.exit(result.status ?? 1);
  }
  return { name, seconds };
}
