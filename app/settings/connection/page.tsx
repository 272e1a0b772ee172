import type { Metadata } from 'next';
import { requireSession } from '@/lib/session';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { TableSkeleton } from '@/components/skeleton';
import { readSdkPackage, runSetupChecks, tally } from '@/lib/setup-checks';
import { probeConnection } from '@/lib/workos';
import { CheckList, EnvironmentBadge } from './check-list';

export const metadata: Metadata = { title: 'Connection settings' };

/**
 * Settings → Connection: what is wrong (or right) with this WorkOS setup. It depends on no API call
 * succeeding (the probe never throws), so it renders when every other page shows an API failure.
 */
export default async function ConnectionSettingsPage() {
  await connection(); // check on every request, never at build time
  await requireSession();
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Connection</h1>
      <p className="mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        How this dashboard reaches WorkOS, checked just now. The same checks run in a terminal with <code className="font-mono">npm run doctor</code>.
        Secrets are shown only by their prefix and last 4 characters.
      </p>
      <Suspense fallback={<TableSkeleton rows={6} columns={3} />}>
        <SetupReport />
      </Suspense>
    </>
  );
}

async function SetupReport() {
  const report = await runSetupChecks({ env: process.env, probe: probeConnection, sdk: readSdkPackage(process.cwd()), nodeVersion: process.versions.node });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <EnvironmentBadge environment={report.environment} />
        <code className="font-mono text-zinc-600 dark:text-zinc-400">{report.apiBaseUrl}</code>
        <p role="status" className={report.failed ? 'font-medium text-red-800 dark:text-red-300' : 'text-zinc-600 dark:text-zinc-400'}>
          {tally(report.checks)}.
        </p>
        <a href="/settings/connection" className="ml-auto rounded-md px-3 py-1.5 font-medium underline">
          Check again
        </a>
      </div>
      <CheckList checks={report.checks} />
    </div>
  );
}
