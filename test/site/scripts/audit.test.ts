import { describe, expect, test } from 'vitest';
import { readAuditReport } from '../../../scripts/audit';

// The shapes `npm audit --json` (npm 10 and 11, audit report version 2) prints.
const counts = (high: number, critical: number, moderate = 0) => ({ info: 0, low: 0, moderate, high, critical, total: high + critical + moderate });

describe('readAuditReport(json)', () => {
  test('lists each high or critical package with its advisory and fix, and no moderate one', () => {
    const json = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {
        katex: {
          name: 'katex',
          severity: 'high',
          range: '<0.16.10',
          via: [{ title: 'KaTeX \\includegraphics escapes', url: 'https://github.com/advisories/GHSA-x' }],
          fixAvailable: { name: 'katex', version: '0.16.21', isSemVerMajor: false },
        },
        'rehype-katex': { name: 'rehype-katex', severity: 'critical', range: '*', via: ['katex'], fixAvailable: true },
        zod: { name: 'zod', severity: 'moderate', via: [{ title: 'ReDoS' }], fixAvailable: true },
      },
      metadata: { vulnerabilities: counts(1, 1, 1) },
    });
    expect(readAuditReport(json)).toEqual({
      kind: 'report',
      counts: counts(1, 1, 1),
      serious: [
        'katex <0.16.10 (high): KaTeX \\includegraphics escapes https://github.com/advisories/GHSA-x; fix: upgrade katex to 0.16.21',
        'rehype-katex * (critical): through katex; fix: npm audit fix',
      ],
    });
  });

  test('passes a report with no high or critical advisory', () => {
    expect(readAuditReport(JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: counts(0, 0) } }))).toEqual({
      kind: 'report',
      counts: counts(0, 0),
      serious: [],
    });
  });

  test('an unreachable advisory service or output that is not a report is "unreachable", not a pass or a failure', () => {
    const refused = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 });
    expect(readAuditReport(refused)).toEqual({ kind: 'unreachable', reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk' });
    expect(readAuditReport(JSON.stringify({ error: { code: 'ENOTFOUND' } }))).toEqual({ kind: 'unreachable', reason: 'the answer carried no vulnerability counts' });
    expect(readAuditReport('')).toEqual({ kind: 'unreachable', reason: 'npm audit printed no report (no output)' });
  });
});
