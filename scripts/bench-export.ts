/**
 * `npm run bench:export [users]`: exports a large directory's users as CSV through the production
 * dashboard, as a browser would, and prints throughput against the rate-limit ceiling and the
 * dashboard's peak memory.
 *
 * Setup: the emulator runs in this process (100,000 users by default, rate limit ON at WorkOS's
 * 4 requests/s per directory); the dashboard is `next start` from the existing build, in its own
 * process, so its RSS is the export's alone. Ceiling = 4 requests/s × 100 rows = 400 rows/s, so
 * 100,000 users take ~250 s at best. Bounded: one export, aborted after 15 minutes. Loopback only.
 * Needs `npx next build` first. Not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { startEmulator, SEED_IDS } from '../emulator/server';
import { EXPORT_PAGE_SIZE, EXPORT_REQUESTS_PER_SECOND, rowCounter } from '../lib/export-format';
import { signInOverHttp } from '../bench/sign-in';

const USERS = Number(process.argv[2] ?? 100_000);
const DASHBOARD_PORT = Number(process.env.BENCH_DASHBOARD_PORT ?? 3390);
const DEADLINE_MS = 15 * 60_000;

if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build: run `npx next build` first.');
  process.exit(1);
}

/** Resident memory of a process and its descendants, from /proc (Linux), in bytes. */
function treeRss(pid: number): number {
  try {
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return rss + children.reduce((sum, child) => sum + treeRss(child), 0);
  } catch {
    return 0;
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

console.log(`Seeding the emulator with a ${USERS.toLocaleString('en-US')}-user directory (rate limit on, ${EXPORT_REQUESTS_PER_SECOND}/s)…`);
const emulator = await startEmulator({ port: 0, quiet: true, largeDirectoryUsers: USERS, rateLimit: true });
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', WORKOS_API_HOSTNAME: '127.0.0.1', WORKOS_API_PORT: String(emulator.port), WORKOS_API_HTTPS: 'false' };
delete env.WORKOS_API_KEY;
const dashboard = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--hostname', '127.0.0.1', '--port', String(DASHBOARD_PORT)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
const base = `http://127.0.0.1:${DASHBOARD_PORT}`;

async function stop(code: number): Promise<never> {
  dashboard.kill('SIGTERM');
  await emulator.close();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(130));

try {
  for (let tries = 0; ; tries++) {
    if (tries > 120) throw new Error('the dashboard did not start within 60 s');
    const up = await fetch(`${base}/not-allowed`).then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const sessionCookie = await signInOverHttp(base);
  const idleRss = treeRss(dashboard.pid!);
  const directoryId = SEED_IDS.largeDirectoryId;

  let peakRss = idleRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(dashboard.pid!))), 100);
  const counter = rowCounter('csv');
  let bytes = 0;
  const started = performance.now();
  const response = await fetch(`${base}/api/directories/${directoryId}/export?kind=users&format=csv`, { headers: { Cookie: sessionCookie }, signal: AbortSignal.timeout(DEADLINE_MS) });
  if (!response.ok || !response.body) throw new Error(`export answered HTTP ${response.status}`);
  const decoder = new TextDecoder();
  let lastReport = started;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value: chunk } = await reader.read();
    if (done) break;
    bytes += chunk.byteLength;
    counter.push(decoder.decode(chunk, { stream: true }));
    if (performance.now() - lastReport > 15_000) {
      lastReport = performance.now();
      console.log(`  ${counter.rows.toLocaleString('en-US')} rows, ${((lastReport - started) / 1000).toFixed(0)} s, dashboard RSS ${mb(treeRss(dashboard.pid!))}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, treeRss(dashboard.pid!));
  const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${dashboard.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  const stats = emulator.stats() as Record<string, number>;
  const userRequests = Object.entries(stats).filter(([key]) => key.startsWith('GET /directories/:id/users')).reduce((sum, [, n]) => sum + n, 0);
  const ceiling = EXPORT_REQUESTS_PER_SECOND * EXPORT_PAGE_SIZE;
  const rowsPerSecond = counter.rows / seconds;
  console.log('');
  console.log(`rows exported        ${counter.rows.toLocaleString('en-US')} (${mb(bytes)} of CSV)`);
  console.log(`elapsed              ${seconds.toFixed(1)} s`);
  console.log(`throughput           ${rowsPerSecond.toFixed(1)} rows/s`);
  console.log(`share of ceiling     ${((rowsPerSecond / ceiling) * 100).toFixed(1)} % of ${ceiling} rows/s (${EXPORT_REQUESTS_PER_SECOND} req/s × ${EXPORT_PAGE_SIZE} rows)`);
  console.log(`users API requests   ${userRequests} (incl. any answered 429: ${Math.max(0, userRequests - Math.ceil(counter.rows / EXPORT_PAGE_SIZE))} extra)`);
  console.log(`dashboard RSS        idle ${mb(idleRss)}, peak during export ${mb(peakRss)} (sampled every 100 ms), VmHWM ${mb(hwm)}`);
  // The seed's large directory holds USERS minus one sampled leaver (emulator/README.md).
  await stop(counter.rows >= USERS - 1 ? 0 : 1);
} catch (error) {
  console.error(error);
  await stop(1);
}
