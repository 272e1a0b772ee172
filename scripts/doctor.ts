/**
 * `npm run doctor`: the checks of Settings → Connection, in the terminal. Exit code 0 when nothing
 * failed (warnings are fine), 1 when a check failed. Secrets are printed masked only.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorkOSConnection } from '../lib/config';
import { readSdkPackage, runSetupChecks } from '../lib/setup-checks';
import { createWorkOSClient, probeDirectories } from '../lib/workos-client';
import { formatReport, shouldColour } from './doctor-format';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

// Like the app (Next) and scripts/run-with-emulator.ts: .env.local fills in, the real environment wins.
const envFile = join(projectRoot, '.env.local');
if (existsSync(envFile)) process.loadEnvFile(envFile);

const report = await runSetupChecks({
  env: process.env,
  probe: () => probeDirectories(createWorkOSClient(readWorkOSConnection(process.env))),
  sdk: readSdkPackage(projectRoot),
  nodeVersion: process.versions.node,
});
console.log(formatReport(report, shouldColour(process.stdout, process.env)));
process.exitCode = report.failed ? 1 : 0;
