/**
 * CLI entry: `npm run emulator -- [--port 4100] [--users 10000] [--seed-file path.json]
 * [--api-key sk_test_emulator] [--rate-limit] [--delete-delay 500] [--quiet]
 * [--access-token-ttl 3600] [--sign-out-url http://localhost:3000/]`.
 * Env fallbacks: EMULATOR_PORT, EMULATOR_LARGE_DIRECTORY_USERS, EMULATOR_SEED_FILE,
 * EMULATOR_API_KEY, EMULATOR_RATE_LIMIT=1, EMULATOR_DELETE_DELAY_MS, EMULATOR_QUIET=1,
 * EMULATOR_ACCESS_TOKEN_TTL, EMULATOR_SIGN_OUT_URL.
 */
import { parseArgs } from 'node:util';
import {
  DEFAULT_ACCESS_TOKEN_TTL_SECONDS, DEFAULT_DELETE_DELAY_MS, DEFAULT_EMULATOR_API_KEY, DEFAULT_EMULATOR_CLIENT_ID, DEFAULT_EMULATOR_PORT, startEmulator,
} from './server';
import { DEFAULT_LARGE_DIRECTORY_USERS } from './seed';

function intOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`[emulator] ${name} must be a non-negative integer, got '${value}'`);
    process.exit(2);
  }
  return n;
}

const truthy = (v: string | undefined) => v === '1' || v === 'true' || v === 'yes';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      users: { type: 'string' },
      'seed-file': { type: 'string' },
      'api-key': { type: 'string' },
      'rate-limit': { type: 'boolean' },
      'delete-delay': { type: 'string' },
      quiet: { type: 'boolean' },
      'access-token-ttl': { type: 'string' },
      'sign-out-url': { type: 'string' },
    },
  });
  const env = process.env;
  const seedFile = values['seed-file'] ?? env.EMULATOR_SEED_FILE;
  const signOutRedirectUrl = values['sign-out-url'] ?? env.EMULATOR_SIGN_OUT_URL;
  const accessTokenTtlSeconds = intOption(values['access-token-ttl'] ?? env.EMULATOR_ACCESS_TOKEN_TTL, 'access-token-ttl', DEFAULT_ACCESS_TOKEN_TTL_SECONDS);
  if (accessTokenTtlSeconds < 1) {
    console.error('[emulator] access-token-ttl must be at least 1 second');
    process.exit(2);
  }
  const started = Date.now();
  const emulator = await startEmulator({
    port: intOption(values.port ?? env.EMULATOR_PORT, 'port', DEFAULT_EMULATOR_PORT),
    host: values.host ?? '127.0.0.1',
    apiKey: values['api-key'] ?? env.EMULATOR_API_KEY ?? DEFAULT_EMULATOR_API_KEY,
    largeDirectoryUsers: intOption(values.users ?? env.EMULATOR_LARGE_DIRECTORY_USERS, 'users', DEFAULT_LARGE_DIRECTORY_USERS),
    ...(seedFile ? { seedFile } : {}),
    rateLimit: values['rate-limit'] ?? truthy(env.EMULATOR_RATE_LIMIT),
    deleteDelayMs: intOption(values['delete-delay'] ?? env.EMULATOR_DELETE_DELAY_MS, 'delete-delay', DEFAULT_DELETE_DELAY_MS),
    quiet: values.quiet ?? truthy(env.EMULATOR_QUIET),
    accessTokenTtlSeconds,
    ...(signOutRedirectUrl ? { signOutRedirectUrl } : {}),
  });
  console.log(`WorkOS emulator listening on ${emulator.url} (API key: ${emulator.apiKey}) — seeded in ${Date.now() - started} ms`);
  console.log(`[emulator] AuthKit: client id ${DEFAULT_EMULATOR_CLIENT_ID} (any is accepted), sign-in page ${emulator.url}/user_management/authorize, access tokens ${accessTokenTtlSeconds}s`);

  const stop = (signal: string) => {
    console.log(`[emulator] ${signal} received, shutting down`);
    emulator.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error('[emulator] failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
