/**
 * `npm audit` over the packages the site ships (not the dev tools), as a gate: exits 1 when
 * any has a known high or critical advisory, listing each with its fix. When the advisory
 * service cannot be reached (offline, a registry mirror without the audit endpoint), it says
 * so and exits 0, so the rest of `npm test` still runs without the network.
 *
 *   tsx scripts/audit.ts
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const SERIOUS = new Set(['high', 'critical']);

/** What `npm audit --json` answered: a report, or why there is none. */
export type AuditOutcome =
  | { kind: 'unreachable'; reason: string }
  | { kind: 'report'; counts: Record<string, number>; serious: string[] };

interface AuditVia {
  title?: string;
  url?: string;
}

interface AuditEntry {
  name: string;
  severity: string;
  range?: string;
  via?: (string | AuditVia)[];
  fixAvailable?: boolean | { name: string; version: string; isSemVerMajor?: boolean };
}

function describeFix(fix: AuditEntry['fixAvailable']): string {
  if (fix === true) return 'fix: npm audit fix';
  if (fix && typeof fix === 'object') return `fix: upgrade ${fix.name} to ${fix.version}${fix.isSemVerMajor ? ' (a major version)' : ''}`;
  return 'no fix published yet';
}

/** Reads the JSON of `npm audit --json`; never throws. */
export function readAuditReport(text: string): AuditOutcome {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'unreachable', reason: `npm audit printed no report (${text.trim().slice(0, 120) || 'no output'})` };
  }
  const report = parsed as { metadata?: { vulnerabilities?: Record<string, number> }; vulnerabilities?: Record<string, AuditEntry>; message?: string };
  const counts = report.metadata?.vulnerabilities;
  if (!counts || typeof counts !== 'object') {
    return { kind: 'unreachable', reason: report.message ?? 'the answer carried no vulnerability counts' };
  }
  const serious = Object.values(report.vulnerabilities ?? {})
    .filter((entry) => SERIOUS.has(entry.severity))
    .map((entry) => {
      const advisories = (entry.via ?? []).map((via) => (typeof via === 'string' ? `through ${via}` : `${via.title ?? 'advisory'} ${via.url ?? ''}`.trim()));
      return `${entry.name} ${entry.range ?? ''} (${entry.severity}): ${advisories.join('; ')}; ${describeFix(entry.fixAvailable)}`;
    });
  return { kind: 'report', counts, serious };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 60_000 });
  const outcome: AuditOutcome = result.error
    ? { kind: 'unreachable', reason: result.error.message }
    : readAuditReport(result.stdout ?? '');
  if (outcome.kind === 'unreachable') {
    console.warn(`npm audit: warning: skipped, the advisory service could not be reached: ${outcome.reason}`);
    process.exit(0);
  }
  const summary = ['critical', 'high', 'moderate', 'low'].map((level) => `${outcome.counts[level] ?? 0} ${level}`).join(', ');
  if (outcome.serious.length > 0) {
    console.error(`npm audit: shipped packages with high or critical advisories (${summary}):\n${outcome.serious.map((line) => `  ${line}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`npm audit: no high or critical advisory in the shipped packages (${summary})`);
}
