/** Where the e2e suite runs its own emulator and production dashboard (loopback only). */
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4110);
export const DASHBOARD_PORT = Number(process.env.E2E_DASHBOARD_PORT ?? 3110);
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;
export const DASHBOARD_URL = `http://127.0.0.1:${DASHBOARD_PORT}`;
/** The dashboard's webhook secret in the e2e run: a test value, never a real WorkOS secret. */
export const E2E_WEBHOOK_SECRET = 'whsec_e2e_test_only_not_a_real_secret';
