/** How `npm run doctor` prints a setup report: one block per check, coloured only when asked to. */
import { ENVIRONMENT_LABELS, tally } from '../lib/setup-checks';
import type { CheckStatus, SetupReport } from '../lib/setup-checks';

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m' } as const;
const STATUS_COLOURS: Record<CheckStatus, keyof typeof ANSI> = { pass: 'green', warn: 'yellow', fail: 'red' };

/** Colour when writing to a terminal, unless NO_COLOR is set (https://no-color.org). */
export function shouldColour(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}

export function formatReport(report: SetupReport, colour: boolean): string {
  const paint = (style: keyof typeof ANSI, text: string) => (colour ? `${ANSI[style]}${text}${ANSI.reset}` : text);
  const lines = [paint('bold', `WorkOS setup check — ${ENVIRONMENT_LABELS[report.environment]} · ${report.apiBaseUrl}`), ''];
  for (const check of report.checks) {
    lines.push(`  ${paint(STATUS_COLOURS[check.status], check.status.toUpperCase())}  ${paint('bold', check.label)}`);
    lines.push(`        ${check.summary}`);
    if (check.fix) lines.push(paint('dim', `        fix: ${check.fix}`));
  }
  lines.push('', paint(report.failed ? 'red' : 'green', `${tally(report.checks)}.`));
  return lines.join('\n');
}
