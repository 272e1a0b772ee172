/** Pieces shared by the benchmark scripts: a production dashboard over an emulator, timing and stats. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startEmulator } from '../emulator/server';
import type { EmulatorHandle, EmulatorOptions } from '../emulator/server';
import { signInOverHttp } from './sign-in';

export interface Stack {
  emulator: EmulatorHandle;
  dashboardUrl: string;
  /** Headers of a signed-in admin (the dashboard requires a session). */
  session: Record<string, string>;
  stop(): Promise<void>;
}

async function waitForOk(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** An emulator started in-process and `next start` pointed at it, both on loopback. */
export async function startStack(dashboardPort: number, emulatorOptions: EmulatorOptions, extraEnv: Record<string, string> = {}): Promise<Stack> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` first (npm run bench does).');
  const emulator = await startEmulator({ port: 0, quiet: true, ...emulatorOptions });
  const env: NodeJS.ProcessEnv = { ...process.env, WORKOS_API_PORT: String(emulator.port), NEXT_TELEMETRY_DISABLED: '1', ...extraEnv };
  delete env.NEXT_PUBLIC_WORKOS_REDIRECT_URI; // derived from the dashboard's own origin
  delete env.WORKOS_API_KEY; // always the emulator, never a real account
  const next: ChildProcess = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--hostname', '127.0.0.1', '--port', String(dashboardPort)], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const dashboardUrl = `http://127.0.0.1:${dashboardPort}`;
  await waitForOk(`${dashboardUrl}/not-allowed`, 60_000);
  return {
    emulator,
    dashboardUrl,
    session: { Cookie: await signInOverHttp(dashboardUrl) },
    async stop() {
      next.kill('SIGTERM');
      await new Promise((resolve) => next.once('exit', resolve));
      await emulator.close();
    },
  };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Wall time of one full GET (headers and the whole streamed body). */
export async function timeGet(url: string, headers: Record<string, string> = {}): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  // Redirects are not followed: a redirect to sign in must not pass for a rendered page.
  const response = await fetch(url, { headers, redirect: 'manual' });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

export async function sampleGet(url: string, count: number, headers: Record<string, string> = {}): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    const { ms, status } = await timeGet(url, headers);
    if (status >= 300) throw new Error(`GET ${url} answered ${status}`);
    samples.push(ms);
  }
  return samples;
}

export function totalRequests(stats: Record<string, number>): number {
  return Object.entries(stats)
    .filter(([key]) => !key.includes('/_emulator'))
    .reduce((sum, [, count]) => sum + count, 0);
}
