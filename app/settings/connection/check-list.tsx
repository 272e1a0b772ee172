import { Badge } from '@/components/badges';
import type { CheckResult, CheckStatus, KeyEnvironment } from '@/lib/setup-checks';
import { ENVIRONMENT_LABELS } from '@/lib/setup-checks';

const statusBadges: Record<CheckStatus, { label: string; tone: 'green' | 'amber' | 'red' }> = {
  pass: { label: 'Pass', tone: 'green' },
  warn: { label: 'Warn', tone: 'amber' },
  fail: { label: 'Fail', tone: 'red' },
};

const environmentTones: Record<KeyEnvironment, 'amber' | 'blue' | 'green' | 'gray'> = { demo: 'amber', test: 'blue', live: 'green', unknown: 'gray' };

export function EnvironmentBadge({ environment }: { environment: KeyEnvironment }) {
  return <Badge tone={environmentTones[environment]}>{ENVIRONMENT_LABELS[environment]}</Badge>;
}

/** One row per check: its verdict in words (not colour alone), what was found, and the one-line fix. */
export function CheckList({ checks }: { checks: CheckResult[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="min-w-full divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
        <caption className="sr-only">Setup checks</caption>
        <thead className="bg-zinc-50 dark:bg-zinc-900">
          <tr>
            {['Result', 'Check', 'Finding'].map((heading) => (
              <th key={heading} scope="col" className="px-3 py-2 text-left font-medium whitespace-nowrap text-zinc-600 dark:text-zinc-300">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800/70">
          {checks.map((check) => (
            <tr key={check.id} data-check-id={check.id} data-status={check.status}>
              <td className="px-3 py-3 align-top">
                <Badge tone={statusBadges[check.status].tone}>{statusBadges[check.status].label}</Badge>
              </td>
              <th scope="row" className="px-3 py-3 text-left align-top font-medium">
                {check.label}
              </th>
              <td className="px-3 py-3 align-top">
                <p className="break-words">{check.summary}</p>
                {check.fix && <p className="mt-1 break-words text-zinc-600 dark:text-zinc-400">Fix: {check.fix}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
