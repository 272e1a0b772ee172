/**
 * `npm run load`: 50 concurrent clients browsing the production dashboard over the emulator for
 * 60 s (loopback only, bounded in time), then prints requests, errors and latency p50/p95.
 */
import { SEED_IDS } from '../emulator/server';
import { percentile, startStack, timeGet } from './support';

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50);
const DURATION_MS = Number(process.env.LOAD_SECONDS ?? 60) * 1000;

async function main() {
  const stack = await startStack(3192, {});
  const large = SEED_IDS.largeDirectoryId;
  const auth = { Authorization: `Bearer ${stack.emulator.apiKey}` };
  const users = (await (await fetch(`${stack.emulator.url}/directories/${large}/users?limit=20`, { headers: auth })).json()) as { data: { id: string }[] };
  const groups = (await (await fetch(`${stack.emulator.url}/directories/${large}/groups?limit=20`, { headers: auth })).json()) as { data: { id: string }[] };
  const paths = [
    '/directories',
    '/directories?limit=100',
    `/directories/${large}/users`,
    `/directories/${large}/users?limit=100&order=asc`,
    `/directories/${large}/groups`,
    ...users.data.map((user) => `/directories/${large}/users/${user.id}`),
    ...groups.data.map((group) => `/directories/${large}/groups/${group.id}`),
    '/directories/directory_01ZZZZZZZZZZZZZZZZZZZZZZZZ/users',
  ];

  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const deadline = Date.now() + DURATION_MS;
  const client = async (offset: number) => {
    for (let index = offset; Date.now() < deadline; index++) {
      const path = paths[index % paths.length]!;
      try {
        const { ms, status } = await timeGet(`${stack.dashboardUrl}${path}`, stack.session);
        latencies.push(ms);
        if (status >= 500 || (status >= 300 && !path.includes('ZZZZ'))) errors.set(`HTTP ${status}`, (errors.get(`HTTP ${status}`) ?? 0) + 1);
      } catch (error) {
        const key = error instanceof Error ? error.message : String(error);
        errors.set(key, (errors.get(key) ?? 0) + 1);
      }
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));
  const seconds = (Date.now() - started) / 1000;
  await stack.stop();

  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  console.log(`Load: ${CLIENTS} concurrent clients for ${seconds.toFixed(0)} s against the production build over the emulator (10,000-user directory).`);
  console.log(`requests ${latencies.length}, ${(latencies.length / seconds).toFixed(1)} req/s, errors ${errorCount}${errorCount ? ` (${[...errors].map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}`);
  console.log(`latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`);
  if (errorCount > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
