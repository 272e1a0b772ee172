/**
 * `npm run dev` / `npm start`: runs the dashboard, and, when no WORKOS_API_KEY is configured, the
 * embedded WorkOS emulator with its demo data beside it. With a key, Next runs alone against WorkOS.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EMULATOR_DEFAULT_PORT, applyDemoAuthDefaults } from '../lib/config';
import { startEmulator } from '../emulator/server';

const mode = process.argv[2];
if (mode !== 'dev' && mode !== 'start') {
  console.error('usage: tsx scripts/run-with-emulator.ts dev|start');
  process.exit(2);
}

// Same precedence as Next: the real environment wins over .env.local.
if (existsSync('.env.local')) process.loadEnvFile('.env.local');
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

if (mode === 'start' && !existsSync('.next/BUILD_ID')) {
  console.error('No production build found: run `npm run build` first.');
  process.exit(1);
}

const emulator = process.env.WORKOS_API_KEY?.trim()
  ? null
  : await startEmulator({ port: Number(process.env.WORKOS_API_PORT) || EMULATOR_DEFAULT_PORT, quiet: true });

if (emulator) {
  process.env.WORKOS_API_PORT = String(emulator.port);
  applyDemoAuthDefaults(); // AuthKit signs in against the emulator's demo accounts
  console.log(`No WORKOS_API_KEY set: serving demo data from the local WorkOS emulator at ${emulator.url}`);
} else {
  console.log('WORKOS_API_KEY is set: the dashboard talks to the WorkOS API.');
}

const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', mode, ...process.argv.slice(3)], { stdio: 'inherit', env: process.env });

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (!next.killed && next.exitCode === null) next.kill('SIGTERM');
  await emulator?.close();
  process.exit(code);
}
next.on('exit', (code) => void stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
