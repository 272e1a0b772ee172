/**
 * `npm run bench`: the production dashboard over the emulator with 50 ms injected per API call.
 * Prints, per route: server time p50/p95, the slowest single API call the route needs (measured in
 * the same run, straight against the emulator), their ratio, API calls per view, first-load JS; then
 * the users page at 100 vs 100,000 users, a repeat view, and a scripted 50-view browse. Figures are
 * ratios within one run, so the machine's speed cancels out. Writes bench-results/bench.md too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { SEED_IDS } from '../emulator/server';
import { measureFirstLoadJs } from './first-load-js';
import { percentile, sampleGet, startStack, totalRequests } from './support';

const LATENCY_MS = 50;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const LARGE_USERS = Number(process.env.BENCH_LARGE_USERS ?? 100_000);

interface Route {
  name: string;
  path: string;
  /** The API calls this view needs, as emulator paths (with query). */
  apiCalls: string[];
}

async function main() {
  const large = SEED_IDS.largeDirectoryId;
  // Route costs are measured uncached (every view does its real API work); repeat views and the
  // scripted browse use a dashboard with the default read cache.
  const uncached = { WORKOS_CACHE_TTL_SECONDS: '0' };
  const big = await startStack(3190, { largeDirectoryUsers: LARGE_USERS }, uncached);
  const small = await startStack(3191, { largeDirectoryUsers: 100 }, uncached);
  const cached = await startStack(3193, { largeDirectoryUsers: LARGE_USERS });
  const key = big.emulator.apiKey;
  const api = (path: string) => `${big.emulator.url}${path}`;
  const auth = { Authorization: `Bearer ${key}` };

  const firstUser = ((await (await fetch(api(`/directories/${large}/users?limit=1`), { headers: auth })).json()) as { data: { id: string }[] }).data[0]!.id;
  const firstGroup = ((await (await fetch(api(`/directories/${large}/groups?limit=1`), { headers: auth })).json()) as { data: { id: string }[] }).data[0]!.id;

  const routes: Route[] = [
    { name: 'directories', path: '/directories', apiCalls: ['/directories?limit=10&order=desc'] },
    { name: 'users tab', path: `/directories/${large}/users`, apiCalls: [`/directories/${large}`, `/directories/${large}/users?limit=10&order=desc`] },
    { name: 'groups tab', path: `/directories/${large}/groups`, apiCalls: [`/directories/${large}`, `/directories/${large}/groups?limit=10&order=desc`] },
    {
      name: 'user page',
      path: `/directories/${large}/users/${firstUser}`,
      apiCalls: [`/directories/${large}`, `/directories/${large}/users/${firstUser}`, `/directories/${large}/groups?user=${firstUser}&limit=10&order=desc`],
    },
    {
      name: 'group page',
      path: `/directories/${large}/groups/${firstGroup}`,
      apiCalls: [`/directories/${large}`, `/directories/${large}/groups/${firstGroup}`, `/directories/${large}/users?group=${firstGroup}&limit=10&order=desc`],
    },
  ];

  for (const stack of [big, small, cached]) stack.emulator.setLatency(LATENCY_MS);
  const rows: string[][] = [];
  const firstLoad = await measureFirstLoadJs(routes.map((route) => `${big.dashboardUrl}${route.path}`), big.session.Cookie!);

  for (const route of routes) {
    const url = `${big.dashboardUrl}${route.path}`;
    await sampleGet(url, 3, big.session); // warm up (JIT, first compile of the route)
    big.emulator.resetStats();
    const server = await sampleGet(url, SAMPLES, big.session);
    const callsPerView = totalRequests(big.emulator.stats()) / SAMPLES;
    let slowest = 0;
    for (const call of route.apiCalls) slowest = Math.max(slowest, percentile(await sampleGet(api(call), SAMPLES, auth), 50));
    const p50 = percentile(server, 50);
    rows.push([
      route.name,
      p50.toFixed(0),
      percentile(server, 95).toFixed(0),
      slowest.toFixed(0),
      (p50 / slowest).toFixed(2),
      callsPerView.toFixed(2),
      ((firstLoad.get(url) ?? 0) / 1024).toFixed(1),
    ]);
  }

  const usersPath = `/directories/${large}/users`;
  const usersBig = percentile(await sampleGet(`${big.dashboardUrl}${usersPath}`, SAMPLES, big.session), 50);
  const usersSmall = percentile(await sampleGet(`${small.dashboardUrl}${usersPath}`, SAMPLES, small.session), 50);
  const oneCall = percentile(await sampleGet(api(`/directories/${large}`), SAMPLES, auth), 50);

  // A scripted browse: list → directory → users → groups → a user → a group, as an admin would click.
  cached.emulator.resetStats();
  const browse = [
    '/directories',
    `/directories/${large}/users`,
    `/directories/${large}/groups`,
    `/directories/${large}/users/${firstUser}`,
    `/directories/${large}/groups/${firstGroup}`,
  ];
  let views = 0;
  for (let round = 0; views < 50; round++) for (const path of browse) if (views++ < 50) await sampleGet(`${cached.dashboardUrl}${path}`, 1, cached.session);
  const callsPerBrowseView = totalRequests(cached.emulator.stats()) / views;
  const repeat = percentile(await sampleGet(`${cached.dashboardUrl}${usersPath}`, SAMPLES, cached.session), 50);

  await Promise.all([big.stop(), small.stop(), cached.stop()]);

  const largestJs = Math.max(...firstLoad.values()) / 1024;
  const table = [
    `Benchmark: production build over the emulator, ${LATENCY_MS} ms injected per API call, ${SAMPLES} samples per figure, large directory ${LARGE_USERS.toLocaleString('en-US')} users.`,
    '',
    'Per route, uncached (the real cost of a first view):',
    '',
    '| route | server p50 ms | server p95 ms | slowest API call p50 ms | ratio | API calls/view | first-load JS KB (gzip) |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    '',
    `| figure | value | target |`,
    '|---|---|---|',
    `| users page uncached, ${LARGE_USERS.toLocaleString('en-US')} vs 100 users (p50 ms) | ${usersBig.toFixed(0)} vs ${usersSmall.toFixed(0)} → ratio ${(usersBig / usersSmall).toFixed(2)} | ≤ 1.10 |`,
    `| repeat view of the users page (read cache) / one API call | ${repeat.toFixed(0)} / ${oneCall.toFixed(0)} ms → ratio ${(repeat / oneCall).toFixed(2)} | ≤ 0.30 |`,
    `| API requests per view over a ${views}-view scripted browse | ${callsPerBrowseView.toFixed(2)} | ≤ 0.50 |`,
    `| largest route's first-load JS (gzip) | ${largestJs.toFixed(1)} KB | ≤ 200 KB |`,
  ].join('\n');
  console.log(table);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bench.md', `${table}\n`);
  console.log('\nWritten to bench-results/bench.md');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
