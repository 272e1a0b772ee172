/**
 * Benchmarks (figures, not assertions): seeding time/memory for the large directory, and the
 * latency of one page of users in a 100-user vs a 100k-user directory at several positions.
 * Run: `npx tsx emulator/bench.ts [users=100000]`.
 */
import { SEED_IDS, seedStore } from './seed';
import { startEmulator } from './server';
import { Store } from './store';

const USERS = Number(process.argv[2] ?? 100_000);

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function timePages(url: string, key: string, directoryId: string, cursors: (string | undefined)[], rounds = 200): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < rounds; i++) {
    const cursor = cursors[i % cursors.length];
    const res = await fetch(`${url}/directories/${directoryId}/users?limit=100${cursor ? `&after=${cursor}` : ''}`, { headers: { Authorization: `Bearer ${key}` } });
    await res.arrayBuffer();
  }
  return (performance.now() - started) / rounds;
}

async function main(): Promise<void> {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const store = new Store();
  seedStore(store, { largeDirectoryUsers: USERS });
  const seedMs = performance.now() - t0;
  globalThis.gc?.();
  console.log(`seed: ${USERS} users in ${seedMs.toFixed(0)} ms, heap +${mb(process.memoryUsage().heapUsed - heapBefore)}, ${store.events.size} events`);

  for (const users of [100, USERS]) {
    const emu = await startEmulator({ port: 0, quiet: true, largeDirectoryUsers: users });
    try {
      const ids: string[] = [];
      const first = await (await fetch(`${emu.url}/directories/${SEED_IDS.largeDirectoryId}/users?limit=100&order=asc`, { headers: { Authorization: `Bearer ${emu.apiKey}` } })).json() as { data: { id: string }[] };
      ids.push(...first.data.map((u) => u.id));
      const cursors = [undefined, ids[10], ids[50], ids[90]];
      await timePages(emu.url, emu.apiKey, SEED_IDS.largeDirectoryId, cursors, 50); // warm-up
      const avg = await timePages(emu.url, emu.apiKey, SEED_IDS.largeDirectoryId, cursors);
      console.log(`page of 100 users (v12 route) in a ${users}-user directory: ${avg.toFixed(2)} ms/request`);
    } finally {
      await emu.close();
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
