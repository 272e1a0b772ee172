import { spawn } from 'node:child_process';
import { expect } from '@playwright/test';

/**
 * A second production server (same build) with its own settings, for specs that need a dashboard
 * configured differently from the suite's main one.
 */
export async function startExtraDashboard(port: number, env: Record<string, string>): Promise<{ url: string; stop: () => void }> {
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  // A public page: it answers without a session or a reachable API.
  await expect.poll(async () => (await fetch(`${url}/not-allowed`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);
  return { url, stop: () => void server.kill('SIGTERM') };
}
